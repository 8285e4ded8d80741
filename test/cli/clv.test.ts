// `tiering clv`: the probabilistic CLV from the command line, on the CDNOW sample (transactions
// and the published summaries) whose fits are published (Fader, Hardie and Lee 2005).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonClvReport } from "../../src/cli/clvJson";
import { PUBLIC_DATA } from "../../data/publicData";
import { readCdnow } from "../core/probabilistic/summary/cdnowTransactions";
import { FIXTURES, runCli, tempDir } from "./captureIo";
import {
  probabilityAlive,
  probabilityNoPurchase,
  type BgNbdParams,
  type ParetoNbdParams,
} from "../../src/core/probabilistic";

const SUMMARY_WITH_SPEND = join(
  PUBLIC_DATA,
  "lifetimes",
  "cdnow_customers_summary_with_transactions.csv"
);
const SUMMARY_PLAIN = join(PUBLIC_DATA, "lifetimes", "cdnow_customers_summary.csv");
const CUSTOMER_KEYS = [
  "customer",
  "frequency",
  "recency",
  "T",
  "monetary",
  "pAlive",
  "pNoPurchase",
  "expectedPurchases",
  "expectedSpend",
  "clv",
  "clvTier",
];

const { dir, cleanup } = tempDir();
afterAll(() => cleanup());

/** The CDNOW sample as the CSV a user would export: customer, date, amount. */
const CDNOW_CSV = join(dir, "cdnow.csv");
writeFileSync(
  CDNOW_CSV,
  ["customer,date,amount"]
    .concat(
      readCdnow().lines.map(
        (l) => `${l.id},${l.ymd.slice(0, 4)}-${l.ymd.slice(4, 6)}-${l.ymd.slice(6)},${l.dollars}`
      )
    )
    .join("\n")
);

async function json(argv: string[]): Promise<JsonClvReport> {
  const out = await runCli([...argv, "--json"]);
  expect(out.stderr).toBe("");
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as JsonClvReport;
}

async function failure(argv: string[]): Promise<{ code: number; line: string }> {
  const out = await runCli(argv);
  expect(out.stdout).toBe("");
  expect(out.stderr.trimEnd().split("\n")).toHaveLength(1);
  return { code: out.code, line: out.stderr.trimEnd() };
}

const sig3 = (x: number | null): string => (x === null ? "null" : x.toPrecision(3));

describe("tiering clv --json on transactions with a calibration check", () => {
  let report: JsonClvReport;
  beforeAll(async () => {
    report = await json(["clv", CDNOW_CSV, "--calibration-end", "1997-09-30"]);
  });

  it("states the source, the unit, the horizon and the observation end", () => {
    expect(report).toMatchObject({
      source: "transactions",
      unit: "weeks",
      model: "bgnbd",
      observationEnd: "1998-06-30",
      horizonMonths: 12,
      horizon: 52.14,
      monthlyDiscount: 0.01,
      clvKind: "revenue",
      warnings: [],
      counts: { input: 6919, used: 6919, rejected: 0, blank: 0 },
    });
  });

  it("fits the calibration period to the published parameters", () => {
    const c = report.calibration!;
    expect(c).toMatchObject({
      calibrationEnd: "1997-09-30",
      holdoutEnd: "1998-06-30",
      unit: "weeks",
      holdoutLength: 39,
      customers: 2357,
    });
    const p = c.purchaseModel.params as BgNbdParams;
    expect([p.r, p.alpha, p.a, p.b].map(sig3)).toEqual(["0.243", "4.41", "0.793", "2.43"]);
    expect(c.purchaseModel.logLikelihood).toBeCloseTo(-9582.43, 1);
    expect(c.groups.map((g) => [g.frequency, g.orMore])).toEqual([
      [0, false],
      [1, false],
      [2, false],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [7, true],
    ]);
    expect(c.groups.reduce((s, g) => s + g.customers, 0)).toBe(2357);
  });

  it("fits the whole period and gives every customer the figures", () => {
    expect(report.purchaseModel.converged).toBe(true);
    expect(report.purchaseModel.customers).toBe(2357);
    expect(report.spendModel?.spendDefined).toBe(true);
    expect(report.customers).toHaveLength(2357);
    for (const c of report.customers) expect(Object.keys(c)).toEqual(CUSTOMER_KEYS);
    const one = report.customers.find((c) => c.customer === "1")!;
    // Customer 1 bought on 1997-01-01, -01-18, -08-02 and -12-12: 3 repeat days, the last 345
    // days after the first, which was 545 days before 1998-06-30.
    expect(one.frequency).toBe(3);
    expect(one.recency).toBeCloseTo(345 / 7, 5);
    expect(one.T).toBeCloseTo(545 / 7, 5);
    expect(one.pAlive).toBeGreaterThan(0);
    expect(one.pAlive).toBeLessThanOrEqual(1);
  });
});

