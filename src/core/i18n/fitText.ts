// What a reader of the probabilistic CLV must be told, in the display language: the model's
// name, the unit of the fit, the run's warnings about it (fit failed, q <= 1, frequency and spend
// correlated, calibration outside the data...) and the fits' own reasons. The summary sheet and
// the pane show the same words.
import type { PurchaseModel, TimeUnit } from "../probabilistic/types";
import type { SegmentResult } from "../result";
import type { Language, WarningCode } from "../types";
import { formatMessage, label } from "./index";

export const PURCHASE_MODEL_NAMES: Readonly<Record<PurchaseModel, string>> = {
  bgnbd: "BG/NBD",
  mbgnbd: "MBG/NBD",
};

export const unitName = (unit: TimeUnit, language: Language): string =>
  label(`timeUnit.${unit}`, language);

const PROBABILISTIC_WARNINGS: ReadonlySet<WarningCode> = new Set<WarningCode>([
  "probabilisticNeedsDates",
  "probabilisticFitFailed",
  "spendModelUnusable",
  "spendCorrelated",
  "calibrationOutside",
  "calibrationNeedsDates",
]);

export function probabilisticWarnings(result: SegmentResult, language: Language): string[] {
  const texts = result.warnings
    .filter((w) => PROBABILISTIC_WARNINGS.has(w.code))
    .map((w) => formatMessage(`warning.${w.code}`, w.params, language));
  const p = result.probabilistic;
  // The run's warning says that a fit failed; the fit's message says why (no customers, a bound).
  const reasons = [p?.fit.message, p?.calibration?.fit.message, p?.spend?.message]
    .filter((m): m is NonNullable<typeof m> => typeof m === "string")
    .map((m) => label(m, language));
  return [...new Set([...texts, ...reasons])];
}
