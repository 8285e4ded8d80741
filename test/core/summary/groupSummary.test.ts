import { summarizeGroups } from "../../../src/core/summary/groupSummary";
import type { CustomerTable, RfmScores } from "../../../src/core/types";

// Six customers: groups A (0), B (1), C (2, empty) and one left out (-1).
const groupOf = Int8Array.from([0, 1, 0, -1, 1, 0]);
const groups = [
  { key: "A", label: "A 类" },
  { key: "B", label: "B 类" },
  { key: "C", label: "C 类" },
];
const col = (xs: number[]) => Float64Array.from(xs);
const table: CustomerTable = {
  n: 6,
  ids: ["a", "b", "c", "d", "e", "f"],
  names: null,
  firstRow: Int32Array.from([2, 3, 4, 5, 6, 7]),
  hasPurchase: Uint8Array.from([1, 1, 1, 1, 1, 0]),
  recencyDays: col([10, 40, 20, 5, 100, NaN]),
  frequency: col([5, 2, 3, 1, 1, 0]),
  monetary: col([500, 150, 300, 99, 50, -30]),
  firstDay: col([0, 0, 0, 0, 0, NaN]),
  lastDay: col([0, 0, 0, 0, 0, NaN]),
  medianGapDays: col([NaN, NaN, NaN, NaN, NaN, NaN]),
  rows: Int32Array.from([5, 2, 3, 1, 1, 0]),
  profit: null,
  annualSpend: null,
  strategic: null,
};
const scores: RfmScores = {
  r: Uint8Array.from([5, 3, 4, 5, 1, 0]),
  f: Uint8Array.from([5, 3, 4, 1, 1, 0]),
  m: Uint8Array.from([5, 2, 4, 2, 1, 0]),
};
const value = table.monetary;
const clv = col([1000, 200, NaN, 90, 40, NaN]);

describe("summarizeGroups", () => {
  const [a, b, c] = summarizeGroups(groupOf, groups, table, value, scores, clv);

  it("returns one entry per group in the given order, with key and label", () => {
    expect([a.key, b.key, c.key]).toEqual(["A", "B", "C"]);
    expect(a.label).toBe("A 类");
  });

  it("counts customers and shares over the grouped customers only", () => {
    expect([a.customers, b.customers, c.customers]).toEqual([3, 2, 0]);
    expect(a.customerShare).toBeCloseTo(3 / 5, 12);
    expect(b.customerShare).toBeCloseTo(2 / 5, 12);
  });

  it("sums value and shares it over the grouped total (negatives included)", () => {
    // A: 500 + 300 - 30 = 770; B: 150 + 50 = 200; total 970 (customer d's 99 is left out).
    expect(a.value).toBe(770);
    expect(b.value).toBe(200);
    expect(a.valueShare).toBeCloseTo(770 / 970, 12);
    expect(b.valueShare).toBeCloseTo(200 / 970, 12);
  });

  it("averages each field over the customers where it is known", () => {
    expect(a.meanRecencyDays).toBeCloseTo(15, 12); // 10 and 20; f has no recency
    expect(a.meanFrequency).toBeCloseTo(8 / 3, 12); // 5, 3, 0
    expect(a.meanMonetary).toBeCloseTo(770 / 3, 12);
    expect(a.meanClv).toBe(1000); // c and f have no CLV
    expect(b.meanRecencyDays).toBe(70);
    expect(b.meanClv).toBe(120);
  });

  it("averages scores over scored customers", () => {
    expect([a.meanR, a.meanF, a.meanM]).toEqual([4.5, 4.5, 4.5]);
    expect([b.meanR, b.meanF, b.meanM]).toEqual([2, 2, 1.5]);
  });

  it("gives an empty group zeros and nulls", () => {
    expect(c).toEqual({
      key: "C",
      label: "C 类",
      customers: 0,
      customerShare: 0,
      value: 0,
      valueShare: 0,
      meanRecencyDays: null,
      meanFrequency: null,
      meanMonetary: null,
      meanClv: null,
      meanR: null,
      meanF: null,
      meanM: null,
      shortHistory: 0,
    });
  });

  it("counts the group's customers flagged short history", () => {
    const flags = new Uint8Array(table.n);
    flags[0] = 1;
    flags[1] = 1;
    const [first] = summarizeGroups(groupOf, groups, table, value, scores, clv, flags);
    // Customers 0 and 1 are flagged; only customer 0 is in the first group.
    expect(first.shortHistory).toBe(1);
  });

  it("gives value shares 0 when the grouped total is not positive", () => {
    const [only] = summarizeGroups(
      Int8Array.from([-1, -1, -1, -1, -1, 0]),
      groups.slice(0, 1),
      table,
      value,
      scores,
      clv
    );
    expect(only.value).toBe(-30);
    expect(only.valueShare).toBe(0);
    expect(only.customerShare).toBe(1);
    expect(only.meanR).toBeNull();
  });

  it("ignores group indices past the last group", () => {
    const summary = summarizeGroups(
      Int8Array.from([0, 7, 7, 7, 7, 7]),
      groups.slice(0, 1),
      table,
      value,
      scores,
      clv
    );
    expect(summary[0].customers).toBe(1);
    expect(summary[0].customerShare).toBe(1);
  });
});
