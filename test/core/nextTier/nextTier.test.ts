// Next tier (method.md section 12): for each kind of step, applying the stated change lifts the
// customer up the scheme's ladder under the run's rules, and a change one unit smaller does not.
import { callList, ladderRanks, type NextTierChange } from "../../../src/core/nextTier";
import type { SchemeId, RfmScoring } from "../../../src/core/options";
import { scoreCustomers } from "../../../src/core/pipeline/scoreCustomers";
import type { SegmentResult } from "../../../src/core/result";
import { segment } from "../../../src/core/segment";
import type { CustomerTable } from "../../../src/core/types";
import { generateTransactions } from "../../../data/generate/generateTransactions";

const sheet = generateTransactions(3000, 17);

/** The customers with one customer's R, F or M changed by the step's amount. */
function changed(
  c: CustomerTable,
  k: number,
  change: NextTierChange,
  amount: number
): CustomerTable {
  const copy: CustomerTable = {
    ...c,
    recencyDays: c.recencyDays.slice(),
    frequency: c.frequency.slice(),
    monetary: c.monetary.slice(),
  };
  if (change === "orders") copy.frequency[k] += amount;
  else if (change === "spend") copy.monetary[k] += amount;
  else copy.recencyDays[k] = amount;
  return copy;
}

/** The customer's place on the ladder after the change (lower is better). */
function rankAfter(res: SegmentResult, k: number, change: NextTierChange, amount: number): number {
  const s = scoreCustomers(changed(res.customers, k, change, amount), res.options, res.asOfDay);
  return ladderRanks(res.scheme)[s.segment[k]];
}

/** One unit less: an order, a cent, or a day more since the last purchase. */
const smaller = (change: NextTierChange, amount: number): number =>
  change === "orders"
    ? amount - 1
    : change === "spend"
      ? Math.round(amount * 100 - 1) / 100
      : amount + 1;

const CASES: [SchemeId, RfmScoring][] = [
  ["four", "quantile"],
  ["four", "fixed"],
  ["value-tiers", "quantile"],
  ["value-tiers", "fixed"],
  ["named", "quantile"],
  ["named", "fixed"],
  ["eight", "quantile"],
  ["eight", "fixed"],
];

describe("next tier", () => {
  const seen = new Set<NextTierChange>();

  it.each(CASES)(
    "%s scheme, %s scoring: the stated change lifts, one unit less does not",
    (scheme, scoring) => {
      const res = segment(sheet, { scheme, rfm: { scoring } });
      const ranks = ladderRanks(res.scheme);
      const checked = new Map<NextTierChange, number>();
      for (let k = 0; k < res.customers.n; k++) {
        const step = res.nextTier[k];
        // Up to 15 customers of each kind of step per run.
        if (step === null || (checked.get(step.change) ?? 0) >= 15) continue;
        checked.set(step.change, (checked.get(step.change) ?? 0) + 1);
        seen.add(step.change);
        const before = ranks[res.segment[k]];
        const after = rankAfter(res, k, step.change, step.amount);
        expect(after).toBeLessThan(before);
        expect(after).toBe(ranks[step.to]);
        expect(
          rankAfter(res, k, step.change, smaller(step.change, step.amount))
        ).toBeGreaterThanOrEqual(before);
      }
      expect(checked.size).toBeGreaterThan(0);
    }
  );

  it("found every kind of step in these runs", () => {
    expect([...seen].sort()).toEqual(["orders", "recency", "spend"]);
  });

  /** The customers in reverse order: every per-customer array reversed. */
  function reversed(c: CustomerTable): CustomerTable {
    const copy: Record<string, unknown> = { ...c };
    for (const [key, value] of Object.entries(c))
      if (Array.isArray(value) || ArrayBuffer.isView(value))
        copy[key] = (value as Float64Array).slice().reverse();
    return copy as unknown as CustomerTable;
  }

  /**
   * Customers alike in many ways: a few order counts, order sizes and last days, so that equal
   * R, F and average M values come with different orders and spend.
   */
  const alike = {
    values: [
      ["Customer", "Date", "Amount"],
      ...Array.from({ length: 400 }, (_, i) =>
        Array.from({ length: 1 + (i % 7) }, (_, j) => [
          `C${i}`,
          `2024-0${1 + ((i + j) % 9)}-${10 + (i % 5)}`,
          String(50 * (1 + (i % 3))),
        ])
      ).flat(),
    ],
  };

  // Steps are found once per score triple and R or F value, and shared: a customer's step must
  // not depend on which customer like it came first.
  it.each([
    ["quantile", "total"],
    ["quantile", "average"],
    ["fixed", "average"],
    ["rfm-r", "average"],
  ] as const)("%s scoring, %s M: the same step whatever the customers' order", (scoring, m) => {
    const res = segment(alike, { scheme: "named", rfm: { scoring, monetary: m } });
    const c = res.customers;
    const back = scoreCustomers(reversed(c), res.options, res.asOfDay);
    let steps = 0;
    for (let k = 0; k < c.n; k++) {
      expect(back.nextTier[c.n - 1 - k]).toEqual(res.nextTier[k]);
      if (res.nextTier[k] !== null) steps++;
    }
    expect(steps).toBeGreaterThan(c.n / 4);
  });

  it("gives no step to customers in the top segment or without a purchase", () => {
    const res = segment(sheet, { scheme: "four" });
    const top = Math.min(...ladderRanks(res.scheme));
    for (let k = 0; k < res.customers.n; k++) {
      const seg = res.segment[k];
      if (seg < 0 || ladderRanks(res.scheme)[seg] === top) expect(res.nextTier[k]).toBeNull();
    }
  });
});

