// `tiering segment --clv-model`: the pane's CLV model setting on the command line, with
// `tiering clv`'s flags for the probabilistic settings, and what the report, JSON and --out say
// when the probabilistic CLV is used or cannot be.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { JsonClvReport } from "../../src/cli/clvJson";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { parseSegmentFlags } from "../../src/cli/segmentFlags";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { toCsv } from "../../data/generate/toCsv";
import type { CellValue } from "../../src/core";
import { FIXTURES, runCli, tempDir } from "./captureIo";

const ENV = { LANG: "en_US.UTF-8" };
const ORDERS_ZH = join(FIXTURES, "orders-zh.csv");
const SUMMARY = join(FIXTURES, "summary-en.csv");
const { dir, cleanup } = tempDir();
afterAll(() => cleanup());
const GENERATED = join(dir, "orders.csv");
writeFileSync(GENERATED, toCsv(generateTransactions(3000, 11) as { values: CellValue[][] }));

async function failure(argv: string[]): Promise<{ code: number; line: string }> {
  const out = await runCli(argv);
  expect(out.stdout).toBe("");
  return { code: out.code, line: out.stderr.trim() };
}

describe("parseSegmentFlags", () => {
  it("leaves the CLV options alone without --clv-model or with simple", () => {
    const plain = parseSegmentFlags("f.csv", {}, ENV);
    expect(parseSegmentFlags("f.csv", { clvModel: "simple" }, ENV)).toEqual(plain);
    expect(plain.core.clv).toBeUndefined();
  });

  it("maps --clv-model probabilistic and tiering clv's flags to the core's options", () => {
    const settings = parseSegmentFlags(
      "f.csv",
      {
        clvModel: "probabilistic",
        model: "pnbd",
        unit: "days",
        horizon: "24",
        discount: "1.5%",
        churnDays: "60",
        intervalDraws: "0",
        calibrationEnd: "2024-06-30",
        group: "Channel",
        minGroupCustomers: "50",
        atRiskLevel: "40%",
        margin: "0.3",
      },
      ENV
    );
    expect(settings.columns).toEqual({ group: "Channel" });
    expect(settings.core).toMatchObject({
      lifecycle: { noPurchaseAtRisk: 0.4 },
      clv: {
        model: "probabilistic",
        margin: 0.3,
        probabilistic: {
          purchaseModel: "pnbd",
          unit: "days",
          horizonMonths: 24,
          monthlyDiscount: 0.015,
          noPurchaseDays: 60,
          intervalDraws: 0,
          calibrationEnd: "2024-06-30",
          groupBy: "column",
          minGroupCustomers: 50,
        },
      },
    });
  });
});

describe("tiering segment --clv-model: bad values", () => {
  it.each<[string, string[], string]>([
    [
      "a bad model",
      ["--clv-model", "best"],
      'tiering: --clv-model must be one of simple, probabilistic (got "best")',
    ],
    [
      "a probabilistic setting without the probabilistic CLV",
      ["--horizon", "6"],
      "tiering: --horizon is a setting of the probabilistic CLV: add --clv-model probabilistic",
    ],
    [
      "the at-risk level without the probabilistic CLV",
      ["--clv-model", "simple", "--at-risk-level", "40%"],
      "tiering: --at-risk-level is a setting of the probabilistic CLV: add --clv-model probabilistic",
    ],
    [
      "a fractional horizon",
      ["--clv-model", "probabilistic", "--horizon", "1.5"],
      'tiering: --horizon must be a whole number (got "1.5")',
    ],
    [
      "a bad purchase model",
      ["--clv-model", "probabilistic", "--model", "gamma"],
      'tiering: --model must be one of bgnbd, mbgnbd, pnbd, auto (got "gamma")',
    ],
    [
      "an at-risk level outside 0.01 to 0.99",
      ["--clv-model", "probabilistic", "--at-risk-level", "1"],
      'tiering: --at-risk-level must be a number between 0.01 and 0.99 (got "1")',
    ],
    [
      "a calibration end outside the data",
      ["--clv-model", "probabilistic", "--calibration-end", "2030-01-01"],
      "tiering: --calibration-end 2030-01-01 must fall inside the data, from 2024-01-05 to before 2024-03-28",
    ],
  ])("%s: exit 2 and one line naming the flag", async (_, flags, line) => {
    expect(await failure(["segment", ORDERS_ZH, ...flags])).toEqual({ code: 2, line });
  });

  it("says it in Chinese with --lang zh-CN", async () => {
    expect(await failure(["segment", ORDERS_ZH, "--clv-model", "最好", "--lang", "zh-CN"])).toEqual(
      {
        code: 2,
        line: "tiering: --clv-model 必须是以下之一：simple, probabilistic（实际为“最好”）",
      }
    );
    expect(await failure(["segment", ORDERS_ZH, "--unit", "days", "--lang", "zh-CN"])).toEqual({
      code: 2,
      line: "tiering: --unit 是概率 CLV 的设置：请加上 --clv-model probabilistic",
    });
  });

  it("lists the flag and its settings in both languages' help", async () => {
    const en = await runCli(["segment", "--help"]);
    const zh = await runCli(["segment", "--help", "--lang", "zh-CN"]);
    for (const help of [en.stdout, zh.stdout])
      for (const flag of ["--clv-model <model>", "--horizon <months>", "--at-risk-level <share>"])
        expect(help).toContain(flag);
    expect(en.stdout).toContain("simple|probabilistic (simple)");
    expect(zh.stdout).toContain("同任务窗格的设置");
  });
});

