// The TIER.* functions typed into the preview's grid in Chromium, as a new user would: each is
// evaluated by the functions module the add-in registers in Excel and spills; the spilled values
// in the workbook snapshot are checked against the same functions called here, and TIER.RFM
// against the core's own run on the sample file.
import { writeFileSync } from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { readInput } from "../../src/cli/readInput";
import { segment as coreSegment } from "../../src/core/segment";
import type { SheetSnapshot } from "../../src/excelDouble";
import * as functions from "../../src/functions/functions";
import { isFunctionError } from "../../src/functions/runtime";
import { startProfiling } from "./support/cpuProfile";
import { readPublicCsv } from "../../data/publicData";
import {
  foreignRequests,
  previewSession,
  shot,
  SHOTS,
  workbookSnapshot,
  type PreviewPage,
} from "./support/previewPage";

jest.setTimeout(180_000);

const session = previewSession();

// A small customer summary: customer, recency (days), frequency, monetary. C7 is not a number.
const SUMMARY = [
  "customer,recency,frequency,monetary",
  "Ann,12,9,4200",
  "Bo,45,4,1300",
  "Cai,200,1,90",
  "Dee,380,2,310",
  "Eli,20,6,2500",
  "Fay,95,n/a,700",
  "Gus,31,3,520",
  "Hao,160,2,260",
].join("\n");

async function sheet(page: Page, name: string): Promise<SheetSnapshot> {
  const found = (await workbookSnapshot(page)).sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function cellAt(page: Page, row: number, col: number) {
  return page.locator(
    `[role="row"][aria-rowindex="${row + 2}"] [role="gridcell"][aria-colindex="${col + 2}"]`
  );
}

/** Clicks the cell (0-based row and column), types as a user would, and presses Enter. */
async function typeInto(page: Page, row: number, col: number, text: string): Promise<void> {
  await cellAt(page, row, col).click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

async function waitForSpill(page: Page, sheetName: string, address: string): Promise<unknown[][]> {
  await page.waitForFunction(
    ([name, at]) =>
      window.tierPreview.snapshot().sheets.find((s) => s.name === name)?.spills?.[at] !== undefined,
    [sheetName, address] as const
  );
  return ((await sheet(page, sheetName)).spills ?? {})[address];
}

/** A column of a snapshot's cells as the preview hands it to a function (empty cells null). */
function rangeOf(snap: SheetSnapshot, col: number, fromRow: number, toRow: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = fromRow; r <= toRow; r++) out.push([snap.cells[r]?.[col] ?? null]);
  return out;
}

/**
 * Two spills of numbers equal to a relative 1e-9, everything else exactly. The BG/NBD fit runs in
 * Chromium's V8 in the page and in Node's V8 here; their Math.exp/log/pow may differ in the last
 * bit, and an optimiser carries such a difference into the 14th digit of its result.
 */
function expectClose(actual: unknown[][], expected: unknown[][], relative = 1e-9): void {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  actual.forEach((row, i) =>
    row.forEach((v, j) => {
      const e = expected[i][j];
      if (typeof v === "number" && typeof e === "number")
        expect(Math.abs(v - e)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(e)));
      else expect(v).toEqual(e);
    })
  );
}

/** Results as the grid shows them: error values as their code. */
const shown = (rows: unknown[][]): unknown[][] =>
  rows.map((row) => row.map((v) => (isFunctionError(v) ? v.code : v)));

async function preview(): Promise<PreviewPage> {
  const opened = await session.open("en-US");
  await opened.page.evaluate(() => window.tierPreview.setLanguage("en-US"));
  return opened;
}