describe("tiering clv --json on summarised tables", () => {
  it("reads the published summary with spend and reproduces both published fits", async () => {
    const report = await json(["clv", SUMMARY_WITH_SPEND]);
    expect(report).toMatchObject({ source: "summary", observationEnd: null, calibration: null });
    const p = report.purchaseModel.params as BgNbdParams;
    expect([p.r, p.alpha, p.a, p.b].map(sig3)).toEqual(["0.243", "4.41", "0.793", "2.43"]);
    const s = report.spendModel!.params;
    expect([s.p, s.q, s.v].map(sig3)).toEqual(["6.25", "3.74", "15.4"]);
    expect(report.spendModel!.customers).toBe(946);
    // Standard errors from the observed information (lifetimes 0.11.3: 0.01256, 0.3782, 0.1857,
    // 0.7053; Gamma-Gamma 1.190, 0.2902, 4.160), keyed like params, with 95% intervals.
    const se = report.purchaseModel.standardErrors as BgNbdParams;
    expect([se.r, se.alpha, se.a, se.b].map((x) => x.toPrecision(2))).toEqual([
      "0.013",
      "0.38",
      "0.19",
      "0.71",
    ]);
    const sse = report.spendModel!.standardErrors;
    expect([sse.p, sse.q, sse.v].map((x) => x!.toPrecision(2))).toEqual(["1.2", "0.29", "4.2"]);
    expect(report.purchaseModel.lower95.r).toBeLessThan(p.r);
    expect(report.purchaseModel.upper95.r).toBeGreaterThan(p.r);
    expect(report.customers[0]).toMatchObject({ customer: "1", frequency: 2, recency: 30.43 });
  });

  it("--model pnbd fits Pareto/NBD to lifetimes' parameters and names its parameters", async () => {
    const report = await json(["clv", SUMMARY_WITH_SPEND, "--model", "pnbd"]);
    expect(report.model).toBe("pnbd");
    const p = report.purchaseModel.params as ParetoNbdParams;
    expect(Object.keys(p)).toEqual(["r", "alpha", "s", "beta"]);
    expect([p.r, p.alpha, p.s, p.beta].map(sig3)).toEqual(["0.553", "10.6", "0.606", "11.7"]);
    expect(report.purchaseModel.logLikelihood).toBeCloseTo(-9595.0, 0);
    // The customers' figures are the core's Pareto/NBD predictions with these parameters.
    const first = report.customers[0];
    const history = {
      frequency: Float64Array.of(first.frequency!),
      recency: Float64Array.of(first.recency!),
      T: Float64Array.of(first.T!),
    };
    expect(first.pAlive).toBeCloseTo(probabilityAlive(history, p, "pnbd")[0], 6);
    expect(report.customers.every((c) => c.clv !== null && c.clv >= 0)).toBe(true);
    // P(no purchase in 90 days), 90 / 7 weeks, as the core computes it from the same fit.
    expect(report.noPurchaseDays).toBe(90);
    expect(first.pNoPurchase).toBeCloseTo(probabilityNoPurchase(90 / 7, history, p, "pnbd")[0], 6);
  });

  it("--churn-days sets N of P(no purchase in N days): longer, less likely to stay away", async () => {
    const base = await json(["clv", SUMMARY_WITH_SPEND]);
    const year = await json(["clv", SUMMARY_WITH_SPEND, "--churn-days", "365"]);
    expect(year.noPurchaseDays).toBe(365);
    expect(year.purchaseModel.params).toEqual(base.purchaseModel.params);
    for (let i = 0; i < base.customers.length; i++) {
      const [b, y] = [base.customers[i], year.customers[i]];
      expect(y.pNoPurchase!).toBeLessThanOrEqual(b.pNoPurchase!);
      // Never below the chance of having dropped out already.
      expect(y.pNoPurchase!).toBeGreaterThanOrEqual(1 - y.pAlive! - 1e-12);
    }
  });

  it("without a spend column gives purchases and P(alive) but no CLV", async () => {
    const report = await json(["clv", SUMMARY_PLAIN, "--unit", "weeks"]);
    expect(report.spendModel).toBeNull();
    expect(report.customers.every((c) => c.clv === null && c.expectedSpend === null)).toBe(true);
    expect(report.customers.every((c) => c.pAlive !== null)).toBe(true);
  });
});

