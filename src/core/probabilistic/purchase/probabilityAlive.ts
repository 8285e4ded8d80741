// P(alive | x, t_x, T): the probability that a customer has not dropped out by T.
import type { BgNbdParams, PurchaseHistory, PurchaseModel } from "../types";
import { isValidHistory } from "./isValidHistory";
import { logOddsDropped } from "./logOddsDropped";

/**
 * 1 / (1 + odds of having dropped out) per customer; 1 for BG/NBD customers without a repeat
 * purchase (the model's known weakness: MBG/NBD gives them less than 1). NaN for invalid rows.
 */
export function probabilityAlive(
  history: PurchaseHistory,
  params: BgNbdParams,
  model: PurchaseModel = "bgnbd"
): Float64Array {
  const { frequency, recency, T } = history;
  return frequency.map((x, i) =>
    isValidHistory(x, recency[i], T[i])
      ? 1 / (1 + Math.exp(logOddsDropped(model, params, x, recency[i], T[i])))
      : NaN
  );
}