describe("TIER functions typed into the preview", () => {
  it("evaluates one of each, spills them, and recalculates when their cells change", async () => {
    const { page, requests, errors } = await preview();
    await page.evaluate((csv) => window.tierPreview.load(csv, "Customers"), SUMMARY);
    const data = await sheet(page, "Customers");
    const [recency, frequency, monetary] = [1, 2, 3].map((c) => rangeOf(data, c, 1, 8));

    // F2: codes; G2: the three scores (G:I); J2 reads G:I as they spill.
    await typeInto(page, 1, 5, "=TIER.RFM_SCORE(B2:B9,C2:C9,D2:D9)");
    await typeInto(page, 1, 6, '=TIER.RFM_SCORE(B2:B9,C2:C9,D2:D9,"scores")');
    const codes = await waitForSpill(page, "Customers", "F2");
    expect(codes).toEqual(shown(functions.rfmScore(recency, frequency, monetary)));
    expect(codes[5]).toEqual(["#VALUE!"]);
    const scores = functions.rfmScore(recency, frequency, monetary, "scores");
    expect(await waitForSpill(page, "Customers", "G2")).toEqual(shown(scores));

    // A double-click edits the cell, as in Excel.
    await cellAt(page, 1, 9).dblclick();
    await page.keyboard.type('=TIER.SEGMENT(G2:G9,H2:H9,I2:I9,"four")');
    await page.keyboard.press("Enter");
    const column = (k: number) =>
      scores.map((row) => [isFunctionError(row[k]) ? "#VALUE!" : row[k]]);
    const segments = functions.segment(column(0), column(1), column(2), "four");
    expect(await waitForSpill(page, "Customers", "J2")).toEqual(shown(segments));

    await typeInto(page, 1, 10, "=TIER.ABC_CLASS(D2:D9)");
    await typeInto(page, 1, 11, "=TIER.CLV(D2:D9,C2:C9,3,0.2)");
    expect(await waitForSpill(page, "Customers", "K2")).toEqual(
      shown(functions.abcClass(monetary))
    );
    expect(await waitForSpill(page, "Customers", "L2")).toEqual(
      shown(functions.clv(monetary, frequency, [[3]], [[0.2]]))
    );
    await shot(page, "functions-1-typed");

    // A value typed in the way blocks the spill; clearing it lets the array spill again.
    await typeInto(page, 4, 10, "in the way");
    await page.waitForFunction(
      () =>
        window.tierPreview.snapshot().sheets.find((s) => s.name === "Customers")?.spills
          ?.K2?.[0]?.[0] === "#SPILL!"
    );
    await cellAt(page, 4, 10).click();
    await page.keyboard.press("Delete");
    await page.waitForFunction(
      () =>
        window.tierPreview.snapshot().sheets.find((s) => s.name === "Customers")?.spills?.K2
          ?.length === 8
    );

    // Changing an input recalculates: Cai's spend jumps, and with it Cai's ABC class.
    await typeInto(page, 3, 3, "90000");
    await page.waitForFunction(
      () =>
        window.tierPreview.snapshot().sheets.find((s) => s.name === "Customers")?.spills
          ?.K2?.[2]?.[0] === "A"
    );
    const changed = rangeOf(await sheet(page, "Customers"), 3, 1, 8);
    expect(((await sheet(page, "Customers")).spills ?? {}).K2).toEqual(
      shown(functions.abcClass(changed))
    );

    // The display language follows the page's switch, as it would follow Office's.
    await page.evaluate(() => window.tierPreview.setLanguage("zh-CN"));
    await page.waitForFunction(
      () =>
        window.tierPreview.snapshot().sheets.find((s) => s.name === "Customers")?.spills
          ?.J2?.[0]?.[0] === "高价值客户"
    );
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, session.origin)).toEqual([]);
  });

  it("builds the customer table of the sample's orders with TIER.RFM", async () => {
    const { page, errors } = await preview();
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await page.evaluate(() => window.tierPreview.load("note\n", "RFM"));
    const formula = "=TIER.RFM(订单!A2:A3430,订单!B2:B3430,订单!D2:D3430,订单!C2:C3430)";
    await typeInto(page, 2, 0, formula);
    const table = await waitForSpill(page, "RFM", "A3");
    await shot(page, "functions-2-rfm");

    // The same function on the same cells, here in Node.
    const orders = await sheet(page, "订单");
    const [customers, dates, ids, amounts] = [0, 1, 2, 3].map((c) => rangeOf(orders, c, 1, 3429));
    expect(table).toEqual(shown(await functions.rfm(customers, dates, amounts, ids)));
    // Scored in the analysis worker, off the page's thread.
    expect(workers.filter((url) => /analysis\.worker/.test(url))).toHaveLength(1);

    // And against the core's run on the sample file read by the CLI: one row per customer.
    const sample = path.join(__dirname, "../../samples/transactions-zh.csv");
    const loaded = await readInput(sample, { encoding: "auto", sheet: null });
    const core = coreSegment(loaded.input, {});
    // A header row, one row per customer, and the counts row Segment reports too (issue 17).
    expect(table).toHaveLength(2 + core.customers.n);
    expect(table[0].slice(0, 4)).toEqual(["Customer", "Recency (days)", "Frequency", "Monetary"]);
    const counts = table[table.length - 1];
    expect(String(counts[0])).toContain(`rejected ${core.counts.rejected}`);
    expect(String(counts[0])).toContain(`customers ${core.customers.n}`);
    // The sample's order without a customer is named beside the counts.
    expect(String(counts[1])).toMatch(/^Row \d+/);
    expect(errors).toEqual([]);
  });

  it("fits BG/NBD and predicts from the spilled parameters", async () => {
    const { page, errors } = await preview();
    // The first 300 customers of lifetimes' CDNOW summary: ID, frequency, recency, T (weeks).
    const csv = readPublicCsv("lifetimes/cdnow_customers_summary.csv")
      .slice(0, 301)
      .map((row) => row.join(","))
      .join("\n");
    await page.evaluate((text) => window.tierPreview.load(text, "History"), csv);
    await typeInto(page, 0, 5, "=TIER.BGNBD_FIT(B2:B301,C2:C301,D2:D301)");
    await typeInto(page, 3, 5, "=TIER.P_ALIVE(B2:B301,C2:C301,D2:D301,F1:I2)");
    await typeInto(page, 3, 6, "=TIER.EXPECTED_PURCHASES(39,B2:B301,C2:C301,D2:D301,F1:I2)");
    const fit = await waitForSpill(page, "History", "F1");
    const data = await sheet(page, "History");
    const [x, tx, T] = [1, 2, 3].map((c) => rangeOf(data, c, 1, 300));
    const expected = await functions.bgNbdFit(x, tx, T);
    expectClose(fit, expected);
    expectClose(
      await waitForSpill(page, "History", "F4"),
      shown(functions.pAlive(x, tx, T, expected))
    );
    expectClose(
      await waitForSpill(page, "History", "G4"),
      shown(functions.expectedPurchases([[39]], x, tx, T, expected))
    );
    await shot(page, "functions-3-bgnbd");
    expect(errors).toEqual([]);
  });
});

