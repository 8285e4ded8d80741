// The CLV intervals in the built preview (issue 18): choose the probabilistic CLV, Segment the
// bundled sample, and find each CLV tier's value give or take in the pane, the P10/P50/P90 and
// tier confidence columns on the customer sheet, and the totals in the summary sheet's CLV-tier
// table, in both languages. Screenshots go to test-results/e2e/.
import * as path from "path";
import type { Page } from "playwright-core";
import type { StoredModel } from "../../src/excel/model";
import type { Language } from "../../src/core";
import { label } from "../../src/core";
import { translator } from "../../src/taskpane/uiText";
import { columnLayout, ROW_HEIGHT } from "../../src/preview/grid/geometry";
import { previewSession, shot, SHOTS, workbookSnapshot } from "./support/previewPage";

jest.setTimeout(240_000);

const session = previewSession();

/** Pixels from the first column to column `col` of a sheet, as the preview lays them out. */
function leftOf(sheet: { columnWidths: Record<string, number> } | undefined, col: number): number {
  const widths = new Map<number, number>();
  for (const [letter, w] of Object.entries(sheet?.columnWidths ?? {}))
    widths.set(letterIndex(letter), w);
  return columnLayout(col, widths).offsets[col];
}

function letterIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

async function scrollGrid(page: Page, top: number, left: number): Promise<void> {
  await page.evaluate(
    ([t, l]) => {
      const scroller = document.querySelector(".grid-scroller");
      if (scroller) [scroller.scrollTop, scroller.scrollLeft] = [t, l];
    },
    [top, left]
  );
  await page.waitForTimeout(300);
}

describe.each<Language>(["en-US", "zh-CN"])("CLV intervals in the preview (%s)", (language) => {
  it("shows the tiers' totals give or take, and the customers' intervals on the sheets", async () => {
    // (The summary sheet's table of tier totals is checked against the CLI in test/excel.)
    const t = translator(language);
    const { page, pane, errors } = await session.open(language);
    await page.evaluate((l) => window.tierPreview.setLanguage(l), language);
    await pane.getByRole("button", { name: t("settings") }).click();
    await pane.getByLabel(t("clvModel")).selectOption("probabilistic");
    await pane.getByRole("button", { name: t("segment"), exact: true }).click();
    await pane.getByText(t("doneTitle"), { exact: true }).waitFor({ timeout: 120_000 });
    const title = t("tierIntervalsTitle", { months: 12 });
    const region = pane.getByRole("region", { name: title });
    await region.waitFor();
    expect(await region.getByRole("row").count()).toBe(4);
    await region.screenshot({ path: path.join(SHOTS, `intervals-1-pane-${language}.png`) });
    await shot(page, `intervals-2-segmented-${language}`);

    const snap = await workbookSnapshot(page);
    const customers = snap.sheets.find((s) => s.name === label("sheet.customers", language));
    const header = (customers?.cells[0] ?? []) as unknown[];
    const confidence = header.indexOf(label("col.tierConfidence", language));
    expect(confidence).toBeGreaterThan(0);
    expect(header[confidence - 4]).toBe(label("col.clvTier", language));
    const values = (customers?.cells ?? []).slice(1).map((row) => row[confidence]);
    expect(values.filter((v) => typeof v === "number").length).toBeGreaterThan(10);
    expect(values.every((v) => v === "" || v === null || (Number(v) >= 0 && Number(v) <= 1))).toBe(
      true
    );
    // For a person to look at: the customer sheet's new columns, then the CLV-tier table.
    await page.evaluate(
      (name) => window.tierPreview.select(`'${name}'!A1`),
      label("sheet.customers", language)
    );
    // From the CLV to the tier confidence.
    await scrollGrid(page, 0, leftOf(customers, confidence - 6));
    await shot(page, `intervals-3-customer-sheet-${language}`);
    const stored = JSON.parse(String(snap.settings["customerTiers.models"])) as {
      models: StoredModel[];
    };
    const block = stored.models[0].written.summarySheet.blocks.find(
      (b) => b.id === "clvTierIntervals"
    );
    await page.evaluate(
      (name) => window.tierPreview.select(`'${name}'!A1`),
      label("sheet.summary", language)
    );
    await scrollGrid(page, ((block?.rowIndex ?? 0) - 1) * ROW_HEIGHT, 0);
    await shot(page, `intervals-4-summary-tiers-${language}`);
    expect(errors).toEqual([]);
  });
});
