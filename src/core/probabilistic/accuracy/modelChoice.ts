// The "auto" purchase model (method.md section 4): with a holdout, the model whose calibration
// fit predicted each customer's holdout repeat purchases with the smallest mean absolute error;
// without one, the smallest BIC. A model whose fit failed is never picked.
import type { PurchaseModelSetting } from "../../vocabulary";
import type { PurchaseModel } from "../types";
import type { ModelScore } from "./modelScores";

/**
 * "setting": the user named the model; "holdoutMae": lowest MAE of holdout repeat purchases;
 * "bic": lowest BIC; "noneFitted": no model could be fitted (the run reports the failed fit).
 */
export type ChoiceBasis = "setting" | "holdoutMae" | "bic" | "noneFitted";

export interface ModelChoice {
  setting: PurchaseModelSetting;
  picked: PurchaseModel;
  by: ChoiceBasis;
  /** Where the scores come from: the calibration period (with a holdout) or all the data. */
  period: "calibration" | "full";
  /** One per model, in PURCHASE_MODELS order. */
  scores: ModelScore[];
}

/** The overall MAE of holdout repeat purchases, NaN when the model has no accuracy. */
export function holdoutMae(score: ModelScore): number {
  const overall = score.accuracy?.find((row) => row.dimension === "overall");
  return overall?.purchases.mae ?? NaN;
}

/** The score the choice compares: holdout MAE or BIC (NaN for a failed fit). */
export function choiceScore(score: ModelScore, by: ChoiceBasis, period: ModelChoice["period"]) {
  if (by === "holdoutMae" || (by !== "bic" && period === "calibration")) return holdoutMae(score);
  return score.bic;
}

/** Ties go to the earlier model (BG/NBD, then MBG/NBD, then Pareto/NBD). */
export function chooseModel(
  setting: PurchaseModelSetting,
  scores: ModelScore[],
  period: ModelChoice["period"]
): ModelChoice {
  if (setting !== "auto") return { setting, picked: setting, by: "setting", period, scores };
  const by = period === "calibration" ? "holdoutMae" : "bic";
  let best: ModelScore | null = null;
  for (const s of scores) {
    const value = choiceScore(s, by, period);
    if (!s.fit.converged || !Number.isFinite(value)) continue;
    if (best === null || value < choiceScore(best, by, period)) best = s;
  }
  if (best === null) return { setting, picked: "bgnbd", by: "noneFitted", period, scores };
  return { setting, picked: best.model, by, period, scores };
}
