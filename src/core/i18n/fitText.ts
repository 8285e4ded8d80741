// What a reader of the probabilistic CLV must be told, in the display language: the model's
// name, the unit of the fit, the run's warnings about it (fit failed, q <= 1, frequency and spend
// correlated, calibration outside the data...) and the fits' own reasons. The summary sheet and
// the pane show the same words.
import type { PurchaseModel, TimeUnit } from "../probabilistic/types";
import { parameterNames } from "../probabilistic/purchase/paramsOf";
import type { ProbabilisticResult, SegmentResult } from "../result";
import type { Language, WarningCode } from "../types";
import { formatMessage, label } from "./index";

export const PURCHASE_MODEL_NAMES: Readonly<Record<PurchaseModel, string>> = {
  bgnbd: "BG/NBD",
  mbgnbd: "MBG/NBD",
  pnbd: "Pareto/NBD",
};

export const unitName = (unit: TimeUnit, language: Language): string =>
  label(`timeUnit.${unit}`, language);

/** A purchase parameter's label: alpha and beta are times, so their unit goes beside them. */
export function parameterLabel(name: string, unit: string, language: Language): string {
  return name === "alpha" || name === "beta"
    ? formatMessage(`fitItem.${name}`, { unit }, language)
    : name;
}

export interface ParameterRow {
  name: string;
  label: string;
  value: number;
  standardError: number;
  lower95: number;
  upper95: number;
}

/** The purchase fit's parameters in the model's order, with labels, standard errors, intervals. */
export function purchaseParameterRows(p: ProbabilisticResult, language: Language): ParameterRow[] {
  const unit = unitName(p.unit, language);
  const of = (params: object, name: string): number =>
    (params as Record<string, number>)[name] ?? NaN;
  return parameterNames(p.model).map((name) => ({
    name,
    label: parameterLabel(name, unit, language),
    value: of(p.fit.params, name),
    standardError: of(p.fit.standardErrors, name),
    lower95: of(p.fit.lower95, name),
    upper95: of(p.fit.upper95, name),
  }));
}

const PROBABILISTIC_WARNINGS: ReadonlySet<WarningCode> = new Set<WarningCode>([
  "probabilisticNeedsDates",
  "probabilisticFitFailed",
  "probabilisticNotIdentified",
  "spendModelUnusable",
  "spendCorrelated",
  "clvIntervalsNoCovariance",
  "clvIntervalsSpendDraws",
  "clvGroupIntervalsLeftOut",
  "calibrationOutside",
  "calibrationNeedsDates",
  "clvGroupsNeedTransactions",
  "clvGroupNoColumn",
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
