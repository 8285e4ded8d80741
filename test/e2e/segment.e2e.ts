// The built preview in real Chromium: the real task pane in its iframe beside the in-memory
// workbook. Each state is screenshotted to test-results/e2e/ for a person to look at.
import { writeFileSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { toCsv } from "../../data/generate/toCsv";
import { readInput } from "../../src/cli/readInput";
import { segment } from "../../src/core/segment";
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

/**
 * A hash of the workbook's snapshot (selection aside), computed in the page: a 200,000-row snapshot
 * is too large to send to the test and compare quickly.
 */
const digest = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const text = JSON.stringify({ ...window.tierPreview.snapshot(), selection: null });
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return `${text.length}:${(h >>> 0).toString(16)}`;
  });
function expectOnlyLocalRequests(requests: string[]): void {
  expect(foreignRequests(requests, session.origin)).toEqual([]);
}

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  expect(await seriousA11yViolations(page)).toEqual([]);
}

describe("the preview in Chromium", () => {
  it("segments the bundled sample in Chinese: tier columns, sheets, charts, rejected rows", async () => {
    const { page, pane, requests, errors } = await session.open("zh-CN");
    await shot(page, "zh-1-opened");
    await pane.getByRole("button", { name: "分级", exact: true }).click();
    await pane.getByText("完成", { exact: true }).waitFor({ timeout: 60_000 });
    await shot(page, "zh-2-segmented");
    const snap = await workbookSnapshot(page);
    const names = snap.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["客户分级", "分级汇总"]));
    expect(snap.tables.map((t) => t.name)).toContain("CT_m1_Customers");
    expect(snap.charts.filter((c) => c.name.startsWith("CT_m1_"))).toHaveLength(5);
    const data = snap.sheets.find(
      (s) => !names.slice(-2).includes(s.name) && s.cells.length > 1000
    );
    expect(data?.cells[0]).toEqual(
      expect.arrayContaining(["ABC 分类", "客户分群", "生命周期阶段"])
    );
    // The same file through the CLI's reader and the core, outside the browser: same rejections.
    const sample = path.join(__dirname, "../../samples/transactions-zh.csv");
    const loaded = await readInput(sample, { encoding: "auto", sheet: null });
    const rejected = segment(loaded.input, { language: "zh-CN" }).counts.rejected;
    await pane.getByText(`被拒绝的行（${rejected}）`).waitFor();
    await pane.getByRole("button", { name: "写入工作表" }).click();
    await page.waitForFunction(() =>
      window.tierPreview.snapshot().sheets.some((s) => s.name === "被拒绝的行")
    );
    await shot(page, "zh-3-rejected-sheet");
    await expectNoSeriousA11yViolations(page);
    expectOnlyLocalRequests(requests);
    expect(errors).toEqual([]);
  });

  it("speaks English when Office does", async () => {
    const { page, pane, requests } = await session.open("en-US");
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    // The settings: fixed thresholds with one edited step, and the scheme's rules table.
    await pane.getByRole("button", { name: "Method settings" }).click();
    await pane.getByLabel("RFM scoring").selectOption("fixed");
    const m5 = pane.getByLabel("M (amount) > (Score 5)");
    await m5.fill("2000");
    await pane.getByRole("table", { name: "Segment rules (first match wins)" }).waitFor();
    await shot(page, "en-0-settings");
    await expectNoSeriousA11yViolations(page);
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByText("Done", { exact: true }).waitFor({ timeout: 60_000 });
    await shot(page, "en-1-segmented");
    const stored = JSON.parse(
      String((await workbookSnapshot(page)).settings["customerTiers.paneSettings"])
    ) as {
      scoring: string;
      fixed: { monetary: { value: number }[] };
    };
    expect(stored.scoring).toBe("fixed");
    expect(stored.fixed.monetary[0].value).toBe(2000);
    const names = (await workbookSnapshot(page)).sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Customer tiers", "Tier summary"]));
    expectOnlyLocalRequests(requests);
  });

  it("asks before overwriting the user's cells, and writes nothing when told no", async () => {
    const { page, pane } = await session.open("en-US");
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    const csv = [
      "Customer,Order date,Amount,,My notes",
      "Acme,2024-01-05,100,,call back",
      "Globex,2024-02-01,250,,",
      "Acme,2024-03-01,80,,",
    ].join("\n");
    await page.evaluate((text) => window.tierPreview.load(text, "Notes"), csv);
    await page.evaluate(() => window.tierPreview.select("Notes!A1"));
    // The pane follows the selection: no button to press.
    await pane.getByText(/3 rows in Notes!A1:/).waitFor();
    const before = await workbookSnapshot(page);
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByText("Overwrite your cells?").waitFor();
    await shot(page, "en-2-overwrite-question");
    await pane.getByRole("button", { name: "Keep my cells" }).click();
    await pane.getByText("Nothing was written.").waitFor();
    expect(await workbookSnapshot(page)).toEqual(before);
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByRole("button", { name: "Overwrite" }).click();
    await pane.getByText("Done", { exact: true }).waitFor();
    const notes = (await workbookSnapshot(page)).sheets.find((s) => s.name === "Notes");
    expect(notes?.cells[0][3]).toBe("ABC");
  });

  it("scores 200,000 rows in the worker, then cancels a run and leaves the workbook as it was", async () => {
    const { page, pane } = await session.open("en-US");
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    const csv = toCsv(generateTransactions(200_000, 11));
    await page.evaluate((text) => window.tierPreview.load(text, "Big"), csv);
    await page.evaluate(() => window.tierPreview.select("Big!A1"));
    await pane.getByText(/200,000 rows/).waitFor();
    // Long tasks on the pane's main thread (shared with the preview page: same-origin frames),
    // kept with their start times and compared afterwards with the pane's scoring marks.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error("no pane frame");
    await frame.evaluate(() => {
      const w = window as unknown as { tasks: { start: number; duration: number }[] };
      w.tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: false });
    });
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByText("Done", { exact: true }).waitFor({ timeout: 120_000 });
    const figures = await frame.evaluate(() => {
      const tasks = (window as unknown as { tasks: { start: number; duration: number }[] }).tasks;
      const [start] = performance.getEntriesByName("tiers:scoring-start");
      const [end] = performance.getEntriesByName("tiers:scoring-end");
      // Tasks wholly inside the window are what blocks the pane while the worker scores; the two
      // at its edges are the adapter's reading and writing, which merely start or end there.
      const inside = tasks.filter(
        (t) => t.start >= start.startTime && t.start + t.duration <= end.startTime
      );
      const edges = tasks.filter(
        (t) =>
          !inside.includes(t) && t.start < end.startTime && t.start + t.duration > start.startTime
      );
      return {
        scoringMs: end.startTime - start.startTime,
        longestTaskWhileScoringMs: Math.max(0, ...inside.map((t) => t.duration)),
        longTasksWhileScoring: inside.length,
        longestTaskAtScoringEdgesMs: Math.max(0, ...edges.map((t) => t.duration)),
        longestTaskWholeRunMs: Math.max(0, ...tasks.map((t) => t.duration)),
      };
    });
    writeFileSync(path.join(SHOTS, "longtasks.json"), JSON.stringify(figures, null, 2));
    expect(figures.scoringMs).toBeGreaterThan(0);
    await shot(page, "en-3-200k-done");

    const before = await digest(page);
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByRole("button", { name: "Cancel" }).click(); // waits until it is enabled
    await pane.getByText("Cancelled: the workbook is as it was.").waitFor();
    await shot(page, "en-4-cancelled");
    expect(await digest(page)).toBe(before);
  });
});
