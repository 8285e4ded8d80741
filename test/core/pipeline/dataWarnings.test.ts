// Data warnings (method.md section 6) and the short-history flag (section 4) through segment().
import { customerRecords } from "../../../src/core/records";
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
