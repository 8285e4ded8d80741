// The draws' factored, interpolated discounted purchases against the point CLV's exact sum.
import { discountedPurchasesInto } from "../../../../src/core/probabilistic/clv/discountedPurchases";
import { DrawnPurchases } from "../../../../src/core/probabilistic/intervals/drawnPurchases";
import { groupHistories } from "../../../../src/core/probabilistic/purchase/groupHistories";
import {
  simulateBgNbd,
  type PurchaseModel,
  type PurchaseParams,
} from "../../../../src/core/probabilistic";
import { seededUniform } from "../../../../src/core/probabilistic/simulate/seededRandom";
import { cdnowPurchases } from "../cdnowSummary";

const BG = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
const PNBD = { r: 0.5533, alpha: 10.578, s: 0.6062, beta: 11.668 };

function maxRelativeError(
  history: { frequency: Float64Array; recency: Float64Array; T: Float64Array },
  model: PurchaseModel,
  params: PurchaseParams,
  unit: number
): number {
  const g = groupHistories(history);
  const schedule = { model, months: 12, unit, discount: 0.01 };
  const exact = discountedPurchasesInto(new Float64Array(g.rows), params, g, schedule);
  const shift = "beta" in params ? Math.min(params.alpha, params.beta) : params.alpha;
  const fast = new DrawnPurchases(g, schedule, shift).into(new Float64Array(g.rows), params);
  let worst = 0;
  for (let i = 0; i < g.rows; i++)
    worst = Math.max(worst, Math.abs(fast[i] - exact[i]) / Math.max(exact[i], 1e-12));
  return worst;
}

describe("DrawnPurchases", () => {
  const cdnow = cdnowPurchases();

  it.each<[PurchaseModel, PurchaseParams]>([
    ["bgnbd", BG],
    ["mbgnbd", BG],
    ["pnbd", PNBD],
  ])("agrees with the exact sum on CDNOW (%s, weeks)", (model, params) => {
    expect(maxRelativeError(cdnow, model, params, 4.345)).toBeLessThan(1e-8);
  });

  it("agrees on customers in days, with T from hours to years and no two alike", () => {
    const uniform = seededUniform(4);
    const T = Float64Array.from({ length: 3000 }, () => 0.01 + 1500 * uniform() ** 2);
    const daily = { r: 0.25, alpha: 30, a: 0.8, b: 2.4 };
    const sim = simulateBgNbd(daily, T, uniform);
    expect(maxRelativeError(sim, "bgnbd", daily, 30)).toBeLessThan(1e-8);
  });

  it.each<[PurchaseModel, PurchaseParams]>([
    ["bgnbd", BG],
    ["mbgnbd", BG],
    ["pnbd", PNBD],
  ])(
    "gives any range of rows, at any stride, from a kept state the same bits as all rows (%s)",
    (model, params) => {
      const g = groupHistories(cdnow);
      const schedule = { model, months: 12, unit: 4.345, discount: 0.01 };
      const drawn = new DrawnPurchases(g, schedule, params.alpha);
      const all = drawn.into(new Float64Array(g.rows), params);
      const state = drawn.prepare(params);
      // Another draw prepared in between: a state stays valid for its own draw.
      drawn.prepare({ ...params, r: params.r * 2 });
      const stride = 3;
      for (const [from, to] of [
        [0, g.rows],
        [0, 1],
        [7, 40],
        [g.rows - 5, g.rows],
      ]) {
        const out = new Float64Array((to - from) * stride + 2).fill(-1);
        drawn.rowsInto(out, 2, params, state, from, to, stride);
        for (let row = from; row < to; row++)
          expect(Object.is(out[2 + (row - from) * stride], all[row])).toBe(true);
        // Nothing written between the strided places or before the offset.
        expect(out[0]).toBe(-1);
        if (to - from > 1) expect(out[3]).toBe(-1);
      }
    }
  );
});
