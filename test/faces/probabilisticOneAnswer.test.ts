// One answer from every face with the probabilistic CLV: Segment in the workbook with the pane's
// settings (CLV model: probabilistic and its settings) and `tiering segment --clv-model
// probabilistic` with the same settings as flags, under both engines (DuckDB aggregates the
// purchase days), give the customer sheet's columns and every customer's figures: the --out CSV
// is the customer sheet, the JSON its numbers.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { Workbook } from "exceljs";
import { type CellValue, SHARE_FORMAT } from "../../src/core";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { defaultSettings, type PaneSettings, toOptions } from "../../src/taskpane/paneSettings";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { toCsv } from "../../data/generate/toCsv";
import { runCli, tempDir } from "../cli/captureIo";
import { run, workbookWith, type Cell } from "../excel/workbookFixtures";

const table = generateTransactions(3000, 5);
const { dir, cleanup } = tempDir();
const FILE = join(dir, "orders.csv");
writeFileSync(FILE, toCsv(table as { values: CellValue[][] }));
afterAll(() => cleanup());

/** The pane's settings and the same ones as `tiering segment` flags. */
const HORIZON_AND_RISK = {
  pane: {
    clvModel: "probabilistic",
    purchaseModel: "mbgnbd",
    horizonMonths: 6,
    monthlyDiscountPercent: 2,
    noPurchaseDays: 60,
    noPurchaseAtRiskPercent: "40",
  } satisfies Partial<PaneSettings>,
  flags: [
    ...["--clv-model", "probabilistic", "--model", "mbgnbd", "--horizon", "6"],
    ...["--discount", "2%", "--churn-days", "60", "--at-risk-level", "40%"],
  ],
};
const COHORTS_AND_CALIBRATION = {
  pane: {
    clvModel: "probabilistic",
    purchaseModel: "auto",
    timeUnit: "days",
    calibrationEnd: "2024-06-30",
    clvGroupBy: "cohort",
    clvMinGroupCustomers: 20,
    clvMinGroupRepeatBuyers: 5,
  } satisfies Partial<PaneSettings>,
  flags: [
    ...["--clv-model", "probabilistic", "--model", "auto", "--unit", "days"],
    ...["--calibration-end", "2024-06-30", "--group", "cohort"],
    ...["--min-group-customers", "20", "--min-group-repeat-buyers", "5"],
  ],
};

type Row = (string | number | boolean)[];

interface PaneRun {
  clvModel: string;
  n: number;
  headers: string[];
  byCustomer: Map<string, Row>;
}

/** Segment in the workbook double with the pane's settings; its customer sheet by customer. */
async function paneRun(settings: Partial<PaneSettings>): Promise<PaneRun> {
  const wb = workbookWith("Orders", table.values as Cell[][], table.numberFormats as string[][]);
  wb.select(`Orders!A1:E${table.values.length}`);
  const options = toOptions({ ...defaultSettings(), ...settings }, "en-US");
  const outcome = await run(wb, { options });
  if (outcome.status !== "written") throw new Error(`Segment: ${outcome.status}`);
  const rect = outcome.model.written.customerSheet;
  const name = wb.toSnapshot().sheets.find((s) => s.id === rect.sheetId)?.name ?? "";
  const all = wb.getValues(`'${name}'!A1:AZ${rect.rowCount + 1}`);
  const width = all[0].findIndex((h) => h === "" || h === null);
  const sheet = all.map((row) => (width < 0 ? row : row.slice(0, width)));
  return {
    clvModel: outcome.result.clvModel,
    n: outcome.result.customers.n,
    headers: sheet[0].map(String),
    byCustomer: new Map(sheet.slice(1).map((row) => [String(row[0]), row])),
  };
}

/** A cell of the CSV as the sheet holds it: numbers as numbers, an empty cell as "". */
function asSheetCell(text: string): string | number {
  return text !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
}

/** Each run writes a file of its own: the CLI does not replace an earlier run's (no --overwrite). */
let outs = 0;

async function expectOutIsSheet(flags: string[], engine: string, pane: PaneRun): Promise<void> {
  const out = join(dir, `customers-${engine}-${++outs}.csv`);
  const argv = ["segment", FILE, ...flags, "--lang", "en-US", "--engine", engine, "--out", out];
  const cli = await runCli(argv);
  expect(cli.code).toBe(0);
  const text = readFileSync(out, "utf8").replace(/^\ufeff/, "");
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual(pane.headers);
  expect(rows).toHaveLength(pane.n + 1);
  for (const row of rows.slice(1))
    expect([row[0], row.map(asSheetCell)]).toEqual([row[0], pane.byCustomer.get(row[0])]);
}

