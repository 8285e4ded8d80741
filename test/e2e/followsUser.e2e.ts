// What a new user does first, in the built preview in Chromium: load a file of their own through
// the file button, click into it, click Segment, and the tiers land on that file's sheet. Data
// that is not customer orders is named before any run, and Cancel at once ends quietly.
import type { Page } from "playwright-core";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { toCsv } from "../../data/generate/toCsv";
import { previewSession, shot, workbookSnapshot, type PreviewPage } from "./support/previewPage";

jest.setTimeout(180_000);

const session = previewSession();

/** A file the tests never ship: generated orders with Chinese headers and three broken rows. */
function heldBackCsv(): string {
  const lines = toCsv(generateTransactions(1_500, 4242)).split(/\r?\n/);
  lines.splice(40, 0, "C9999,坏行客户,不是日期,X1,120");
  lines.splice(80, 0, "C9998,坏行客户,2024-03-01,X2,一百");
  lines.splice(120, 0, ",无名客户,2024-03-02,X3,80");
  return lines.join("\r\n");
}

/** Clicks a cell of the sheet shown in the preview's grid, as a user would (row, column from 1). */
async function clickCell(page: Page, row: number, column: number): Promise<void> {
  await page
    .getByRole("grid")
    .locator(
      `[role=row][aria-rowindex="${row + 1}"] [role=gridcell][aria-colindex="${column + 1}"]`
    )
    .click();
}

