// `tiering clv`'s text for the model comparison (with the "auto" model's reason), the holdout
// accuracy of every model and the monthly projection, headed by the words the summary sheet uses.
import {
  accuracyHeader,
  accuracyDimensionLabel,
  accuracyGroupLabel,
  type ErrorStats,
  formatMessage,
  label,
  type Language,
  type MessageKey,
  modelChoiceText,
  type ModelChoice,
  modelComparisonRows,
  type ProbabilisticResult,
  projectionTotals,
  PURCHASE_MODEL_NAMES,
} from "../core";
import { fixedDigits, numberFormats, WHOLE } from "./numberFormats";
import { plainTable } from "./printSummary";

const NONE = "–";
const FORMATS = {
  count: WHOLE,
  two: fixedDigits(2),
  three: fixedDigits(3),
};

function formats(language: Language) {
  const f = numberFormats(language, FORMATS);
  const show = (x: number | null | undefined, format: Intl.NumberFormat): string =>
    x === null || x === undefined || !Number.isFinite(x) ? NONE : format.format(x);
  return { f, show };
}

/** The comparison table and the sentence that says which model the run uses and why. */
export function modelChoiceSection(choice: ModelChoice | null, language: Language): string[] {
  if (choice === null) return [];
  const { f, show } = formats(language);
  const t = (key: MessageKey) => label(key, language);
  const table = plainTable(
    [
      t("col.model"),
      t("col.parameters"),
      t("col.customers"),
      t("col.logLikelihood"),
      t("col.aic"),
      t("col.bic"),
      t("col.holdoutMae"),
      t("col.picked"),
    ],
    1
  );
  for (const r of modelComparisonRows(choice)) {
    table.push([
      PURCHASE_MODEL_NAMES[r.model],
      f.count.format(r.parameters),
      f.count.format(r.customers),
      show(r.logLikelihood, f.two),
      show(r.aic, f.two),
      show(r.bic, f.two),
      show(r.holdoutMae, f.three),
      r.picked ? "✓" : "",
    ]);
  }
  const period = label(`fitPeriod.${choice.period}`, language);
  return [
    "",
    formatMessage("modelComparison.title", { period }, language),
    table.toString(),
    modelChoiceText(choice, language) ?? "",
  ];
}

/** Every model's holdout accuracy, one table with the model in its first column. */
export function accuracySection(choice: ModelChoice | null, language: Language): string[] {
  if (choice === null || choice.period !== "calibration") return [];
  const { f, show } = formats(language);
  const t = (key: MessageKey) => label(key, language);
  const table = plainTable(accuracyHeader(language), 3);
  const stats = (s: ErrorStats | null, format: Intl.NumberFormat) =>
    s === null
      ? [NONE, NONE, NONE]
      : [show(s.mae, format), show(s.rmse, format), show(s.bias, format)];
  for (const s of choice.scores) {
    const name = PURCHASE_MODEL_NAMES[s.model];
    if (s.accuracy === null) {
      table.push([
        name,
        formatMessage("modelChoice.notFitted", { model: name }, language),
        "",
        "",
        ...stats(null, f.two),
        ...stats(null, f.two),
      ]);
      continue;
    }
    for (const row of s.accuracy) {
      table.push([
        name,
        accuracyDimensionLabel(row, language),
        accuracyGroupLabel(row, language),
        f.count.format(row.purchases.customers),
        ...stats(row.purchases, f.three),
        ...stats(row.spend, f.two),
      ]);
    }
  }
  return ["", t("block.accuracy"), table.toString()];
}

/** Month by month: orders and revenue in total, the discounted value per tier and in total. */
export function projectionSection(p: ProbabilisticResult, language: Language): string[] {
  if (p.projection === null) return [];
  const { f } = formats(language);
  const t = (key: MessageKey) => label(key, language);
  const total = label("projection.total", language);
  const tier = (k: "high" | "mid" | "low") => label(`clvTier.${k}`, language);
  const table = plainTable(
    [
      t("col.month"),
      formatMessage("col.projectionOrders", { tier: total }, language),
      formatMessage("col.projectionRevenue", { tier: total }, language),
      ...(["high", "mid", "low"] as const).map((k) =>
        formatMessage("col.projectionValue", { tier: tier(k) }, language)
      ),
      formatMessage("col.projectionValue", { tier: total }, language),
    ],
    1
  );
  const row = (name: string, m: Omit<(typeof p.projection)[number], "month">) => [
    name,
    f.two.format(m.orders.total),
    f.two.format(m.revenue.total),
    f.two.format(m.value.high),
    f.two.format(m.value.mid),
    f.two.format(m.value.low),
    f.two.format(m.value.total),
  ];
  for (const m of p.projection) table.push(row(String(m.month), m));
  table.push(row(total, projectionTotals(p.projection)));
  return ["", t("block.projection"), table.toString()];
}