describe("the probabilistic CLV's horizon, discount and at-risk level: pane and CLI", () => {
  let pane: PaneRun;
  beforeAll(async () => (pane = await paneRun(HORIZON_AND_RISK.pane)), 120_000);

  it("the pane's run uses the probabilistic CLV and its columns", () => {
    expect(pane.clvModel).toBe("probabilistic");
    expect(pane.headers).toEqual(
      expect.arrayContaining([
        "Expected purchases (next 6 months)",
        "P(alive)",
        "P(no purchase in 60 days)",
        "Revenue CLV (6 months, 2%/month)",
        "CLV P10 (6 months)",
      ])
    );
  });

  for (const engine of ["core", "duckdb"])
    it(`--out writes the customer sheet's columns and cells (--engine ${engine})`, async () => {
      await expectOutIsSheet(HORIZON_AND_RISK.flags, engine, pane);
    }, 120_000);

  it("--out .xlsx has the sheet's headers and values, P(alive) formatted as a share", async () => {
    const out = join(dir, "customers.xlsx");
    const argv = ["segment", FILE, ...HORIZON_AND_RISK.flags, "--lang", "en-US", "--out", out];
    expect((await runCli(argv)).code).toBe(0);
    const wb = new Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.worksheets[0];
    // exceljs leaves empty cells out of a row's values: a hole is an empty cell.
    const values = (r: number) =>
      Array.from(sheet.getRow(r).values as unknown[], (v) => v ?? "").slice(1);
    expect(values(1)).toEqual(pane.headers);
    expect(sheet.rowCount).toBe(pane.n + 1);
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = values(r);
      const onSheet = (pane.byCustomer.get(String(row[0])) ?? []).slice(0, row.length);
      expect([row[0], row]).toEqual([row[0], onSheet]);
    }
    const pAlive = pane.headers.indexOf("P(alive)") + 1;
    expect(sheet.getCell(2, pAlive).numFmt).toBe(SHARE_FORMAT);
  }, 120_000);

  it("--json gives every customer the sheet's CLV, P(alive) and interval", async () => {
    const cli = await runCli(["segment", FILE, ...HORIZON_AND_RISK.flags, "--json"]);
    expect(cli.code).toBe(0);
    const report = JSON.parse(cli.stdout) as JsonReport;
    expect(report.clvModel).toBe("probabilistic");
    expect(report.probabilistic?.model).toBe("mbgnbd");
    expect(report.probabilistic?.purchaseModel.converged).toBe(true);
    const col = (header: string) => pane.headers.indexOf(header);
    const clv = col("Revenue CLV (6 months, 2%/month)");
    const pAlive = col("P(alive)");
    const p90 = col("CLV P90 (6 months)");
    expect(Math.min(clv, pAlive, p90)).toBeGreaterThan(0);
    let compared = 0;
    for (const c of report.customers) {
      const row = pane.byCustomer.get(c.customer) ?? [];
      const cell = (x: number | null | undefined) => (x === null || x === undefined ? "" : x);
      expect([c.customer, cell(c.clv), cell(c.pAlive), cell(c.clvP90)]).toEqual([
        c.customer,
        row[clv],
        row[pAlive],
        row[p90],
      ]);
      if (c.clv !== null) compared++;
    }
    expect(compared).toBeGreaterThan(pane.n * 0.9);
  }, 120_000);
});

describe("the probabilistic CLV by cohort, auto model and a calibration end: pane and CLI", () => {
  let pane: PaneRun;
  beforeAll(async () => (pane = await paneRun(COHORTS_AND_CALIBRATION.pane)), 120_000);

  it("the pane's run uses the probabilistic CLV", () => {
    expect(pane.clvModel).toBe("probabilistic");
  });

  // DuckDB aggregates the purchase days (split at the calibration end) per customer; the core
  // forms each cohort from them.
  for (const engine of ["core", "duckdb"])
    it(`--out writes the customer sheet's columns and cells (--engine ${engine})`, async () => {
      await expectOutIsSheet(COHORTS_AND_CALIBRATION.flags, engine, pane);
    }, 120_000);

  it("--json says which model was picked and how the cohorts were fitted", async () => {
    const cli = await runCli(["segment", FILE, ...COHORTS_AND_CALIBRATION.flags, "--json"]);
    expect(cli.code).toBe(0);
    const report = JSON.parse(cli.stdout) as JsonReport;
    expect(report.probabilistic?.modelChoice?.picked).toBe(report.probabilistic?.model);
    expect(report.probabilistic?.calibration?.calibrationEnd).toBe("2024-06-30");
    expect(report.probabilistic?.groups?.length).toBeGreaterThan(1);
  }, 120_000);
});
