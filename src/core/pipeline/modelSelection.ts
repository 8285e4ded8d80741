// Which purchase model a probabilistic run uses, and the scores of every model (method.md
// section 4): with a calibration end, each model is fitted on the calibration period and judged on
// the holdout; "auto" then picks by holdout error, and without a holdout by BIC on all the data.
import { isoToDay } from "../cells/dayNumber";
import type { SegmentOptions } from "../options";
import { splitPurchases, type CalibrationSplit } from "../probabilistic/calibration";
import { holdoutScores } from "../probabilistic/accuracy/holdoutScores";
import { chooseModel, type ModelChoice } from "../probabilistic/accuracy/modelChoice";
import { scoreModels } from "../probabilistic/accuracy/modelScores";
import type { GroupedHistories } from "../probabilistic/purchase/groupHistories";
import type { PurchaseSource } from "../probabilistic/summary/purchaseSource";
import type { PurchaseHistory } from "../probabilistic/types";

export interface HoldoutWindow {
  calibrationEndDay: number;
  holdoutEndDay: number;
}

/** The calibration end as a day, or null (none asked for, or outside the data: the caller warns). */
export function holdoutWindow(
  t: Pick<PurchaseSource, "minDay">,
  o: SegmentOptions,
  endDay: number
): HoldoutWindow | null {
  const end = o.clv.probabilistic.calibrationEnd;
  if (end === null) return null;
  const day = isoToDay(end);
  // The calibration period needs purchases and the holdout period needs days.
  return day < t.minDay || day >= endDay ? null : { calibrationEndDay: day, holdoutEndDay: endDay };
}

export interface HoldoutSelection {
  choice: ModelChoice;
  split: CalibrationSplit;
}

/** The run's model (every model for "auto") fitted on the calibration period and judged on the holdout. */
export function selectOnHoldout(
  purchases: PurchaseSource,
  o: SegmentOptions,
  w: HoldoutWindow
): HoldoutSelection {
  const p = o.clv.probabilistic;
  const split = splitPurchases(purchases, { ...w, unit: p.unit });
  const scores = holdoutScores(split, {
    holdoutSpend: split.holdoutSpend,
    hasMonetary: true,
    horizonMonths: p.horizonMonths,
    monthlyDiscount: p.monthlyDiscount,
    // A named model is judged alone: fitting the others would only cost time.
    models: p.purchaseModel === "auto" ? undefined : [p.purchaseModel],
  });
  return { choice: chooseModel(p.purchaseModel, scores, "calibration"), split };
}

/** "auto" without a holdout: every model on all the data, the lowest BIC. Null for a named model. */
export function selectByBic(
  history: PurchaseHistory,
  o: SegmentOptions,
  grouped?: GroupedHistories
): ModelChoice | null {
  const setting = o.clv.probabilistic.purchaseModel;
  if (setting !== "auto") return null;
  return chooseModel(setting, scoreModels(history, grouped), "full");
}
