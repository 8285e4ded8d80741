// The words of the holdout accuracy, the model comparison and the monthly projection, so that the
// summary sheet, the pane and the CLI say the same: the "auto" model's reason, group labels, headers.
import { choiceScore, type ModelChoice } from "../probabilistic/accuracy/modelChoice";
import type { AccuracyRow } from "../probabilistic/accuracy/holdoutAccuracy";
import type { Language } from "../types";
import { PURCHASE_MODEL_NAMES } from "./fitText";
import { formatMessage, label } from "./index";

/** The score a choice compares, as text: 3 significant digits for MAE, whole for BIC. */
function scoreText(value: number, by: "holdoutMae" | "bic", language: Language): string {
  const digits =
    by === "bic"
      ? { minimumFractionDigits: 1, maximumFractionDigits: 1 }
      : { maximumSignificantDigits: 3 };
  return new Intl.NumberFormat(language, { ...digits, useGrouping: false }).format(value);
}

/**
 * Why the run uses its purchase model, with every model's score ("BG/NBD 0.785, MBG/NBD 0.765,
 * Pareto/NBD 0.755", a model that failed "did not fit"). Null when nothing was compared.
 */
export function modelChoiceText(choice: ModelChoice | null, language: Language): string | null {
  if (choice === null) return null;
  const by = choice.period === "calibration" ? "holdoutMae" : "bic";
  const scores = choice.scores
    .map((s) => {
      const model = PURCHASE_MODEL_NAMES[s.model];
      const value = choiceScore(s, by, choice.period);
      return s.fit.converged && Number.isFinite(value)
        ? `${model} ${scoreText(value, by, language)}`
        : formatMessage("modelChoice.notFitted", { model }, language);
    })
    .join(language === "zh-CN" ? "，" : ", ");
  const picked = PURCHASE_MODEL_NAMES[choice.picked];
  return formatMessage(`modelChoice.${choice.by}`, { picked, scores }, language);
}

export const accuracyDimensionLabel = (row: AccuracyRow, language: Language): string =>
  label(`accuracy.dimension.${row.dimension}`, language);

/** "all", "0" .. "7+", "high CLV", "0–10%". */
export function accuracyGroupLabel(row: AccuracyRow, language: Language): string {
  if (row.dimension === "overall") return label("accuracy.group.all", language);
  if (row.dimension === "clvTier")
    return label(`clvTier.${row.group as "high" | "mid" | "low"}`, language);
  return row.group.replace("-", "–");
}

/** The holdout accuracy table's columns, by stable name: the sheet's and the CLI's, in order. */
export const ACCURACY_COLUMNS = [
  "model",
  "grouping",
  "group",
  "customers",
  "maePurchases",
  "rmsePurchases",
  "biasPurchases",
  "maeSpend",
  "rmseSpend",
  "biasSpend",
] as const;

/** The accuracy table's header in `language`. */
export function accuracyHeader(language: Language): string[] {
  return ACCURACY_COLUMNS.map((name) => label(`col.${name}`, language));
}
