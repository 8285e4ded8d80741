// The manager's weekly click in the built preview: Segment the sample, then change the data (a
// month of new orders, or one edited cell), click Refresh, and see who moved, with nothing doubled.
import type { Page } from "playwright-core";
import type { WorkbookSnapshot } from "../../src/excelDouble";
import {
  foreignRequests,
  previewSession,
  shot,
  workbookSnapshot,
  type PreviewPage,
} from "./support/previewPage";

jest.setTimeout(180_000);

const session = previewSession();

async function segmented(locale: "zh-CN" | "en-US"): Promise<PreviewPage> {
  const opened = await session.open(locale);
  if (locale === "en-US") await opened.page.evaluate(() => window.tierPreview.setLanguage("en-US"));
  const segment = locale === "zh-CN" ? "分级" : "Segment";
  await opened.pane.getByRole("button", { name: segment, exact: true }).click();
  await opened.pane
    .getByText(locale === "zh-CN" ? "完成" : "Done", { exact: true })
    .waitFor({ timeout: 60_000 });
  return opened;
}

/** Names that must appear once each: sheets, tables and charts are updated, never added again. */
function expectNoDuplicates(snap: WorkbookSnapshot): void {
  for (const names of [snap.sheets, snap.tables, snap.charts].map((xs) => xs.map((x) => x.name)))
    expect(names.length).toBe(new Set(names).size);
}

const countOf = (snap: WorkbookSnapshot, kind: "sheets" | "tables" | "charts"): number =>
  snap[kind].length;

async function refreshAll(page: PreviewPage, label: string): Promise<string> {
  await page.pane.getByRole("button", { name: label, exact: true }).click();
  const headline = page.pane.getByTestId("migration-headline");
  await headline.waitFor({ timeout: 60_000 });
  return (await headline.textContent()) ?? "";
}

/** The model's last run time, as stored in the workbook's settings. */
function lastRunOf(snap: WorkbookSnapshot): string {
  const stored = JSON.parse(String(snap.settings["customerTiers.models"])) as {
    models: { updatedAt: string }[];
  };
  return `"updatedAt":"${stored.models[0].updatedAt}"`;
}

/** A snapshot apart from the selection and the models' run times, which a refresh records. */
function withoutRunTimes(snap: WorkbookSnapshot): unknown {
  const models = String(snap.settings["customerTiers.models"]).replace(
    /"updatedAt":"[^"]*"/g,
    '"updatedAt":""'
  );
  return {
    ...snap,
    selection: null,
    settings: { ...snap.settings, "customerTiers.models": models },
  };
}

const sheetNamed = (snap: WorkbookSnapshot, name: string) =>
  snap.sheets.find((s) => s.name === name);

async function editCell(page: Page, sheet: string, address: string, value: number): Promise<void> {
  await page.evaluate(
    async ([s, a, v]) => {
      const host = window.tierPreviewHost;
      if (!host) throw new Error("no preview host");
      await host.run(async (context) => {
        context.workbook.worksheets.getItem(s).getRange(a).values = [[v]];
        await context.sync();
      });
    },
    [sheet, address, value] as const
  );
}