describe("tiering clv options", () => {
  it("applies --unit, --horizon, --discount, --model and --margin", async () => {
    const base = await json(["clv", SUMMARY_WITH_SPEND, "--unit", "weeks"]);
    const report = await json([
      "clv",
      SUMMARY_WITH_SPEND,
      "--horizon",
      "6",
      "--discount",
      "2%",
      "--model",
      "mbgnbd",
      "--margin",
      "30%",
      "--unit",
      "weeks",
    ]);
    expect(report).toMatchObject({
      model: "mbgnbd",
      horizonMonths: 6,
      horizon: 26.07,
      monthlyDiscount: 0.02,
      clvKind: "profit",
    });
    expect(report.purchaseModel.params).not.toEqual(base.purchaseModel.params);
    // A shorter horizon at a higher discount and 30% of the revenue: never more, less in total.
    let total = 0;
    let baseTotal = 0;
    for (let i = 0; i < report.customers.length; i++) {
      expect(report.customers[i].clv!).toBeLessThanOrEqual(base.customers[i].clv!);
      total += report.customers[i].clv!;
      baseTotal += base.customers[i].clv!;
    }
    expect(total).toBeLessThan(baseTotal);
  });

  it("measures times in days when asked", async () => {
    const report = await json(["clv", CDNOW_CSV, "--unit", "days", "--as-of", "1997-09-30"]);
    expect(report).toMatchObject({ unit: "days", observationEnd: "1997-09-30", horizon: 360 });
    expect(report.customers.find((c) => c.customer === "1")).toMatchObject({
      frequency: 2,
      recency: 213,
      T: 272,
    });
    expect(report.counts.rejected).toBe(6919 - report.counts.used);
  });
});

