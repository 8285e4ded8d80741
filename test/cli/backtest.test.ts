// `tiering backtest`: the same figures as the core's backtest, as JSON and as tables.
import { join } from "node:path";
import { backtest } from "../../src/core/backtest";
import { readPublicCsv } from "../../data/publicData";
import { runCli } from "./captureIo";

const ORDERS = join(__dirname, "..", "..", "data", "public", "rfm-r", "rfm_data_orders.csv");

describe("tiering backtest", () => {
  it("prints the core's backtest as JSON, cut and window included", async () => {
    const out = await runCli(["backtest", ORDERS, "--months", "3", "--json"]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as ReturnType<typeof backtest> & { customers: number };
    const core = backtest(
      { values: readPublicCsv("rfm-r/rfm_data_orders.csv") },
      { language: "en-US" },
      { months: 3 }
    );
    expect(report.cut).toBe(core.cut);
    expect(report.months).toBe(3);
    expect(report.customers).toBe(core.before.customers.n);
    expect(report.groups.abc.map((g) => g.boughtAgain)).toEqual(
      core.groups.abc.map((g) => g.boughtAgain)
    );
    expect(report.churn).toEqual(JSON.parse(JSON.stringify(core.churn)));
    expect(report.clv[0].spearman).toBeCloseTo(core.clv[0].spearman, 12);
  });

  it("prints the tables in the user's language and refuses a bad --months by name", async () => {
    const zh = await runCli(["backtest", ORDERS, "--cut", "2006-06-30", "--lang", "zh-CN"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("回测：以 2006-06-30 为截止日期评分");
    expect(zh.stdout).toContain("流失预警：精确率");
    const bad = await runCli(["backtest", ORDERS, "--months", "0"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--months");
  });
});
