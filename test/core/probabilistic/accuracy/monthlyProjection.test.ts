// The monthly projection adds up to the CLV, month 1 is the first month's expected purchases, and
// without a discount the value is revenue x margin: on the CDNOW summary with the published fits.
import { clvTiers } from "../../../../src/core/clv/clvTiers";
import {
  conditionalExpectedPurchases,
  conditionalExpectedSpend,
  MONTH_IN_UNIT,
  probabilisticClv,
  type PurchaseModel,
  type PurchaseParams,
} from "../../../../src/core/probabilistic";
import {
  monthlyProjection,
  projectionTotals,
} from "../../../../src/core/probabilistic/clv/monthlyProjection";
import { groupHistories } from "../../../../src/core/probabilistic/purchase/groupHistories";
import { cdnowSummary } from "../cdnowSummary";

const SPEND = { p: 6.2488, q: 3.7446, v: 15.4477 };
const MODELS: [PurchaseModel, PurchaseParams][] = [
  ["bgnbd", { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 }],
  ["pnbd", { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 }],
];

describe.each(MODELS)("monthlyProjection (%s, CDNOW)", (model, params) => {
  const s = cdnowSummary();
  const spend = conditionalExpectedSpend(s.frequency, s.monetary, SPEND);
  const margin = 0.3;
  const clv = probabilisticClv(s, params, SPEND, { model, monthlyDiscount: 0.01, margin });
  const tier = clvTiers(clv);
  const input = {
    unit: s.unit,
    model,
    params,
    grouped: groupHistories(s),
    expectedSpend: spend,
    margin: new Float64Array(s.n).fill(margin),
    tier,
    horizonMonths: 12,
    monthlyDiscount: 0.01,
  };
  const months = monthlyProjection(input);

  it("adds up, tier by tier, to the CLV of the tier's customers", () => {
    const totals = projectionTotals(months);
    (["high", "mid", "low"] as const).forEach((key, k) => {
      const expected = Array.from(clv).reduce((sum, v, i) => (tier[i] === k ? sum + v : sum), 0);
      expect(totals.value[key]).toBeCloseTo(expected, 6);
    });
    const all = Array.from(clv).reduce((sum, v) => sum + v, 0);
    expect(totals.value.total).toBeCloseTo(all, 6);
  });

  it("has month 1's orders as every customer's expected purchases in the first month", () => {
    const first = conditionalExpectedPurchases(MONTH_IN_UNIT.weeks, s, params, model);
    expect(months[0].orders.total).toBeCloseTo(
      first.reduce((sum, v) => sum + v, 0),
      8
    );
    const year = conditionalExpectedPurchases(12 * MONTH_IN_UNIT.weeks, s, params, model);
    expect(projectionTotals(months).orders.total).toBeCloseTo(
      year.reduce((sum, v) => sum + v, 0),
      8
    );
  });

  it("is revenue x margin without a discount, and revenue is orders x expected spend", () => {
    const flat = monthlyProjection({ ...input, monthlyDiscount: 0 });
    for (const m of flat) expect(m.value.total).toBeCloseTo(m.revenue.total * margin, 8);
    const first = conditionalExpectedPurchases(MONTH_IN_UNIT.weeks, s, params, model);
    const revenue = first.reduce((sum, v, i) => sum + v * spend[i], 0);
    expect(flat[0].revenue.total).toBeCloseTo(revenue, 6);
    // Later months discount more: month 12's value is its revenue x margin / 1.01^12.
    expect(months[11].value.total).toBeCloseTo((months[11].revenue.total * margin) / 1.01 ** 12, 8);
  });
});
