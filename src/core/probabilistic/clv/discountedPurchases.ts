// The purchase half of the probabilistic CLV (method.md section 4), once per distinct history:
//   sum over k = 1..H of (E[Y(k u)] - E[Y((k-1) u)]) / (1 + d)^k.
// Shared by the point CLV and every parameter draw of the CLV intervals, so both are one formula;
// its months' expectations (expectedByMonth) by the monthly projection, whose months add up to it.
import { bgExpectedIfAliveMany, conditionalExpectation } from "../purchase/conditionalExpectation";
import { isValidHistory } from "../purchase/isValidHistory";
import { logOddsDropped } from "../purchase/logOddsDropped";
import { bgNbdParams, paretoParams } from "../purchase/paramsOf";
import { paretoExpectedIfAlive, paretoPAlive } from "../pareto/paretoExpectations";
import type { GroupedHistories } from "../purchase/groupHistories";
import type { PurchaseModel, PurchaseParams } from "../types";

export interface DiscountSchedule {
  model: PurchaseModel;
  /** H, whole months. */
  months: number;
  /** u: one month in the summary's unit. */
  unit: number;
  /** d per month. */
  discount: number;
}

/**
 * E[Y(k u)] for k = 1..H, one history at a time, into one array reused from call to call (read it
 * before the next call): what the CLV discounts and the monthly projection differences, so both
 * take the same figures. conditionalExpectation month by month, with its factor that does not
 * depend on t (the P(alive) part, a series for Pareto/NBD) taken once per history, and BG/NBD's
 * 2F1 of every month in one pass (bgExpectedIfAliveMany).
 */
export function expectedByMonth(
  params: PurchaseParams,
  s: Omit<DiscountSchedule, "discount">
): (x: number, tx: number, T: number) => Float64Array {
  const times = Float64Array.from({ length: s.months }, (_, k) => (k + 1) * s.unit);
  const ifAlive = new Float64Array(s.months);
  const upTo = new Float64Array(s.months);
  return (x, tx, T) => {
    const valid = isValidHistory(x, tx, T);
    const alive = valid ? aliveFactor(s.model, params, x, tx, T) : NaN;
    if (valid && s.model !== "pnbd")
      bgExpectedIfAliveMany(s.model, bgNbdParams(params), times, x, T, ifAlive, s.months);
    for (let k = 0; k < s.months; k++) {
      const t = times[k];
      upTo[k] = !valid
        ? conditionalExpectation(s.model, params, t, x, tx, T)
        : s.model === "pnbd"
          ? paretoExpectedIfAlive(paretoParams(params), t, x, T) * alive
          : ifAlive[k] / alive;
    }
    return upTo;
  };
}

/** Writes each distinct history's discounted purchases into `out` (length g.rows) and returns it. */
export function discountedPurchasesInto(
  out: Float64Array,
  params: PurchaseParams,
  g: GroupedHistories,
  s: DiscountSchedule
): Float64Array {
  const expected = expectedByMonth(params, s);
  for (let row = 0; row < g.rows; row++) {
    const upTo = expected(g.x[row], g.tx[row], g.T[row]);
    let total = 0;
    let before = 0;
    for (let k = 1; k <= s.months; k++) {
      total += (upTo[k - 1] - before) / Math.pow(1 + s.discount, k);
      before = upTo[k - 1];
    }
    out[row] = total;
  }
  return out;
}

/** Pareto/NBD: P(alive), which E multiplies; BG/NBD, MBG/NBD: 1 + odds, which E divides by. */
function aliveFactor(
  model: PurchaseModel,
  params: PurchaseParams,
  x: number,
  tx: number,
  T: number
): number {
  if (model === "pnbd") return paretoPAlive(paretoParams(params), x, tx, T);
  return 1 + Math.exp(logOddsDropped(model, bgNbdParams(params), x, tx, T));
}
