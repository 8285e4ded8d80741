// `tiering segment --clv-model probabilistic --json`: which CLV the customers' `clv` holds and
// the fits behind it, in the words and keys of `tiering clv --json` (clvJson.ts), so a reader of
// either finds the same fields. Only in runs that asked for it: the contract grows, never changes.
import type { ClvModel, Language, SegmentResult } from "../core";
import { clean } from "../core";
import {
  jsonAccuracy,
  jsonModelChoice,
  jsonMonths,
  type JsonAccuracyRow,
  type JsonModelChoice,
  type JsonProjection,
} from "./accuracyJson";
import { jsonGrouping, jsonGroups, type JsonClvGroup, type JsonClvGrouping } from "./clvGroupsJson";
import { jsonClvIntervals, type JsonClvIntervals } from "./clvIntervalJson";
import { type JsonClvReport, jsonCalibration, jsonFit, jsonSpend } from "./clvJson";

/** The probabilistic CLV's fits, as `tiering clv --json` gives them (without its customers). */
export type JsonProbabilisticFit = Pick<
  JsonClvReport,
  | "unit"
  | "model"
  | "observationEnd"
  | "horizonMonths"
  | "horizon"
  | "monthlyDiscount"
  | "noPurchaseDays"
  | "purchaseModel"
  | "spendModel"
  | "calibration"
> & {
  clvIntervals: JsonClvIntervals | null;
  modelChoice: JsonModelChoice | null;
  accuracy: { model: string; rows: JsonAccuracyRow[] | null }[] | null;
  projection: JsonProjection | null;
  groups: JsonClvGroup[] | null;
  grouping: JsonClvGrouping | null;
};

export interface JsonClvModel {
  /**
   * The CLV the customers' `clv` and CLV tiers hold: "probabilistic", or "simple" when the
   * probabilistic one could not be used (`warnings` say why: a fit failed, no dates, ...).
   */
  clvModel: ClvModel;
  /** The fits; null when the models were not run (a summarised table, no dates). */
  probabilistic: JsonProbabilisticFit | null;
}

export function jsonProbabilisticFit(
  result: SegmentResult,
  language: Language
): JsonProbabilisticFit | null {
  const p = result.probabilistic;
  if (p === null) return null;
  return {
    unit: p.unit,
    model: p.model,
    observationEnd: p.observationEnd,
    horizonMonths: p.horizonMonths,
    horizon: clean(p.horizon),
    monthlyDiscount: p.monthlyDiscount,
    noPurchaseDays: p.noPurchaseDays,
    purchaseModel: jsonFit(p.fit, language),
    spendModel: jsonSpend(p.spend, language),
    clvIntervals: jsonClvIntervals(p.intervals, language),
    calibration: jsonCalibration(p.calibration, language),
    modelChoice: jsonModelChoice(p.modelChoice, language),
    accuracy: jsonAccuracy(p.modelChoice),
    projection: jsonMonths(p.projection),
    groups: jsonGroups(p.groups, language),
    grouping: jsonGrouping(p.groups),
  };
}

/** The CLV model's fields of the report when the probabilistic CLV was asked for, else none. */
export function jsonClvModel(result: SegmentResult, language: Language): Partial<JsonClvModel> {
  if (result.options.clv.model !== "probabilistic") return {};
  return { clvModel: result.clvModel, probabilistic: jsonProbabilisticFit(result, language) };
}