describe("tiering clv (tables)", () => {
  it("prints both fits with the unit beside the figures, the calibration and the customers", async () => {
    const out = await runCli(["clv", CDNOW_CSV, "--calibration-end", "1997-09-30"]);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    const text = out.stdout;
    expect(text).toContain("Shape: transactions · Rows: 6,919 used, 0 rejected, 0 blank");
    expect(text).toContain(
      "Observation end: 1998-06-30 · Unit: weeks · Horizon: 12 months = 52.14 weeks"
    );
    expect(text).toContain("BG/NBD purchase model (fitted on 2,357 customers, times in weeks)");
    expect(text).toMatch(/│ alpha \(weeks\) +│/);
    expect(text).toContain("Gamma-Gamma spend model (fitted on");
    expect(text).toContain(
      "Calibration check: fitted on the data to 1997-09-30, predicting 39.00 weeks to 1998-06-30"
    );
    expect(text).toMatch(/│ Log-likelihood +│ -9,582\.43 │/);
    expect(text).toMatch(/│ 7\+ +│ +64 │/);
    expect(text).toContain("Recency (weeks)");
    expect(text).toContain("CLV (12 months)");
    expect(text).toContain("Customers by CLV (the first 20 of 2,357)");
    expect(text).toContain("... and 2,337 more: --json lists every customer");
  });

  it("speaks Chinese", async () => {
    const out = await runCli(["clv", SUMMARY_WITH_SPEND, "--lang", "zh-CN"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("数据形式: 客户汇总表（frequency、recency、T）");
    expect(out.stdout).toContain("时间单位: 周 · 预测期: 12 个月 = 52.14 周");
    expect(out.stdout).toContain("BG/NBD 购买次数模型（基于 2,357 位客户拟合，时间单位：周）");
    expect(out.stdout).toMatch(/│ 对数似然 +│ -9,582\.43 │/);
    expect(out.stdout).toContain("首末购买间隔（周）");
  });
});

describe("tiering clv errors", () => {
  it.each<[string, string[], string]>([
    [
      "a bad unit",
      ["--unit", "years"],
      'tiering: --unit must be one of days, weeks, months (got "years")',
    ],
    [
      "a fractional horizon",
      ["--horizon", "1.5"],
      'tiering: --horizon must be a whole number (got "1.5")',
    ],
    [
      "a zero horizon",
      ["--horizon", "0"],
      'tiering: --horizon must be a number between 1 and 1200 (got "0")',
    ],
    [
      "a bad discount",
      ["--discount", "2"],
      'tiering: --discount must be a number between 0 and 1 (got "2")',
    ],
    [
      "a bad model",
      ["--model", "pareto"],
      'tiering: --model must be one of bgnbd, mbgnbd, pnbd, auto (got "pareto")',
    ],
    [
      "a bad calibration date",
      ["--calibration-end", "1997-13-01"],
      'tiering: --calibration-end must be a date as YYYY-MM-DD (got "1997-13-01")',
    ],
    [
      "a calibration end after the data",
      ["--calibration-end", "1999-01-01"],
      "tiering: --calibration-end 1999-01-01 must fall inside the data, from 1997-01-01 to before 1998-06-30",
    ],
    [
      "a zero churn window",
      ["--churn-days", "0"],
      'tiering: --churn-days must be a number between 1 and 36500 (got "0")',
    ],
    ["an unknown option", ["--colour"], "tiering: unknown option --colour"],
  ])("stops on %s with code 2 and one line", async (_, flags, line) => {
    expect(await failure(["clv", CDNOW_CSV, ...flags])).toEqual({ code: 2, line });
  });

  it("refuses a calibration check on a summarised table", async () => {
    expect(await failure(["clv", SUMMARY_PLAIN, "--calibration-end", "1997-09-30"])).toEqual({
      code: 2,
      line: `tiering: --calibration-end needs transactions with dates: "${SUMMARY_PLAIN}" is a summarised table`,
    });
  });

  it("names the missing file, the missing argument and the missing date column", async () => {
    expect(await failure(["clv", "nope.csv"])).toEqual({
      code: 2,
      line: 'tiering: cannot find the file "nope.csv"',
    });
    expect(await failure(["clv"])).toEqual({
      code: 2,
      line: "tiering: missing the file to read: tiering clv FILE",
    });
    const rfm = join(FIXTURES, "summary-en.csv");
    expect((await failure(["clv", rfm])).line).toBe(
      "tiering: Cannot find the date column. Columns found: Customer, Last purchase date, Frequency, Monetary. Map it by hand."
    );
  });

  it("stops with 130 when cancelled", async () => {
    const out = await runCli(["clv", CDNOW_CSV], { signal: { aborted: true } });
    expect(out).toEqual({ code: 130, stdout: "", stderr: "tiering: cancelled\n" });
  });
});
