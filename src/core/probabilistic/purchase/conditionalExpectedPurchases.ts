// Expected repeat purchases in the next t units for each customer, given their history.
import type { PurchaseHistory, PurchaseModel, PurchaseParams } from "../types";
import { conditionalExpectation } from "./conditionalExpectation";
import { groupHistories, type GroupedHistories } from "./groupHistories";
import { interpolateNearAOne } from "./interpolateNearAOne";

/**
 * E[Y(t) | frequency, recency, T] per customer; t in the summary's unit, one number for everyone
 * or one per customer. NaN for invalid rows and t < 0. With one t, customers who share a history
 * share the computation (the 2F1 dominates the cost).
 */
export function conditionalExpectedPurchases(
  t: number | Float64Array,
  history: PurchaseHistory,
  params: PurchaseParams,
  model: PurchaseModel = "bgnbd",
  /** groupHistories() of this same history, when the caller already has it. */
  grouped?: GroupedHistories
): Float64Array {
  const { frequency, recency, T } = history;
  if (typeof t !== "number") {
    if (t.length !== frequency.length) throw new RangeError("t must have one value per customer");
    return interpolateNearAOne(params, (p) =>
      frequency.map((x, i) => conditionalExpectation(model, p, t[i], x, recency[i], T[i]))
    );
  }
  const g = grouped ?? groupHistories(history);
  return interpolateNearAOne(params, (p) => {
    const perRow = g.x.map((x, row) => conditionalExpectation(model, p, t, x, g.tx[row], g.T[row]));
    return Float64Array.from(g.rowOf, (row) => (row < 0 ? NaN : perRow[row]));
  });
}
