// The purchase half of the probabilistic CLV (method.md section 4), once per distinct history:
//   sum over k = 1..H of (E[Y(k u)] - E[Y((k-1) u)]) / (1 + d)^k.
// Shared by the point CLV and every parameter draw of the CLV intervals, so both are one formula.
import { conditionalExpectation } from "../purchase/conditionalExpectation";
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

/** Writes each distinct history's discounted purchases into `out` (length g.rows) and returns it. */
export function discountedPurchasesInto(
  out: Float64Array,
  params: PurchaseParams,
  g: GroupedHistories,
  s: DiscountSchedule
): Float64Array {
  for (let row = 0; row < g.rows; row++) {
    const x = g.x[row];
    const tx = g.tx[row];
    const T = g.T[row];
    let total = 0;
    let before = 0;
    for (let k = 1; k <= s.months; k++) {
      const upTo = conditionalExpectation(s.model, params, k * s.unit, x, tx, T);
      total += (upTo - before) / Math.pow(1 + s.discount, k);
      before = upTo;
    }
    out[row] = total;
  }
  return out;
}