describe("the CLV a next-tier step adds (method.md section 12)", () => {
  it("is the simple CLV of the step's spend: the amount, or orders at the average order value", () => {
    const res = segment(sheet, { scheme: "four", clv: { margin: 0.3, lifespanYears: 2 } });
    const c = res.customers;
    let checked = 0;
    for (let k = 0; k < c.n; k++) {
      const step = res.nextTier[k];
      if (step === null) {
        expect(res.nextTierClv[k]).toBeNaN();
        continue;
      }
      const aov = c.monetary[k] / c.frequency[k];
      if (aov <= 0 && step.change !== "spend") {
        // Returns exceed purchases: no order value to add, no figure.
        expect(res.nextTierClv[k]).toBeNaN();
        continue;
      }
      const spend =
        step.change === "spend" ? step.amount : (step.change === "orders" ? step.amount : 1) * aov;
      const years = Math.max(res.asOfDay - c.firstDay[k], 365) / 365;
      const clvOf = (m: number): number => (m > 0 ? (m / years) * 2 * 0.3 : 0);
      expect(res.nextTierClv[k]).toBeCloseTo(
        clvOf(c.monetary[k] + spend) - clvOf(c.monetary[k]),
        6
      );
      expect(res.nextTierClv[k]).toBeGreaterThanOrEqual(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("is the models' CLV with the step's orders added when the CLV is probabilistic", () => {
    const res = segment(sheet, { scheme: "four", clv: { model: "probabilistic" } });
    expect(res.clvModel).toBe("probabilistic");
    let checked = 0;
    for (let k = 0; k < res.customers.n; k++) {
      if (res.nextTier[k] === null || !Number.isFinite(res.clv[k])) continue;
      if (res.customers.monetary[k] <= 0 && res.nextTier[k]?.change !== "spend") continue;
      // More purchases now, at the customer's spend: never less CLV than before.
      expect(res.nextTierClv[k]).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("the call list", () => {
  it("puts the steps that add the most CLV first, those without a figure last", () => {
    const steps = [
      { to: 0, change: "orders" as const, amount: 1 },
      null,
      { to: 0, change: "spend" as const, amount: 10 },
      { to: 1, change: "recency" as const, amount: 5 },
      { to: 1, change: "orders" as const, amount: 2 },
    ];
    const gains = Float64Array.from([50, NaN, 300, NaN, 120]);
    const clv = Float64Array.from([1000, 5000, 200, 900, 10]);
    expect(callList(steps, gains, clv, 10)).toEqual([2, 4, 0, 3]);
    expect(callList(steps, gains, clv, 2)).toEqual([2, 4]);
  });
});
