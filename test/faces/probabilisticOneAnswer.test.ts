// One answer from every face with the probabilistic CLV: Segment in the workbook with the pane's
// settings (CLV model: probabilistic, its horizon, discount, purchase model, P(no purchase) days
// and at-risk level) and `tiering segment --clv-model probabilistic` with the same settings as
// flags, under both engines (DuckDB aggregates the purchase days), give the customer sheet's
// columns and every customer's figures: the --out CSV is the customer sheet, the JSON its numbers.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { CellValue } from "../../src/core";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { defaultSettings, toOptions } from "../../src/taskpane/paneSettings";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { toCsv } from "../../data/generate/toCsv";
import { runCli, tempDir } from "../cli/captureIo";
import { run, workbookWith, type Cell } from "../excel/workbookFixtures";

const table = generateTransactions(3000, 5);

/** The pane's settings and the same ones as `tiering segment` flags. */
const PANE = {
  ...defaultSettings(),
  clvModel: "probabilistic" as const,
  purchaseModel: "mbgnbd" as const,
  horizonMonths: 6,
  monthlyDiscountPercent: 2,
  noPurchaseDays: 60,
  noPurchaseAtRiskPercent: "40",
};
const FLAGS = [
  ...["--clv-model", "probabilistic", "--model", "mbgnbd", "--horizon", "6"],
  ...["--discount", "2%", "--churn-days", "60", "--at-risk-level", "40%", "--lang", "en-US"],
];

/** A cell of the CSV as the sheet holds it: numbers as numbers, an empty cell as "". */
function asSheetCell(text: string): string | number {
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}

describe("the probabilistic CLV: the pane's Segment and the CLI's segment", () => {
  const { dir, cleanup } = tempDir();
  const file = join(dir, "orders.csv");
  let sheet: (string | number | boolean)[][];
  let fromPane: { clvModel: string; n: number; headers: string[] };

  beforeAll(async () => {
    writeFileSync(file, toCsv(table as { values: CellValue[][] }));
    const wb = workbookWith("Orders", table.values as Cell[][], table.numberFormats as string[][]);
    wb.select(`Orders!A1:E${table.values.length}`);
    const outcome = await run(wb, { options: toOptions(PANE, "en-US") });
    if (outcome.status !== "written") throw new Error(`Segment: ${outcome.status}`);
    const rect = outcome.model.written.customerSheet;
    const name = wb.toSnapshot().sheets.find((s) => s.id === rect.sheetId)?.name ?? "";
    const all = wb.getValues(`'${name}'!A1:AZ${rect.rowCount + 1}`);
    const width = all[0].findIndex((h) => h === "" || h === null);
    sheet = all.map((row) => (width < 0 ? row : row.slice(0, width)));
    const r = outcome.result;
    fromPane = { clvModel: r.clvModel, n: r.customers.n, headers: sheet[0].map(String) };
  }, 120_000);
  afterAll(() => cleanup());

  it("the pane's run uses the probabilistic CLV and its columns", () => {
    expect(fromPane.clvModel).toBe("probabilistic");
    expect(fromPane.headers).toEqual(
      expect.arrayContaining([
        "Expected purchases (next 6 months)",
        "P(alive)",
        "P(no purchase in 60 days)",
        "CLV P10 (6 months)",
      ])
    );
  });

  for (const engine of ["core", "duckdb"]) {
    it(`--out writes the customer sheet's columns and cells (--engine ${engine})`, async () => {
      const out = join(dir, `customers-${engine}.csv`);
      const cli = await runCli(["segment", file, ...FLAGS, "--engine", engine, "--out", out]);
      expect(cli.code).toBe(0);
      const rows = Papa.parse<string[]>(readFileSync(out, "utf8").replace(/^\ufeff/, ""), {
        skipEmptyLines: true,
      }).data;
      expect(rows[0]).toEqual(fromPane.headers);
      expect(rows).toHaveLength(fromPane.n + 1);
      const onSheet = new Map(sheet.slice(1).map((row) => [String(row[0]), row]));
      for (const row of rows.slice(1))
        expect([row[0], row.map(asSheetCell)]).toEqual([row[0], onSheet.get(row[0])]);
    }, 120_000);
  }

  it("--json gives every customer the sheet's CLV, P(alive) and interval", async () => {
    const cli = await runCli(["segment", file, ...FLAGS, "--json"]);
    expect(cli.code).toBe(0);
    const report = JSON.parse(cli.stdout) as JsonReport;
    expect(report.clvModel).toBe("probabilistic");
    expect(report.probabilistic?.model).toBe("mbgnbd");
    expect(report.probabilistic?.purchaseModel.converged).toBe(true);
    const col = (header: string) => fromPane.headers.indexOf(header);
    const clv = col("Revenue CLV (6 months, 2%/month)");
    const pAlive = col("P(alive)");
    const p90 = col("CLV P90 (6 months)");
    expect(Math.min(clv, pAlive, p90)).toBeGreaterThan(0);
    const onSheet = new Map(sheet.slice(1).map((row) => [String(row[0]), row]));
    let compared = 0;
    for (const c of report.customers) {
      const row = onSheet.get(c.customer) ?? [];
      const cell = (x: number | null | undefined) => (x === null || x === undefined ? "" : x);
      expect([c.customer, cell(c.clv), cell(c.pAlive), cell(c.clvP90)]).toEqual([
        c.customer,
        row[clv],
        row[pAlive],
        row[p90],
      ]);
      if (c.clv !== null) compared++;
    }
    expect(compared).toBeGreaterThan(fromPane.n * 0.9);
  }, 120_000);
});