interface Span {
  start: number;
  duration: number;
}

describe("TIER.CLV_INTERVAL in the preview", () => {
  it("runs its analysis in a Web Worker and spills what Node computes", async () => {
    const { page, errors } = await preview();
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    // lifetimes' CDNOW summary with spend: ID, frequency, recency, T (weeks), mean spend.
    const rows = readPublicCsv("lifetimes/cdnow_customers_summary_with_transactions.csv");
    const last = rows.length;
    await page.evaluate(
      (text) => window.tierPreview.load(text, "Summary"),
      rows.map((row) => row.join(",")).join("\n")
    );
    // The page's longest tasks while the function works (Long Tasks API, 50 ms and over).
    // TIERS_PROFILE=1: a CPU profile, to say what the longest task was made of.
    const profiling = process.env.TIERS_PROFILE
      ? await startProfiling(page, () => page.evaluate(() => performance.now()))
      : null;
    await page.evaluate(() => {
      const tasks: Span[] = [];
      (window as unknown as { clvTasks: Span[] }).clvTasks = tasks;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask", buffered: false });
    });
    const formula = `=TIER.CLV_INTERVAL(B2:B${last},C2:C${last},D2:D${last},E2:E${last})`;
    await typeInto(page, 1, 6, formula);
    // Watched in the grid, not by polling the workbook's snapshot: a snapshot of 14,000 spilled
    // cells is itself a long task of the test's making.
    await cellAt(page, 1, 6).filter({ hasText: /^\d/ }).waitFor();
    const longTasks = await page.evaluate(
      () => (window as unknown as { clvTasks: Span[] }).clvTasks
    );
    if (profiling) {
      const [worst] = [...longTasks].sort((a, b) => b.duration - a.duration);
      const hot = worst ? await profiling.stop(worst.start, worst.start + worst.duration) : [];
      console.log(`hottest in the longest task: ${JSON.stringify(hot, null, 1)}`);
    }
    const spilled = await waitForSpill(page, "Summary", "G2");
    await shot(page, "functions-4-clv-interval");

    const data = await sheet(page, "Summary");
    const [x, tx, T, m] = [1, 2, 3, 4].map((c) => rangeOf(data, c, 1, last - 1));
    // Two fits, their Hessian and 200 parameter draws carry the engines' last-bit differences
    // further than one fit does: a relative 1e-6 (seen: 1e-8).
    expectClose(spilled, shown(await functions.clvInterval(x, tx, T, m)), 1e-6);
    expect(spilled).toHaveLength(last - 1);
    expect(spilled[0]).toHaveLength(6);
    // The analysis ran in the worker bundled for it, not on the page's thread.
    expect(workers.filter((url) => /analysis\.worker/.test(url))).toHaveLength(1);
    const figures = {
      customers: last - 1,
      longTasksMs: longTasks.map((t) => Math.round(t.duration)),
    };
    writeFileSync(path.join(SHOTS, "clv-interval-longtasks.json"), JSON.stringify(figures));
    console.log("TIER.CLV_INTERVAL long tasks on the page:", figures);
    expect(errors).toEqual([]);
  });
});
