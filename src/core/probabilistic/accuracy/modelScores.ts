// Every purchase model fitted to the same customers, with what is needed to compare them: the
// log-likelihood, the number of parameters, AIC and BIC, and (with a holdout) the holdout accuracy.
import { PURCHASE_MODELS } from "../../vocabulary";
import { fitPurchaseModel } from "../purchase/fitPurchaseModel";
import type { GroupedHistories } from "../purchase/groupHistories";
import { parameterNames } from "../purchase/paramsOf";
import type { PurchaseFitReport, PurchaseHistory, PurchaseModel } from "../types";
import type { AccuracyRow } from "./holdoutAccuracy";
import { informationCriteria } from "./informationCriteria";

export interface ModelScore {
  model: PurchaseModel;
  fit: PurchaseFitReport;
  parameters: number;
  /** NaN when the fit failed: a model that did not fit has no score and is never picked. */
  aic: number;
  bic: number;
  /** The holdout accuracy of this model's calibration fit; null without a holdout or a fit. */
  accuracy: AccuracyRow[] | null;
}

/** The scores of one fit (its accuracy added by the caller when there is a holdout). */
export function modelScore(fit: PurchaseFitReport): ModelScore {
  const parameters = parameterNames(fit.model).length;
  const ic = fit.converged
    ? informationCriteria(fit.logLikelihood, parameters, fit.customers)
    : { aic: NaN, bic: NaN };
  return { model: fit.model, fit, parameters, ...ic, accuracy: null };
}

/** Fits the models (default BG/NBD, MBG/NBD and Pareto/NBD) to one history. */
export function scoreModels(
  history: PurchaseHistory,
  grouped?: GroupedHistories,
  models: readonly PurchaseModel[] = PURCHASE_MODELS
): ModelScore[] {
  return models.map((model) => modelScore(fitPurchaseModel(history, { model, grouped })));
}