async function loadThroughFileButton(p: PreviewPage, name: string, csv: string): Promise<void> {
  await p.page.setInputFiles("#preview-file", {
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await p.page.waitForFunction(
    (sheet) => window.tierPreview.snapshot().sheets.some((s) => s.name === sheet),
    name.replace(/\.csv$/, "")
  );
}

function headerRow(snap: Awaited<ReturnType<typeof workbookSnapshot>>, sheet: string): unknown[] {
  return snap.sheets.find((s) => s.name === sheet)?.cells[0] ?? [];
}

describe("the pane follows the user", () => {
  it("segments a file loaded through the file button and clicked into, on that file's sheet", async () => {
    const p = await session.open("zh-CN");
    const { page, pane, errors } = p;
    // The pane looks at the sample first.
    await pane.getByText(/订单!A1:E3430/).waitFor();
    await loadThroughFileButton(p, "新客户订单.csv", heldBackCsv());
    await clickCell(page, 5, 2);
    // The pane follows the click: it now describes the new sheet, not the sample.
    await pane.getByText(/新客户订单!A1:E/).waitFor();
    await shot(page, "follow-1-loaded-and-clicked");
    const before = await workbookSnapshot(page);
    expect(headerRow(before, "订单")).not.toContain("ABC 分类");
    await pane.getByRole("button", { name: "分级", exact: true }).click();
    await pane.getByText("完成", { exact: true }).waitFor({ timeout: 60_000 });
    await shot(page, "follow-2-segmented");
    const after = await workbookSnapshot(page);
    expect(headerRow(after, "新客户订单")).toEqual(
      expect.arrayContaining(["ABC 分类", "客户分群"])
    );
    // The sample sheet is untouched.
    expect(after.sheets.find((s) => s.name === "订单")).toEqual(
      before.sheets.find((s) => s.name === "订单")
    );
    await pane.getByText(/被拒绝的行（3）/).waitFor();
    expect(errors).toEqual([]);
  });

  it("reads the selection at the moment of the click, even without waiting for the pane", async () => {
    const p = await session.open("en-US");
    const { page, pane } = p;
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    await pane
      .getByText(/Orders!|订单!/)
      .first()
      .waitFor();
    await page.evaluate(
      (csv) => window.tierPreview.load(csv, "Second"),
      toCsv(generateTransactions(300, 7))
    );
    // Select and click Segment in the same breath: the run must score Second, not the sample.
    await page.evaluate(() => window.tierPreview.select("Second!B3"));
    await pane.getByRole("button", { name: "Segment", exact: true }).click();
    await pane.getByText("Done", { exact: true }).waitFor({ timeout: 60_000 });
    const snap = await workbookSnapshot(page);
    expect(headerRow(snap, "Second")).toEqual(expect.arrayContaining(["ABC", "RFM code"]));
    expect(headerRow(snap, "订单")).not.toContain("RFM code");
  });

  it.each([
    ["a product list", "产品,单价,库存\n笔记本,12.5,300\n钢笔,8,120\n墨水,3.2,500\n", 2, 2],
    ["an x,y table", "x,y\n1,2.5\n2,3.1\n3,4.8\n4,5.0\n", 2, 1],
    ["a single cell", "孤零零\n", 1, 1],
  ])(
    "names what %s lacks before any run and keeps Segment disabled",
    async (what, csv, row, col) => {
      const p = await session.open("zh-CN");
      const { page, pane, errors } = p;
      await pane.getByText(/订单!A1:E3430/).waitFor();
      await page.evaluate((text) => window.tierPreview.load(text, "非客户"), csv);
      await clickCell(page, row, col);
      await pane.getByText(/看起来不是客户订单数据/).waitFor();
      const segment = pane.getByRole("button", { name: "分级", exact: true });
      expect(await segment.isDisabled()).toBe(true);
      await shot(page, `follow-3-not-customers-${what.replace(/\W+/g, "-")}`);
      // No raw code or JSON anywhere in the pane.
      const text = await pane.locator("main").innerText();
      expect(text).not.toMatch(/missingColumn|\{"/);
      expect(errors).toEqual([]);
    }
  );

  it("says an empty selection is empty, with Segment disabled", async () => {
    const p = await session.open("zh-CN");
    const { page, pane } = p;
    await pane.getByText(/订单!A1:E3430/).waitFor();
    await page.evaluate(() => window.tierPreview.select("订单!K20:M30"));
    await pane.getByText(/选定区域为空/).waitFor();
    expect(await pane.getByRole("button", { name: "分级", exact: true }).isDisabled()).toBe(true);
    await shot(page, "follow-4-empty-selection");
  });

  it("lets the user map a column the pane could not find, then runs", async () => {
    const p = await session.open("en-US");
    const { page, pane } = p;
    await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
    // Days as bare serial numbers: nothing says they are dates until the user does.
    const csv = "Who,Day,Paid\nAnn,45296,100\nBob,45320,250\nAnn,45350,80\n";
    await page.evaluate((text) => window.tierPreview.load(text, "Odd"), csv);
    await page.evaluate(() => window.tierPreview.select("Odd!A1"));
    await pane.getByText(/3 rows in Odd!A1:C4/).waitFor();
    const segment = pane.getByRole("button", { name: "Segment", exact: true });
    await pane
      .getByText(/does not look like customer orders: no column was found for the date/)
      .waitFor();
    expect(await segment.isDisabled()).toBe(true);
    await shot(page, "follow-5-map-columns");
    await pane.getByRole("combobox", { name: /^date\b/i }).selectOption("Day");
    await pane.getByText(/does not look like customer orders/).waitFor({ state: "detached" });
    await segment.click();
    await pane.getByText("Done", { exact: true }).waitFor({ timeout: 60_000 });
  });

  it("ends quietly when Cancel is clicked right after Segment", async () => {
    const p = await session.open("zh-CN");
    const { page, pane, errors } = p;
    await pane.getByText(/订单!A1:E3430/).waitFor();
    const before = await workbookSnapshot(page);
    // The worker's script loads the rest of its code in chunks (importScripts): those are held
    // back a moment, so that Cancel terminates the worker while it is loading them, as it did on
    // a slow first run.
    const chunk = /\/chunks\//;
    let chunks = 0;
    await page.context().route(chunk, async (route) => {
      chunks += 1;
      if (chunks > 1) await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue().catch(() => undefined);
    });
    // What the dev server's overlay listens to: errors reaching the pane's window.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error("no pane frame");
    await frame.evaluate(() => {
      const w = window as unknown as { paneErrors: string[] };
      w.paneErrors = [];
      window.addEventListener("error", (e) => w.paneErrors.push(e.message));
      window.addEventListener("unhandledrejection", (e) => w.paneErrors.push(String(e.reason)));
    });
    let seen = 0;
    const importing = page
      .context()
      .waitForEvent("request", (r) => chunk.test(r.url()) && ++seen === 2);
    await pane.getByRole("button", { name: "分级", exact: true }).click();
    await importing;
    await pane.getByRole("button", { name: "取消" }).click();
    await pane.getByText("已取消：工作簿保持原样。").waitFor();
    // Long enough for a chunk the worker was loading to fail, if it was going to.
    await page.waitForTimeout(1_500);
    await shot(page, "follow-6-cancelled");
    expect(
      await frame.evaluate(() => (window as unknown as { paneErrors: string[] }).paneErrors)
    ).toEqual([]);
    expect(errors).toEqual([]);
    expect({ ...(await workbookSnapshot(page)), selection: null }).toEqual({
      ...before,
      selection: null,
    });
  });
});

describe("every state says what it means", () => {
  it("shows the new classes after Refresh, and Delete clears the results and the fills", async () => {
    const p = await session.open("zh-CN");
    const { page, pane, errors } = p;
    await pane.getByText(/订单!A1:E3430/).waitFor();
    const before = await workbookSnapshot(page);
    await pane.getByRole("button", { name: "分级", exact: true }).click();
    await pane.getByText("完成", { exact: true }).waitFor({ timeout: 60_000 });
    // Refresh: the report keeps the class counts beside who moved.
    await pane.getByRole("button", { name: "刷新", exact: true }).click();
    await pane.getByText(/：已刷新。/).waitFor({ timeout: 60_000 });
    await pane.getByRole("table", { name: "ABC 分类" }).waitFor();
    await pane.getByRole("table", { name: "客户分群" }).waitFor();
    await shot(page, "states-1-refreshed-with-classes");
    // Delete: the results go, and the source is as it was, conditional formats included.
    await pane.getByRole("button", { name: "删除", exact: true }).click();
    await pane.getByRole("alertdialog").getByRole("button", { name: "删除", exact: true }).click();
    await pane.getByText("尚无分级模型：请先对数据进行分级。").waitFor();
    expect(await pane.getByRole("table", { name: "ABC 分类" }).count()).toBe(0);
    expect(await pane.getByRole("button", { name: "汇总工作表" }).count()).toBe(0);
    await pane.getByText("此数据之前已分级：再次运行将原位更新。").waitFor({ state: "detached" });
    const after = await workbookSnapshot(page);
    expect(after.conditionalFormats).toEqual(before.conditionalFormats);
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    await shot(page, "states-2-deleted");
    expect(errors).toEqual([]);
  });

  it("shows the pane's shell with a spinner while the bundle loads", async () => {
    const p = await session.open("zh-CN");
    const { page } = p;
    // A slow connection: the pane's bundle arrives two seconds late.
    await page.context().route(/\/taskpane\.[0-9a-f]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.continue().catch(() => undefined);
    });
    await page.reload();
    const pane = page.frameLocator("iframe");
    await pane.getByText("正在加载……").waitFor({ timeout: 10_000 });
    await shot(page, "states-3-pane-loading");
    await pane.getByRole("button", { name: "分级", exact: true }).waitFor({ timeout: 60_000 });
    expect(await pane.getByText("正在加载……").count()).toBe(0);
  });
});
