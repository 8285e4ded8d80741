// The probabilistic CLV in the built preview: choose it in the pane's settings, Segment the
// bundled sample, and find the extra tier columns, the fit in the pane, and the P(alive) and
// calibration charts on the summary sheet. Screenshots go to test-results/e2e/.
import * as path from "path";
import type { Page } from "playwright-core";
import type { StoredModel } from "../../src/excel/model";
import type { WorkbookSnapshot } from "../../src/excelDouble";
import { PX_PER_POINT, ROW_HEIGHT } from "../../src/preview/grid/geometry";
import {
  foreignRequests,
  previewSession,
  seriousA11yViolations,
  shot,
  SHOTS,
  workbookSnapshot,
} from "./support/previewPage";

jest.setTimeout(180_000);

const session = previewSession();

/** The preview grid scrolled to a place, given in its pixels. */
async function scrollGrid(page: Page, top: number, left: number): Promise<void> {
  await page.evaluate(
    ([t, l]) => {
      const scroller = document.querySelector(".grid-scroller");
      if (scroller) [scroller.scrollTop, scroller.scrollLeft] = [t, l];
    },
    [top, left]
  );
  await page.waitForTimeout(300); // the virtualised grid draws the new rows on the next frame
}

/** The header row of the bundled sample's sheet, tier columns included. */
function dataHeaders(snap: WorkbookSnapshot): unknown[] {
  const data = snap.sheets.find((s) => s.name === "订单");
  return data?.cells[0] ?? [];
}

describe("the probabilistic CLV in the preview", () => {
  it("adds expected purchases, P(alive), expected spend and the charts when chosen", async () => {
    const { page, pane, requests, errors } = await session.open("en-US");
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    await pane.getByRole("button", { name: "Method settings" }).click();
    await pane.getByLabel("CLV model").selectOption("probabilistic");
    await pane.getByLabel("Purchase model").selectOption("bgnbd");
    await pane.getByText("MBG/NBD: one-time buyers can drop out too", { exact: false }).waitFor();
    await pane.getByLabel("Calibration end (optional)").fill("2025-03-31");
    await shot(page, "prob-1-settings");
    expect(await seriousA11yViolations(page)).toEqual([]);

    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByText("Done", { exact: true }).waitFor({ timeout: 90_000 });
    const fitTitle = "Probabilistic CLV: BG/NBD, times in weeks";
    await pane.getByRole("table", { name: fitTitle }).waitFor();
    await shot(page, "prob-2-segmented");
    await pane
      .getByRole("region", { name: fitTitle })
      .screenshot({ path: path.join(SHOTS, "prob-2-fit-in-pane.png") });

    const snap = await workbookSnapshot(page);
    expect(dataHeaders(snap)).toEqual(
      expect.arrayContaining([
        "Exp. purchases (12 mo)",
        "P(alive)",
        "Exp. spend",
        "CLV (12 mo, 1%/mo)",
      ])
    );
    const charts = snap.charts.map((c) => c.name);
    expect(charts).toEqual(expect.arrayContaining(["CT_m1_pAlive", "CT_m1_calibration"]));
    expect(snap.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["CT_m1_probabilisticFit", "CT_m1_pAlive", "CT_m1_calibration"])
    );
    const stored = JSON.parse(String(snap.settings["customerTiers.models"])) as {
      models: StoredModel[];
    };
    expect(stored.models[0].fit).toMatchObject({
      modelName: "BG/NBD",
      unit: "weeks",
      purchase: { converged: true },
    });
    const remembered = JSON.parse(String(snap.settings["customerTiers.paneSettings"])) as {
      clvModel: string;
      calibrationEnd: string;
    };
    expect(remembered).toMatchObject({ clvModel: "probabilistic", calibrationEnd: "2025-03-31" });

    // For a person to look at: the summary sheet's new blocks, then its new charts.
    await page.evaluate(() => window.tierPreview.select("'Tier summary'!A1"));
    const fitBlock = stored.models[0].written.summarySheet.blocks.find(
      (b) => b.id === "probabilisticFit"
    );
    await scrollGrid(page, ((fitBlock?.rowIndex ?? 0) - 2) * ROW_HEIGHT, 0);
    await shot(page, "prob-3-summary-blocks");
    const chart = snap.charts.find((c) => c.name === "CT_m1_calibration");
    const [top, left] = [chart?.top ?? 0, chart?.left ?? 0].map((x) => x * PX_PER_POINT);
    await scrollGrid(page, top - ROW_HEIGHT, left - ROW_HEIGHT);
    await shot(page, "prob-4-summary-charts");

    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(foreignRequests(requests, session.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("fits Pareto/NBD when chosen, with standard errors in the pane and on the sheet", async () => {
    const { page, pane, errors } = await session.open("en-US");
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    await pane.getByRole("button", { name: "Method settings" }).click();
    await pane.getByLabel("CLV model").selectOption("probabilistic");
    await pane.getByLabel("Purchase model").selectOption("pnbd");
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByText("Done", { exact: true }).waitFor({ timeout: 90_000 });
    const fitTitle = "Probabilistic CLV: Pareto/NBD, times in weeks";
    const table = pane.getByRole("table", { name: fitTitle });
    await table.waitFor();
    await pane
      .getByRole("region", { name: fitTitle })
      .screenshot({ path: path.join(SHOTS, "prob-5-pnbd-fit-in-pane.png") });
    await table.getByText("beta (weeks)").waitFor();
    expect(await table.getByRole("columnheader").allTextContents()).toContain(
      "Std. error (95% interval)"
    );
    const snap = await workbookSnapshot(page);
    const stored = JSON.parse(String(snap.settings["customerTiers.models"])) as {
      models: StoredModel[];
    };
    expect(stored.models[0].fit).toMatchObject({ modelName: "Pareto/NBD" });
    await page.evaluate(() => window.tierPreview.select("'Tier summary'!A1"));
    const fitBlock = stored.models[0].written.summarySheet.blocks.find(
      (b) => b.id === "probabilisticFit"
    );
    await scrollGrid(page, ((fitBlock?.rowIndex ?? 0) - 2) * ROW_HEIGHT, 0);
    await shot(page, "prob-6-pnbd-summary-fit");
    expect(errors).toEqual([]);
  });
});
