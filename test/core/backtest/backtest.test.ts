// Backtest (method.md section 11): no leakage from after the cut, and its tables add up.
import { backtest, monthsBefore, spearman } from "../../../src/core/backtest";
import { isoToDay } from "../../../src/core/cells/dayNumber";
import { customerRecords } from "../../../src/core/records";
import type { CellValue, SheetInput } from "../../../src/core/types";
import { generateTransactions } from "../../../data/generate/generateTransactions";
import { cdnowSheet } from "../pipeline/cdnowInput";

const sheet = generateTransactions(4000, 23);
/** Generated dates are serials; day number = serial - 25569. */
const dayOf = (row: CellValue[]): number => Number(row[2]) - 25569;

/** The same sheet with every row after `cut` changed: amounts, customers, and new rows. */
function changedAfter(input: SheetInput, cut: string): SheetInput {
  const cutDay = isoToDay(cut);
  const values = input.values.map((row, i) => {
    if (i === 0 || dayOf(row) <= cutDay) return row;
    return [`X${i % 7}`, "Somebody", row[2], `N${i}`, Number(row[4]) * 3 + 1];
  });
  values.push(["Z1", "Zed", values[values.length - 1][2], "Z-1", 12345]);
  return { ...input, values };
}

describe("backtest", () => {
  it("scores as of the cut from the earlier rows only: later rows change nothing there", () => {
    const cut = "2024-06-30";
    const a = backtest(sheet, {}, { cut });
    const b = backtest(changedAfter(sheet, cut), {}, { cut });
    expect(b.before.asOf).toBe(a.before.asOf);
    expect(customerRecords(b.before, "en-US")).toEqual(customerRecords(a.before, "en-US"));
    expect(b.before.thresholds).toEqual(a.before.thresholds);
    // ...while what happened after did change.
    expect(b.laterRevenue).not.toBe(a.laterRevenue);
  });

  it("accounts for every customer and all later revenue in each grouping", () => {
    const r = backtest(sheet, {}, { months: 6 });
    expect(r.cut).toBe(
      new Date(monthsBefore(isoToDay(r.end), 6) * 86400000).toISOString().slice(0, 10)
    );
    for (const groups of Object.values(r.groups)) {
      const counted = groups.reduce((n, g) => n + g.customers, 0);
      if (groups !== r.groups.clvTiers) expect(counted).toBe(r.before.customers.n);
      const share = groups.reduce((s, g) => s + g.revenueShare, 0);
      const newShare = r.newCustomersRevenue / r.laterRevenue;
      if (groups !== r.groups.clvTiers) expect(share + newShare).toBeCloseTo(1, 9);
    }
    const c = r.churn;
    expect(c.precision).toBeCloseTo(c.flaggedNotReturned / c.flagged, 12);
    expect(c.recall).toBeCloseTo(c.flaggedNotReturned / c.notReturned, 12);
    const deciles = r.clv[0].deciles;
    expect(deciles).toHaveLength(10);
    expect(deciles.reduce((n, d) => n + d.customers, 0)).toBe(
      r.before.customers.hasPurchase.reduce((n, x) => n + x, 0)
    );
  });

  it("finds the tiers meaningful on CDNOW: A customers return more than C, CLV ranks later revenue", () => {
    const r = backtest(cdnowSheet(), {}, { cut: "1997-09-30" });
    expect(r.before.asOf).toBe("1997-10-01");
    const [a, , c] = r.groups.abc;
    expect(a.boughtAgainShare).toBeGreaterThan(c.boughtAgainShare);
    expect(r.clv[0].spearman).toBeGreaterThan(0.2);
  });
});

describe("spearman", () => {
  it("is 1 for a monotone relation, -1 reversed, and uses mean ranks for ties", () => {
    const x = Float64Array.from([1, 2, 3, 4]);
    expect(spearman(x, Float64Array.from([10, 20, 30, 400]))).toBeCloseTo(1, 12);
    expect(spearman(x, Float64Array.from([4, 3, 2, 1]))).toBeCloseTo(-1, 12);
    // Ranks x: 1,2,3,4; y: 1.5,1.5,3,4 -> Pearson of the ranks.
    expect(spearman(x, Float64Array.from([5, 5, 6, 7]))).toBeCloseTo(0.9486832980505138, 12);
  });
});
