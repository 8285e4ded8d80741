// P(alive | x, t_x, T): the probability that a customer has not dropped out by T.
import { paretoPAlive } from "../pareto/paretoExpectations";
import type { PurchaseHistory, PurchaseModel, PurchaseParams } from "../types";
import { bgNbdParams, paretoParams } from "./paramsOf";
import { isValidHistory } from "./isValidHistory";
import { logOddsDropped } from "./logOddsDropped";

/**
 * 1 / (1 + odds of having dropped out) per customer; 1 for BG/NBD customers without a repeat
 * purchase (the model's known weakness: MBG/NBD gives them less than 1). NaN for invalid rows.
 */
export function probabilityAlive(
  history: PurchaseHistory,
  params: PurchaseParams,
  model: PurchaseModel = "bgnbd"
): Float64Array {
  const { frequency, recency, T } = history;
  if (model === "pnbd") {
    const p = paretoParams(params);
    return frequency.map((x, i) => paretoPAlive(p, x, recency[i], T[i]));
  }
  const bg = bgNbdParams(params);
  return frequency.map((x, i) =>
    isValidHistory(x, recency[i], T[i])
      ? 1 / (1 + Math.exp(logOddsDropped(model, bg, x, recency[i], T[i])))
      : NaN
  );
}