describe("tiering segment --clv-model probabilistic: what it says", () => {
  it("names the model in the report and prints the fits", async () => {
    const out = await runCli(["segment", GENERATED, "--clv-model", "probabilistic", "--quiet"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(
      "CLV model: probabilistic (BG/NBD and Gamma-Gamma, 12 months, 1% a month discount)"
    );
    expect(out.stdout).toMatch(/BG\/NBD purchase model \(fitted on [\d,]+ customers/);
    expect(out.stdout).toMatch(/Converged +│ +yes/);
    const zh = await runCli([
      "segment",
      GENERATED,
      "--clv-model",
      "probabilistic",
      "--lang",
      "zh-CN",
    ]);
    expect(zh.stdout).toContain(
      "CLV 模型: 概率模型（BG/NBD 与 Gamma-Gamma，12 个月，月折现率 1%）"
    );
  });

  it("without it, the report and JSON are as before", async () => {
    const text = await runCli(["segment", GENERATED, "--quiet"]);
    expect(text.stdout).not.toContain("CLV model");
    const json = JSON.parse((await runCli(["segment", GENERATED, "--json"])).stdout) as JsonReport;
    expect("clvModel" in json || "probabilistic" in json).toBe(false);
    expect("pAlive" in json.customers[0]).toBe(false);
  });

  it("a fit that fails: the simple CLV, said so in the report and the JSON, never converged", async () => {
    // Four customers: Gamma-Gamma runs to the edge of its parameters.
    const text = await runCli(["segment", ORDERS_ZH, "--clv-model", "probabilistic"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      "CLV model: simple: the probabilistic CLV could not be used (the notes below say why)"
    );
    expect(text.stdout).toContain(
      "Note: The Gamma-Gamma fit did not converge: CLV tiers use the simple CLV"
    );
    expect(text.stdout).toMatch(/Converged +│ +no/);
    const json = JSON.parse(
      (await runCli(["segment", ORDERS_ZH, "--clv-model", "probabilistic", "--json"])).stdout
    ) as JsonReport;
    expect(json.clvModel).toBe("simple");
    expect(json.probabilistic?.spendModel?.converged).toBe(false);
    expect(json.probabilistic?.spendModel?.message).toMatch(/edge of its parameters/);
    expect(json.warnings.map((w) => w.code)).toContain("probabilisticFitFailed");
    const zh = await runCli([
      "segment",
      ORDERS_ZH,
      "--clv-model",
      "probabilistic",
      "--lang",
      "zh-CN",
    ]);
    expect(zh.stdout).toContain("CLV 模型: 简单模型：无法使用概率 CLV（原因见下方提示）");
    expect(zh.stdout).toContain("提示: Gamma-Gamma 模型拟合未收敛");
    // With --out the report is not printed: stderr says which CLV the file holds, and why.
    const out = join(dir, "failed-fit.csv");
    const written = await runCli([
      "segment",
      ORDERS_ZH,
      "--clv-model",
      "probabilistic",
      "--out",
      out,
    ]);
    expect(written.code).toBe(0);
    expect(written.stderr.split("\n").slice(0, 2)).toEqual([
      "CLV model: simple: the probabilistic CLV could not be used (the notes below say why)",
      "Note: The Gamma-Gamma fit did not converge: CLV tiers use the simple CLV, and its best parameters are shown but not used.",
    ]);
    expect(written.stderr).toMatch(/Note: The model fit ran to the edge of its parameters/);
    expect(written.stderr).toContain('Wrote 4 customers to "');
  });

  it("a calibration end on a customer summary: exit 2, nothing written", async () => {
    const out = join(dir, "never.csv");
    const flags = ["--clv-model", "probabilistic", "--calibration-end", "2024-01-01", "--out", out];
    expect(await failure(["segment", SUMMARY, ...flags, "--lang", "zh-CN"])).toEqual({
      code: 2,
      line: `tiering: --calibration-end 需要带日期的交易明细：“${SUMMARY}”是汇总表`,
    });
    expect(existsSync(out)).toBe(false);
  });

  it("a customer summary: no fits, the simple CLV and the note why", async () => {
    const out = await runCli(["segment", SUMMARY, "--clv-model", "probabilistic", "--json"]);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as JsonReport;
    expect(json.clvModel).toBe("simple");
    expect(json.probabilistic).toBeNull();
    expect(json.warnings.map((w) => w.code)).toContain("probabilisticNeedsDates");
  });

  it("gives the figures tiering clv gives, by a group column too", async () => {
    // The generated orders with a channel per customer: one fit per channel.
    const lines = readFileSync(GENERATED, "utf8").trimEnd().split(/\r?\n/);
    const channel = (line: string) => (line.charCodeAt(line.indexOf(",") - 1) % 2 ? "Web" : "Shop");
    const file = join(dir, "channels.csv");
    writeFileSync(
      file,
      [`${lines[0]},Channel`, ...lines.slice(1).map((l) => `${l},${channel(l)}`)].join("\n")
    );
    const flags = ["--group", "Channel", "--min-group-customers", "30", "--horizon", "6", "--json"];
    const seg = await runCli(["segment", file, "--clv-model", "probabilistic", ...flags]);
    const clv = await runCli(["clv", file, ...flags]);
    expect([seg.code, seg.stderr, clv.code, clv.stderr]).toEqual([0, "", 0, ""]);
    const fromSegment = JSON.parse(seg.stdout) as JsonReport;
    const fromClv = JSON.parse(clv.stdout) as JsonClvReport;
    expect(fromSegment.probabilistic?.groups?.map((g) => g.group)).toEqual(["Shop", "Web"]);
    expect(fromSegment.probabilistic?.groups).toEqual(fromClv.groups);
    const byId = new Map(fromClv.customers.map((c) => [c.customer, c]));
    let compared = 0;
    for (const c of fromSegment.customers) {
      const other = byId.get(c.customer);
      if (c.clv === null || other === undefined) continue;
      const figures = (x: typeof other | typeof c) => [
        x.clv,
        x.pAlive,
        x.expectedPurchases,
        x.clvP50,
      ];
      expect([c.customer, ...figures(c)]).toEqual([c.customer, ...figures(other)]);
      compared++;
    }
    expect(compared).toBeGreaterThan(fromSegment.customers.length * 0.9);
  });

  it("--out has the probabilistic columns, headed with the horizon, discount and days", async () => {
    const out = join(dir, "customers.csv");
    const flags = ["--clv-model", "probabilistic", "--horizon", "6", "--churn-days", "30"];
    const run = await runCli(["segment", GENERATED, ...flags, "--out", out, "--quiet"]);
    expect(run.code).toBe(0);
    const text = readFileSync(out, "utf8").replace(/^\ufeff/, "");
    const rows = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const header = rows[0];
    const at = (h: string) => header.indexOf(h);
    const probabilistic = [
      "Expected purchases (next 6 months)",
      "P(alive)",
      "P(no purchase in 30 days)",
      "Expected spend per purchase",
      "Revenue CLV (6 months, 1%/month)",
      "CLV tier",
      "CLV P10 (6 months)",
      "CLV P50 (6 months)",
      "CLV P90 (6 months)",
      "CLV tier confidence",
    ];
    // In this order, after ABC and before the value score, as on the customer sheet.
    expect(header.slice(at("Value share") + 1, at("Value score"))).toEqual(probabilistic);
    const alive = rows.slice(1).map((r) => Number(r[at("P(alive)")]));
    expect(alive.every((p) => p >= 0 && p <= 1)).toBe(true);
  });
});
