// One answer from every face (issue 17): Segment in the workbook (src/excel against the in-memory
// double), TIER.RFM over the same cells, and the CLI on the same table saved as CSV give every
// customer the same figures, scores and segment, and report the same row counts.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue, SheetInput } from "../../src/core";
import { a1, quoteSheet } from "../../src/excel/address";
import { rfm, thresholds } from "../../src/functions/functions";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { toCsv } from "../../data/generate/toCsv";
import { runCli, tempDir } from "../cli/captureIo";
import { run, workbookWith, type Cell } from "../excel/workbookFixtures";

/** A generated table with broken rows: a bad date, no customer, an error, text, a blank row. */
function brokenTable(): SheetInput {
  const sheet = generateTransactions(1500, 5);
  const values = sheet.values.map((row) => [...row]);
  const formats = (sheet.numberFormats ?? []).map((row) => [...row]);
  // The largest customers' rows break too: their other rows must still count.
  values[3][2] = "not a date";
  formats[3][2] = "General";
  values[10][0] = "";
  values[20][4] = "#N/A";
  values[30][4] = "eighty";
  values[40] = values[40].map(() => null);
  // A customer whose only row is a return: "no purchase" on every face.
  values.push(["RETURNONLY", "Return Only", values[5][2], "R-1", -25]);
  formats.push(formats[5]);
  return { values, numberFormats: formats };
}

const table = brokenTable();
const column = (k: number): unknown[][] => table.values.map((row) => [row[k] ?? ""]);

type Row = Record<string, unknown>;

function byCustomer(header: unknown[], rows: unknown[][]): Map<string, Row> {
  const out = new Map<string, Row>();
  for (const row of rows) {
    if (row[0] === "" || row[0] === null) continue; // below the table
    const rec: Row = {};
    header.forEach((h, i) => (rec[String(h)] = row[i] === null ? "" : row[i]));
    out.set(String(row[0]), rec);
  }
  return out;
}

const COMPARED = ["Recency (days)", "Frequency", "Monetary", "R", "F", "M", "RFM code", "Segment"];

describe("Segment, TIER.RFM and the CLI on the same table with broken rows", () => {
  let sheetRows: Map<string, Row>;
  let counts: { input: number; used: number; rejected: number; blank: number };
  let customers: number;
  let fnRows: Map<string, Row>;
  let fnFooter: unknown[];
  let sheetThresholds: unknown[][];
  let fnThresholds: unknown[][];

  beforeAll(async () => {
    const wb = workbookWith("Orders", table.values as Cell[][], table.numberFormats as string[][]);
    // The whole table, as a user selects it: its current region would stop at the blank row.
    wb.select(`Orders!A1:E${table.values.length}`);
    const outcome = await run(wb, { options: { language: "en-US" } });
    if (outcome.status !== "written") throw new Error(`Segment: ${outcome.status}`);
    counts = outcome.result.counts;
    customers = outcome.result.customers.n;
    const rect = outcome.model.written.customerSheet;
    const name = wb.toSnapshot().sheets.find((s) => s.id === rect.sheetId)?.name ?? "";
    const all = wb.getValues(`'${name}'!A1:AZ${rect.rowCount + 1}`);
    sheetRows = byCustomer(all[0], all.slice(1));
    const out = await rfm(column(0), column(2), column(4), column(3));
    fnFooter = out[out.length - 1];
    fnRows = byCustomer(out[0], out.slice(1, -1));
    // The summary sheet's thresholds block, title row above it.
    const summary = outcome.model.written.summarySheet;
    const block = summary.blocks.find((b) => b.id === "thresholds");
    if (!block) throw new Error("no thresholds block");
    const summaryName = wb.toSnapshot().sheets.find((s) => s.id === summary.sheetId)?.name ?? "";
    const at = a1(block.rowIndex, block.columnIndex, block.rowCount, block.columnCount);
    sheetThresholds = wb.getValues(`${quoteSheet(summaryName)}!${at}`);
    // TIER.THRESHOLDS over TIER.RFM's own R, F and M columns, as an analyst would chain them.
    const customerRows = out.slice(1, -1);
    const col = (k: number): unknown[][] => customerRows.map((row) => [row[k]]);
    fnThresholds = thresholds(col(1), col(2), col(3), undefined, "en-US");
  });

  it("scores the same customers: none left out, none added, header recognised", () => {
    expect([...fnRows.keys()].sort()).toEqual([...sheetRows.keys()].sort());
    expect(fnRows.size).toBe(customers);
    expect(fnRows.has("客户编号")).toBe(false);
  });

  it("gives every customer the same figures, scores and segment", () => {
    let compared = 0;
    for (const [id, fromFunction] of fnRows) {
      const onSheet = sheetRows.get(id) as Row;
      for (const key of COMPARED)
        expect([id, key, fromFunction[key]]).toEqual([id, key, onSheet[key]]);
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
    expect(fnRows.get("RETURNONLY")?.Segment).toBe("No purchase");
  });

  it("shows the same thresholds on the summary sheet and from TIER.THRESHOLDS", () => {
    expect(fnThresholds).toHaveLength(6);
    const header = sheetThresholds.findIndex((row) => row[0] === "Score");
    expect(sheetThresholds.slice(header, header + 6)).toEqual(fnThresholds);
    expect(fnThresholds.slice(1).map((row) => row[0])).toEqual([5, 4, 3, 2, 1]);
  });

  it("reports the same counts as the CLI and the pane's result", async () => {
    expect(counts.rejected).toBeGreaterThanOrEqual(4);
    expect(counts.blank).toBe(1);
    expect(fnFooter[0]).toBe(
      `Rows read ${counts.input}: used ${counts.used}, rejected ${counts.rejected}, blank ${counts.blank}; customers ${customers}`
    );
    expect(String(fnFooter[1])).toMatch(/^Row \d+/);
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "orders.csv");
      writeFileSync(file, toCsv(table as { values: CellValue[][] }));
      const cli = await runCli(["segment", file, "--json", "--lang", "en-US"]);
      expect(cli.code).toBe(0);
      const report = JSON.parse(cli.stdout) as JsonReport;
      expect(report.summary.counts).toMatchObject(counts);
      expect(report.customers).toHaveLength(customers);
      // The CLI's thresholds, in words, are TIER.THRESHOLDS's rows.
      const dims = ["recency", "frequency", "monetary"] as const;
      const cliThresholds = report.thresholds.recency.map((r, i) => [
        r.score,
        ...dims.map((d) => report.thresholds[d][i].text),
      ]);
      expect(cliThresholds).toEqual(fnThresholds.slice(1));
      for (const c of report.customers) {
        const onSheet = sheetRows.get(c.customer) as Row;
        expect([c.customer, c.segment ?? "No purchase"]).toEqual([c.customer, onSheet.Segment]);
      }
    } finally {
      cleanup();
    }
  });
});
