// The model comparison's rows (method.md section 4), one per purchase model, with the figures
// every face shows: `tiering clv`'s table and JSON, the summary sheet's block and the pane. Built
// once here so the faces cannot drift apart on what a failed fit or a missing holdout shows.
import type { PurchaseModel } from "../types";
import { holdoutMae, type ModelChoice } from "./modelChoice";

export interface ComparisonRow {
  model: PurchaseModel;
  /** The model the run uses. */
  picked: boolean;
  converged: boolean;
  parameters: number;
  customers: number;
  /** Null for a failed fit, as are AIC and BIC. */
  logLikelihood: number | null;
  aic: number | null;
  bic: number | null;
  /** Overall MAE of holdout repeat purchases and of holdout spend; null without a holdout. */
  holdoutMae: number | null;
  holdoutSpendMae: number | null;
}

const finite = (x: number | null | undefined): number | null =>
  x !== null && x !== undefined && Number.isFinite(x) ? x : null;

export function modelComparisonRows(choice: ModelChoice): ComparisonRow[] {
  return choice.scores.map((s) => {
    const overall = s.accuracy?.find((row) => row.dimension === "overall");
    return {
      model: s.model,
      picked: s.model === choice.picked,
      converged: s.fit.converged,
      parameters: s.parameters,
      customers: s.fit.customers,
      logLikelihood: s.fit.converged ? finite(s.fit.logLikelihood) : null,
      aic: finite(s.aic),
      bic: finite(s.bic),
      holdoutMae: finite(holdoutMae(s)),
      holdoutSpendMae: finite(overall?.spend?.mae),
    };
  });
}
