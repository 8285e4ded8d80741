// What a reader of the probabilistic CLV must be told, in the display language: the run's
// warnings about it (fit failed, q <= 1, frequency and spend correlated, calibration outside the
// data...) and the fits' own reasons. The summary sheet and the pane show the same list.
import { formatMessage, label } from "../../core/i18n";
import type { SegmentResult } from "../../core/result";
import type { Language, WarningCode } from "../../core/types";

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
