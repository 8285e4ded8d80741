// The log-likelihood of a purchase model on a summary, for reports and comparisons.
import { paretoLogLikelihood } from "../pareto/paretoLogLikelihood";
import type { PurchaseHistory, PurchaseModel, PurchaseParams } from "../types";
import { groupHistories } from "./groupHistories";
import { groupedLogLikelihood } from "./groupedLogLikelihood";
import { bgNbdParams, paretoParams } from "./paramsOf";

/** Total log-likelihood over the valid rows (the figure the fit maximises and reports). */
export function purchaseLogLikelihood(
  history: PurchaseHistory,
  params: PurchaseParams,
  model: PurchaseModel = "bgnbd"
): number {
  const g = groupHistories(history);
  return model === "pnbd"
    ? paretoLogLikelihood(g, paretoParams(params), null)
    : groupedLogLikelihood(model, g, bgNbdParams(params), null);
}
