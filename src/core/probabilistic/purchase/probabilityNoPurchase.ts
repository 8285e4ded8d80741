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

/** Per customer, in [0, 1]; NaN for invalid rows and for t < 0 or t infinite. */
export function probabilityNoPurchase(
  t: number,
  history: PurchaseHistory,
  params: PurchaseParams,
  model: PurchaseModel = "bgnbd"
): Float64Array {
  const { frequency, recency, T } = history;
  const alive = probabilityAlive(history, params, model);
  if (!(t >= 0) || t === Infinity) return alive.map(() => NaN);
  if (model === "pnbd") {
    const p = paretoParams(params);
    return alive.map((a, i) => 1 - a * paretoPurchaseWithin(p, t, frequency[i], T[i]));
  }
  const { r, alpha } = bgNbdParams(params);
  return alive.map((a, i) => {
    // 1 - ((alpha + T) / (alpha + T + t))^(r + x), without cancellation for small t.
    const within = -Math.expm1(-(r + frequency[i]) * Math.log1p(t / (alpha + T[i])));
    return 1 - a * within;
  });
}