describe("Refresh in the preview", () => {
  it("adds next month's orders, refreshes, and shows the migration with nothing duplicated", async () => {
    const opened = await segmented("zh-CN");
    const { page, pane, requests, errors } = opened;
    const before = await workbookSnapshot(page);
    await page.getByRole("button", { name: "添加下个月的订单" }).click();
    await page.waitForFunction(
      (rows) => {
        const data = window.tierPreview.snapshot().sheets.find((s) => s.name === "订单");
        return (data?.cells.length ?? 0) > rows;
      },
      sheetNamed(before, "订单")?.cells.length ?? 0
    );
    const headline = await refreshAll(opened, "全部刷新");
    expect(headline).toMatch(/\d+ 位客户升级，\d+ 位降级，新增 \d+ 位，退出 \d+ 位/);
    await pane.getByText(/自上次运行以来数据新增了 [\d,]+ 行/).waitFor();
    await shot(page, "refresh-1-zh-pane");
    const after = await workbookSnapshot(page);
    expectNoDuplicates(after);
    // The same sheets, tables and charts as before, plus the migration sheet, its tables and chart
    // (and the hidden history), each once.
    const migration = sheetNamed(after, "分级变动");
    expect(migration).toBeDefined();
    const onMigration = (xs: { sheetId: string }[]): number =>
      xs.filter((x) => x.sheetId === migration?.id).length;
    expect(countOf(after, "charts")).toBe(countOf(before, "charts") + onMigration(after.charts));
    expect(onMigration(after.charts)).toBe(1);
    expect(countOf(after, "tables")).toBe(countOf(before, "tables") + onMigration(after.tables));
    expect(after.sheets.map((s) => s.name)).toEqual([
      ...before.sheets.map((s) => s.name),
      "分级变动",
    ]);
    // The summary charts are the same objects, now drawn from the new month's data.
    expect(after.charts.filter((c) => c.sheetId !== migration?.id).map((c) => c.name)).toEqual(
      before.charts.map((c) => c.name)
    );
    await page.getByRole("button", { name: "分级变动", exact: true }).click();
    await shot(page, "refresh-2-zh-migration-sheet");
    // Refresh again without changes: the workbook stays exactly as it is, but for the run time.
    const once = await workbookSnapshot(page);
    await pane.getByRole("button", { name: "全部刷新" }).click();
    await page.waitForFunction(
      (previous) =>
        !String(window.tierPreview.snapshot().settings["customerTiers.models"]).includes(previous),
      lastRunOf(once)
    );
    const twice = await workbookSnapshot(page);
    expect(withoutRunTimes(twice)).toEqual(withoutRunTimes(once));
    expect(foreignRequests(requests, session.origin)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("segments, edits one cell, refreshes one model, and says who moved", async () => {
    const opened = await segmented("en-US");
    const { page, pane } = opened;
    const data = sheetNamed(await workbookSnapshot(page), "订单");
    const header = data?.cells[0] ?? [];
    const amount = header.findIndex((h) => h === "金额");
    expect(amount).toBeGreaterThanOrEqual(0);
    // The last order becomes the largest by far: its customer becomes the A customer that matters.
    const lastRow = (data?.cells.length ?? 0) - 1;
    const letter = String.fromCharCode(65 + amount);
    await editCell(page, "订单", `${letter}${lastRow + 1}`, 5_000_000);
    const headline = await refreshAll(opened, "Refresh");
    // One customer now holds most of the value: others drop a class, nobody comes or goes.
    expect(headline).toMatch(
      /^(1 customer|\d+ customers) moved up, [1-9][\d,]* down, 0 new, 0 gone$/
    );
    await shot(page, "refresh-3-en-edited-cell");
    await pane.getByRole("button", { name: "Migration sheet" }).click();
    const snap = await workbookSnapshot(page);
    expectNoDuplicates(snap);
  });
  it("renames a model, then deletes it and what it wrote after asking", async () => {
    const opened = await segmented("en-US");
    const { page, pane } = opened;
    await pane.getByRole("button", { name: "Rename", exact: true }).click();
    await pane.getByLabel(/^New name for /).fill("East region");
    await pane.getByRole("button", { name: "Save", exact: true }).click();
    await pane.getByText("East region", { exact: true }).waitFor();
    await pane.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = pane.getByRole("alertdialog");
    await dialog.getByText("Delete East region?").waitFor();
    await dialog.getByText("Customer tiers", { exact: true }).waitFor();
    await shot(page, "refresh-4-en-delete-question");
    await dialog.getByRole("button", { name: "Keep it" }).click();
    expect((await workbookSnapshot(page)).sheets.length).toBeGreaterThan(1);
    await pane.getByRole("button", { name: "Delete", exact: true }).click();
    await pane.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click();
    await pane.getByText("No tier model yet: Segment some data first.").waitFor();
    const snap = await workbookSnapshot(page);
    expect(snap.sheets.map((s) => s.name)).toEqual(["订单"]);
    expect(snap.charts).toEqual([]);
    expect(String(snap.settings["customerTiers.models"])).not.toContain("East region");
  });
});
