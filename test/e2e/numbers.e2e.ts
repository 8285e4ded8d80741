// Issue 17 in the built preview: the thresholds used with one click into fixed scoring, the data
// warnings, the next-tier column and call list, the summary sheet's thresholds block, and the
// backtest (run in the scoring worker) with its sheet and chart. Screenshots go to
// test-results/e2e/ for a person to look at.
import { previewSession, shot, workbookSnapshot } from "./support/previewPage";

jest.setTimeout(240_000);

const session = previewSession();

describe("numbers an analyst can act on", () => {
  it("shows the thresholds, takes them into fixed scoring, and backtests the tiers", async () => {
    const { page, pane, errors } = await session.open("en-US");
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByText("Done", { exact: true }).waitFor({ timeout: 90_000 });
    const thresholds = pane.getByTestId("thresholds-used");
    await thresholds.scrollIntoViewIfNeeded();
    await shot(page, "numbers-1-thresholds");
    let snap = await workbookSnapshot(page);
    expect(snap.tables.map((t) => t.name)).toContain("CT_m1_thresholds");
    const customers = snap.sheets.find((s) => s.name === "Customer tiers");
    expect(customers?.cells[0]).toEqual(
      expect.arrayContaining(["Short history", "Next tier", "CLV the step adds"])
    );
    const callList = pane.getByTestId("next-tier");
    await callList.scrollIntoViewIfNeeded();
    await shot(page, "numbers-1b-next-tier");
    // The call list's first customer is the one whose step adds the most CLV on the sheet.
    const header = customers?.cells[0] ?? [];
    const gainAt = header.indexOf("CLV the step adds");
    const best = (customers?.cells.slice(1) ?? [])
      .filter((row) => typeof row[gainAt] === "number")
      .sort((a, b) => (b[gainAt] as number) - (a[gainAt] as number))[0];
    await expect(callList.getByRole("row").nth(1).textContent()).resolves.toContain(
      String(best[header.indexOf("Customer name")] ?? best[0])
    );

    // The summary sheet scrolled to its thresholds block, as a user would look at it.
    await pane.getByRole("button", { name: "Summary sheet" }).click();
    const summary = snap.sheets.find((s) => s.name === "Tier summary");
    const blockRow = summary?.cells.findIndex((row) => row[0] === "Score") ?? -1;
    expect(blockRow).toBeGreaterThan(0);
    await page.evaluate((row) => {
      const scroller = document.querySelector(".grid-scroller") as HTMLElement;
      const height = (document.querySelector(".grid-row") as HTMLElement).offsetHeight;
      scroller.scrollTop = (row - 2) * height;
    }, blockRow);
    await shot(page, "numbers-1c-summary-thresholds");

    await pane.getByRole("button", { name: "Use these as fixed thresholds" }).click();
    await pane.getByText(/Scoring is now fixed/).waitFor();
    await pane.getByRole("button", { name: "Method settings" }).click();
    await shot(page, "numbers-2-taken-as-fixed");
    await pane.getByRole("button", { name: "Method settings" }).click();

    await pane.getByRole("button", { name: "How well did these tiers predict?" }).click();
    await pane.getByText(/bought again/).waitFor({ timeout: 120_000 });
    await pane.getByTestId("backtest").scrollIntoViewIfNeeded();
    await shot(page, "numbers-3-backtest-pane");
    // The backtest went through the scoring worker: a second worker run on the pane's timeline.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const workerRuns = await frame?.evaluate(
      () => performance.getEntriesByName("tiers:scoring-start").length
    );
    expect(workerRuns).toBe(2);
    snap = await workbookSnapshot(page);
    const sheet = snap.sheets.find((s) => s.name === "Backtest");
    expect(sheet).toBeDefined();
    expect(snap.charts.filter((c) => c.sheetId === sheet?.id)).toHaveLength(1);
    await pane.getByRole("button", { name: "Go to the backtest sheet" }).click();
    await shot(page, "numbers-4-backtest-sheet");
    expect(errors).toEqual([]);
  });

  it("shows the call list in Chinese, steps in words", async () => {
    const { page, pane, errors } = await session.open("zh-CN");
    await pane.getByRole("button", { name: "分级", exact: true }).click();
    await pane.getByText("完成", { exact: true }).waitFor({ timeout: 90_000 });
    const callList = pane.getByTestId("next-tier");
    await callList.scrollIntoViewIfNeeded();
    await expect(callList.textContent()).resolves.toMatch(/离升级最近[\s\S]*再下 \d+ 单/);
    await shot(page, "numbers-5-next-tier-zh");
    expect(errors).toEqual([]);
  });
});
