// P(no purchase in the next t units | x, t_x, T): the churn measure users of lifetimes and
// PyMC-Marketing ask for (lifetimes #213, #379; PyMC-Marketing #1093). A customer makes no purchase
// in (T, T + t] if they have dropped out by T, or are alive and the next purchase comes later:
//   P0 = 1 - P(alive) * W(t),  W(t) = P(a purchase in (T, T + t] | alive at T).
// Given alive at T the purchase rate's posterior is Gamma(r + x, alpha + T) in every model.
// BG/NBD and MBG/NBD drop customers only right after a purchase, so W is the Poisson process's
// chance of an event: 1 - ((alpha + T) / (alpha + T + t))^(r + x). Pareto/NBD customers can also
// drop out first; see paretoPurchaseWithin.
import { paretoPurchaseWithin } from "../pareto/paretoExpectations";
import type { PurchaseHistory, PurchaseModel, PurchaseParams } from "../types";
import { bgNbdParams, paretoParams } from "./paramsOf";
import { probabilityAlive } from "./probabilityAlive";

/**
 * Per customer, in [0, 1]; t one span for everyone or one per customer. NaN for invalid rows and
 * where t < 0 or t is infinite. alive: probabilityAlive() of the same history, parameters and
 * model, when the caller has it already (Pareto/NBD's costs two 2F1 series per customer).
 */
export function probabilityNoPurchase(
  t: number | Float64Array,
  history: PurchaseHistory,
  params: PurchaseParams,
  model: PurchaseModel = "bgnbd",
  alive: Float64Array = probabilityAlive(history, params, model)
): Float64Array {
  const { frequency, T } = history;
  if (typeof t !== "number" && t.length !== frequency.length)
    throw new RangeError("t must have one value per customer");
  const span = typeof t === "number" ? () => t : (i: number) => t[i];
  const within = purchaseWithin(params, model);
  return alive.map((a, i) => {
    const ti = span(i);
    return ti >= 0 && ti !== Infinity ? 1 - a * within(ti, frequency[i], T[i]) : NaN;
  });
}

/** P(a purchase in (T, T + t] | alive at T) of the model. */
function purchaseWithin(
  params: PurchaseParams,
  model: PurchaseModel
): (t: number, x: number, T: number) => number {
  if (model === "pnbd") {
    const p = paretoParams(params);
    return (t, x, T) => paretoPurchaseWithin(p, t, x, T);
  }
  const { r, alpha } = bgNbdParams(params);
  // 1 - ((alpha + T) / (alpha + T + t))^(r + x), without cancellation for small t.
  return (t, x, T) => -Math.expm1(-(r + x) * Math.log1p(t / (alpha + T)));
}
