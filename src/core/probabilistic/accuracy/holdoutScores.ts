// Every purchase model fitted on the calibration period and judged on the holdout period: each
// customer's predicted holdout purchases and revenue against what they did (method.md section 4).
import { clvTiers } from "../../clv/clvTiers";
import type { CalibrationSplit } from "../calibration/splitCalibration";
import { probabilisticClv } from "../clv/probabilisticClv";
import { conditionalExpectedPurchases } from "../purchase/conditionalExpectedPurchases";
import { groupHistories, type GroupedHistories } from "../purchase/groupHistories";
import { probabilityAlive } from "../purchase/probabilityAlive";
import { conditionalExpectedSpend } from "../spend/conditionalExpectedSpend";
import { fitGammaGamma } from "../spend/fitGammaGamma";
import type { GammaGammaParams, PurchaseFitReport, PurchaseModel } from "../types";
import { holdoutAccuracy } from "./holdoutAccuracy";
import { scoreModels, type ModelScore } from "./modelScores";

export interface HoldoutScoreOptions {
  /** Per calibration row: the revenue of the holdout period. */
  holdoutSpend: Float64Array;
  /** False without amounts: no spend accuracy, no CLV tiers. */
  hasMonetary: boolean;
  /** The CLV the tiers are cut by: the run's horizon and discount. */
  horizonMonths: number;
  monthlyDiscount: number;
  /** The models to fit and judge (default all three). */
  models?: readonly PurchaseModel[];
}

function accuracyOf(
  split: CalibrationSplit,
  fit: PurchaseFitReport,
  spend: { params: GammaGammaParams; perPurchase: Float64Array } | null,
  o: HoldoutScoreOptions,
  grouped: GroupedHistories
) {
  const s = split.calibration.summary;
  const predicted = conditionalExpectedPurchases(
    split.holdoutLength,
    s,
    fit.params,
    fit.model,
    grouped
  );
  const clv =
    spend === null
      ? null
      : probabilisticClv(s, fit.params, spend.params, {
          model: fit.model,
          horizonMonths: o.horizonMonths,
          monthlyDiscount: o.monthlyDiscount,
          grouped,
          spendPerPurchase: spend.perPurchase,
        });
  return holdoutAccuracy({
    frequency: s.frequency,
    pAlive: probabilityAlive(s, fit.params, fit.model),
    clvTier: clv === null ? null : clvTiers(clv),
    actualPurchases: split.holdoutPurchases,
    predictedPurchases: predicted,
    actualSpend: o.holdoutSpend,
    predictedSpend: spend === null ? null : predicted.map((x, i) => x * spend.perPurchase[i]),
  });
}

/**
 * BG/NBD, MBG/NBD and Pareto/NBD on the calibration summary; Gamma-Gamma once (it does not depend
 * on the purchase model). Predicted holdout revenue = expected holdout purchases x expected spend
 * per purchase; only converged fits are judged.
 */
export function holdoutScores(split: CalibrationSplit, o: HoldoutScoreOptions): ModelScore[] {
  const s = split.calibration.summary;
  const gg = o.hasMonetary ? fitGammaGamma({ frequency: s.frequency, monetary: s.monetary }) : null;
  const spend =
    gg !== null && gg.converged && gg.spendDefined
      ? {
          params: gg.params,
          perPurchase: conditionalExpectedSpend(s.frequency, s.monetary, gg.params),
        }
      : null;
  // One grouping of the calibration histories for every model's fit and its accuracy.
  const grouped = groupHistories(s);
  return scoreModels(s, grouped, o.models).map((score) =>
    score.fit.converged
      ? { ...score, accuracy: accuracyOf(split, score.fit, spend, o, grouped) }
      : score
  );
}
