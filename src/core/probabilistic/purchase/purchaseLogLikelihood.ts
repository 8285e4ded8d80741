// The log-likelihood of a purchase model on a summary, for reports and comparisons.
import type { BgNbdParams, PurchaseHistory, PurchaseModel } from "../types";
import { groupHistories } from "./groupHistories";
import { groupedLogLikelihood } from "./groupedLogLikelihood";

/** Total log-likelihood over the valid rows (the figure the fit maximises and reports). */
export function purchaseLogLikelihood(
  history: PurchaseHistory,
  params: BgNbdParams,
  model: PurchaseModel = "bgnbd"
): number {
  return groupedLogLikelihood(model, groupHistories(history), params, null);
}
