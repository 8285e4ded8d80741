// Data warnings (method.md section 6) and the short-history flag (section 4) through segment().
import { customerRecords } from "../../../src/core/records";
import { clvAnalysis } from "../../../src/core/pipeline/clvAnalysis";
import { dataWarningTexts } from "../../../src/core/pipeline/dataWarnings";
import { segment } from "../../../src/core/segment";
import type { CellValue } from "../../../src/core/types";

const header: CellValue[] = ["Customer", "Name", "Order date", "Amount"];

function table(rows: [string, string, string, number][]): CellValue[][] {
  return [header, ...rows];
}

// Five customers over a year; "big" buys 3,000 of a total of 5,000 (60%); "new" starts in December.
const rows = table([
  ["big", "Big Corp", "2024-01-10", 1500],
  ["big", "Big Corp", "2024-06-10", 1500],
  ["a", "Ann", "2024-02-01", 500],
  ["b", "Bo", "2024-03-01", 400],
  ["c", "Cy", "2024-04-01", 300],
  ["new", "Nu", "2024-12-01", 200],
  ["new", "Nu", "2024-12-20", 100],
]);

describe("data warnings", () => {
  const res = segment({ values: rows }, { asOf: "2024-12-31", mapping: { customerName: 1 } });

  it("names the customer holding more than 20% of the value, with its share", () => {
    const dominant = res.warnings.filter((w) => w.code === "dominantCustomer");
    expect(dominant).toEqual([
      { code: "dominantCustomer", params: { customer: "Big Corp (big)", share: "66.7%" } },
    ]);
  });

  it("warns about every customer above the share the user sets, none above 100%", () => {
    const lower = segment(
      { values: rows },
      { asOf: "2024-12-31", dataWarnings: { dominantShare: 0.1 } }
    );
    expect(lower.warnings.filter((w) => w.code === "dominantCustomer")).toHaveLength(2);
    const none = segment(
      { values: rows },
      { asOf: "2024-12-31", dataWarnings: { dominantShare: 1 } }
    );
    expect(none.warnings.some((w) => w.code === "dominantCustomer")).toBe(false);
  });

  it("flags customers with under 90 days of history, in the records, summaries and warnings", () => {
    const records = customerRecords(res, "en-US");
    expect(records.filter((r) => r.shortHistory).map((r) => r.customer)).toEqual(["new"]);
    expect(res.summary.totals.shortHistory).toBe(1);
    const flaggedInStages = res.summary.stages.reduce((n, g) => n + g.shortHistory, 0);
    expect(flaggedInStages).toBe(1);
    expect(res.warnings).toContainEqual({
      code: "shortHistory",
      params: { customers: 1, days: 90 },
    });
  });

  it("annualises the short history over a year: 300 in 30 days is 300 a year", () => {
    const k = res.customers.ids.indexOf("new");
    expect(res.clv[k]).toBeCloseTo(300 * 3, 9);
  });
});

describe("an as-of date far from the data", () => {
  const far = segment({ values: rows }, { asOf: "2099-01-01" });

  it("is a warning with the as-of date, the latest purchase and the days between", () => {
    expect(far.warnings).toContainEqual({
      code: "asOfFarFromData",
      params: { asOf: "2099-01-01", last: "2024-12-20", days: 27040 },
    });
  });

  it("is said in en-US and zh-CN, among the data warnings the pane shows", () => {
    expect(dataWarningTexts(far.warnings, "en-US")).toContain(
      "The as-of date 2099-01-01 is 27040 days after the latest purchase in the data (2024-12-20): recency counts from it, so customers look long gone. Check the as-of date."
    );
    expect(dataWarningTexts(far.warnings, "zh-CN")).toContain(
      "分析基准日 2099-01-01 比数据中最近一次购买（2024-12-20）晚 27040 天：最近购买天数从基准日算起，客户会显得早已流失。请检查基准日。"
    );
  });

  it("is no warning within the gap, by default a year, nor for the default as-of date", () => {
    const near = segment({ values: rows }, { asOf: "2025-12-20" });
    expect(near.warnings.some((w) => w.code === "asOfFarFromData")).toBe(false);
    const justOver = segment({ values: rows }, { asOf: "2025-12-21" });
    expect(justOver.warnings.some((w) => w.code === "asOfFarFromData")).toBe(true);
    const tighter = segment(
      { values: rows },
      { asOf: "2025-02-01", dataWarnings: { asOfGapDays: 30 } }
    );
    expect(tighter.warnings.some((w) => w.code === "asOfFarFromData")).toBe(true);
    const byDefault = segment({ values: rows });
    expect(byDefault.warnings.some((w) => w.code === "asOfFarFromData")).toBe(false);
  });

  it("is a warning of the CLV analysis too", () => {
    const clv = clvAnalysis({ values: rows }, { asOf: "2099-01-01" });
    expect(clv.warnings.map((w) => w.code)).toContain("asOfFarFromData");
  });
});
