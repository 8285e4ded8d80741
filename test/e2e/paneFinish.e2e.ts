// Issue 16's last details in the built preview: the settings' fields on one grid in both languages,
// the data's address quoted as Excel quotes it, our own summary sheet named rather than read as
// data, and the tier columns' short headers beside the data. Screenshots go to test-results/e2e/
// for a person to look at.
import * as path from "path";
import type { FrameLocator } from "playwright-core";
import { previewSession, shot, SHOTS, workbookSnapshot } from "./support/previewPage";

jest.setTimeout(240_000);

const session = previewSession();

const WORDS = {
  "en-US": { settings: "Method settings", clvModel: "CLV model", segment: "Segment", done: "Done" },
  "zh-CN": { settings: "方法设置", clvModel: "CLV 模型", segment: "分级", done: "完成" },
} as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The boxes of the settings' own inputs and choices (not the rules' and thresholds' tables). */
async function settingsBoxes(pane: FrameLocator): Promise<Box[]> {
  const panel = pane.locator(".fui-AccordionPanel");
  return panel.evaluate((el) =>
    Array.from(el.querySelectorAll(".fui-Field > .fui-Input, .fui-Field > .fui-Select")).map(
      (n) => {
        const r = n.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    )
  );
}

describe.each(["en-US", "zh-CN"] as const)("the pane's fields (%s)", (lang) => {
  it("lay every settings field on one two-column grid, side by side fields level", async () => {
    const { page, pane, errors } = await session.open(lang);
    await page.evaluate((l) => window.tierPreview.setLanguage(l), lang);
    await page.setViewportSize({ width: 1400, height: 2600 });
    const w = WORDS[lang];
    await pane.getByRole("button", { name: w.settings }).click();
    // The probabilistic CLV shows every field there is.
    const model = pane.getByLabel(w.clvModel);
    await model.selectOption("probabilistic");
    const boxes = await settingsBoxes(pane);
    expect(boxes.length).toBeGreaterThanOrEqual(16);
    const lefts = [...new Set(boxes.map((b) => Math.round(b.x)))].sort((a, b) => a - b);
    const rights = [...new Set(boxes.map((b) => Math.round(b.x + b.width)))].sort((a, b) => a - b);
    // Two columns: every box starts at one of two lines and ends at one of two lines.
    expect(lefts).toHaveLength(2);
    expect(rights).toHaveLength(2);
    const full = rights[1] - lefts[0];
    for (const b of boxes) {
      const width = Math.round(b.width);
      expect([
        Math.round(full),
        Math.round(rights[0] - lefts[0]),
        Math.round(rights[1] - lefts[1]),
      ]).toContain(width);
    }
    // Two fields in one row have their boxes level, whatever their labels' lengths.
    const right = boxes.filter((b) => Math.round(b.x) === lefts[1]);
    for (const r of right) {
      const left = boxes.find((b) => Math.round(b.x) === lefts[0] && Math.abs(b.y - r.y) < 40);
      expect(left).toBeDefined();
      expect(Math.abs((left?.y ?? 0) - r.y)).toBeLessThanOrEqual(1);
    }
    await pane
      .locator("main")
      .screenshot({ path: path.join(SHOTS, `pane16-1-settings-grid-${lang}.png`) });
    expect(errors).toEqual([]);
  });
});

describe("addresses and our own sheets", () => {
  it("quotes a sheet name as Excel does, and names our summary instead of guessing its columns", async () => {
    const { page, pane, errors } = await session.open("en-US");
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    const csv = ["Customer,Order date,Amount", "Ann,2024-01-05,120", "Bob,2024-02-09,80"].join(
      "\n"
    );
    await page.evaluate((text) => window.tierPreview.load(text, "My orders"), csv);
    await page.evaluate(() => window.tierPreview.select("'My orders'!A1"));
    await pane.getByText("2 rows in 'My orders'!A1:C3").waitFor();
    await page.evaluate(() => window.tierPreview.select("订单!A1"));
    await pane.getByText("3,429 rows in 订单!A1:E3430").waitFor();
    await shot(page, "pane16-2-address");
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByText("Done", { exact: true }).waitFor({ timeout: 90_000 });

    // Every figure in the pane's tables sits right-aligned.
    const cells = await pane.locator("main").evaluate((main) =>
      Array.from(main.querySelectorAll("td")).map((td) => ({
        text: (td.textContent ?? "").trim(),
        align: getComputedStyle(td).textAlign,
      }))
    );
    const figures = cells.filter((c) => /^[<–-]?[¥$]?[\d,.]+%?$/.test(c.text));
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.filter((c) => c.align !== "right" && c.align !== "end")).toEqual([]);

    // The tier columns beside the data: short headers, widths set for them.
    const snap = await workbookSnapshot(page);
    const orders = snap.sheets.find((s) => s.name === "订单");
    const headers = (orders?.cells[0] ?? []).slice(5).map(String);
    expect(headers).toEqual(["ABC", "R", "F", "M", "RFM code", "Segment", "CLV", "Stage"]);
    await shot(page, "pane16-3-tier-headers");

    // A click on the summary's title: the pane says what the sheet is, Segment waits.
    await page.evaluate(() => window.tierPreview.select("'Tier summary'!A1"));
    await pane.getByText(/“Tier summary” is a sheet Customer Tiers wrote/).waitFor();
    expect(await pane.getByRole("button", { name: "Segment", exact: true }).isDisabled()).toBe(
      true
    );
    await shot(page, "pane16-4-own-summary-selected");
    expect(errors).toEqual([]);
  });
});
