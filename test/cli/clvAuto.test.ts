// `tiering clv --model auto` (issue 18): every purchase model fitted, the one used said and why,
// in JSON and text, in both languages; on lifetimes' CDNOW calibration summary BIC picks MBG/NBD.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonClvReport } from "../../src/cli/clvJson";
import { PUBLIC_DATA } from "../../data/publicData";
import { readCdnow } from "../core/probabilistic/summary/cdnowTransactions";
import { runCli, tempDir } from "./captureIo";

jest.setTimeout(120_000);

const SUMMARY_PLAIN = join(PUBLIC_DATA, "lifetimes", "cdnow_customers_summary.csv");
const SUMMARY_WITH_SPEND = join(
  PUBLIC_DATA,
  "lifetimes",
  "cdnow_customers_summary_with_transactions.csv"
);

async function json(argv: string[]): Promise<JsonClvReport> {
  const out = await runCli([...argv, "--json"]);
  expect(out.stderr).toBe("");
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as JsonClvReport;
}

describe("tiering clv --model auto on the CDNOW calibration summary (no holdout)", () => {
  let report: JsonClvReport;
  beforeAll(async () => {
    report = await json(["clv", SUMMARY_PLAIN, "--model", "auto"]);
  });

  it("fits all three and picks the smallest BIC: MBG/NBD", () => {
    const choice = report.modelChoice!;
    expect(choice).toMatchObject({ setting: "auto", picked: "mbgnbd", by: "bic", period: "full" });
    expect(choice.scores.map((s) => s.model)).toEqual(["bgnbd", "mbgnbd", "pnbd"]);
    // BIC = 4 ln 2357 - 2 ln L with the published log-likelihoods (BG/NBD -9582.43, Pareto/NBD -9595.0).
    expect(choice.scores[0].bic).toBeCloseTo(4 * Math.log(2357) + 2 * 9582.43, 1);
    expect(choice.scores[2].bic).toBeCloseTo(4 * Math.log(2357) + 2 * 9594.97, 0);
    const bics = choice.scores.map((s) => s.bic!);
    expect(Math.min(...bics)).toBe(choice.scores[1].bic);
    expect(choice.scores.every((s) => s.holdoutMae === null && s.parameters === 4)).toBe(true);
  });

  it("uses the picked model for every figure and says why", () => {
    expect(report.model).toBe("mbgnbd");
    expect(report.purchaseModel.logLikelihood).toBeCloseTo(
      report.modelChoice!.scores[1].logLikelihood!,
      6
    );
    expect(report.modelChoice!.reason).toMatch(
      /^MBG\/NBD picked automatically: the smallest BIC \(BG\/NBD 19195\.9, MBG\/NBD 19195\.3, Pareto\/NBD 19221\.\d\)\.$/
    );
    // No spend column: no CLV and no projection; no holdout: no accuracy.
    expect(report.projection).toBeNull();
    expect(report.accuracy).toBeNull();
  });

  it("prints the comparison and the reason, in Chinese too", async () => {
    const en = await runCli(["clv", SUMMARY_PLAIN, "--model", "auto"]);
    expect(en.stdout).toContain("Purchase models compared (fitted on all the data)");
    expect(en.stdout).toContain("MBG/NBD picked automatically: the smallest BIC");
    const zh = await runCli(["clv", SUMMARY_PLAIN, "--model", "auto", "--lang", "zh-CN"]);
    expect(zh.stdout).toContain("购买模型比较（拟合数据：全部数据）");
    expect(zh.stdout).toContain("已自动选择 MBG/NBD：BIC 最小");
  });
});

describe("tiering clv with a named model and no holdout", () => {
  it("compares nothing and projects the CLV month by month, adding up to it", async () => {
    const report = await json(["clv", SUMMARY_WITH_SPEND]);
    expect(report.modelChoice).toBeNull();
    const p = report.projection!;
    expect(p.months).toHaveLength(12);
    const clv = report.customers.reduce((s, c) => (c.clvTier === null ? s : s + c.clv!), 0);
    expect(p.totals.value.total).toBeCloseTo(clv, 2);
    const high = report.customers.filter((c) => c.clvTier === "high");
    expect(high).toHaveLength(Math.ceil(0.2 * 2357));
    expect(p.totals.value.high).toBeCloseTo(
      high.reduce((s, c) => s + c.clv!, 0),
      2
    );
    const monthSum = p.months.reduce((s, m) => s + m.orders.total, 0);
    expect(p.totals.orders.total).toBeCloseTo(monthSum, 4);
    const text = (await runCli(["clv", SUMMARY_WITH_SPEND])).stdout;
    expect(text).toContain("Monthly projection");
  });
});

describe("tiering clv with a named model and a calibration end", () => {
  it("judges that model alone on the holdout and says it was set", async () => {
    const { dir, cleanup } = tempDir();
    const csv = join(dir, "cdnow.csv");
    const lines = readCdnow().lines.map(
      (l) => `${l.id},${l.ymd.slice(0, 4)}-${l.ymd.slice(4, 6)}-${l.ymd.slice(6)},${l.dollars}`
    );
    writeFileSync(csv, ["customer,date,amount", ...lines].join("\n"));
    const report = await json(["clv", csv, "--calibration-end", "1997-09-30", "--model", "pnbd"]);
    cleanup();
    const choice = report.modelChoice!;
    expect(choice).toMatchObject({ setting: "pnbd", picked: "pnbd", by: "setting" });
    expect(choice.scores.map((s) => s.model)).toEqual(["pnbd"]);
    expect(report.accuracy!.map((m) => m.model)).toEqual(["pnbd"]);
    expect(choice.reason).toMatch(
      /^Pareto\/NBD as set \(holdout MAE of repeat purchases: Pareto\/NBD 0\.\d+\)\.$/
    );
    // The calibration fit of Pareto/NBD: lifetimes' published log-likelihood.
    expect(choice.scores[0].logLikelihood).toBeCloseTo(-9595.0, 0);
  });
});
