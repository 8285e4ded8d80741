// `tiering segment --clv-model probabilistic --json`: which CLV the customers' `clv` holds and
// the fits behind it, in the words and keys of `tiering clv --json` (clvJson.ts), so a reader of
// either finds the same fields. Only in runs that asked for it: the contract grows, never changes.
import type { ClvModel, Language, SegmentResult } from "../core";
import { jsonProbabilisticFit, type JsonProbabilisticFit } from "./clvJson";

export interface JsonClvModel {
  /**
   * The CLV the customers' `clv` and CLV tiers hold: "probabilistic", or "simple" when the
   * probabilistic one could not be used (`warnings` say why: a fit failed, no dates, ...).
   */
  clvModel: ClvModel;
  /** The fits; null when the models were not run (a summarised table, no dates). */
  probabilistic: JsonProbabilisticFit | null;
}

/** The CLV model's fields of the report when the probabilistic CLV was asked for, else none. */
export function jsonClvModel(result: SegmentResult, language: Language): Partial<JsonClvModel> {
  if (result.options.clv.model !== "probabilistic") return {};
  const p = result.probabilistic;
  return {
    clvModel: result.clvModel,
    probabilistic: p === null ? null : jsonProbabilisticFit(p, language),
  };
}
