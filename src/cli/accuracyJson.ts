// `tiering clv --json`: the model comparison with the "auto" choice, the holdout accuracy of every
// model, and the monthly projection (method.md section 4). Numbers cleaned as the rest of the JSON.
import {
  type AccuracyDimension,
  type AccuracyRow,
  type ChoiceBasis,
  clean,
  type ErrorStats,
  type Language,
  modelChoiceText,
  type ModelChoice,
  modelComparisonRows,
  type ProjectionMonth,
  projectionTotals,
  type PurchaseModel,
  type PurchaseModelSetting,
  type TierFigures,
} from "../core";

export interface JsonModelScore {
  model: PurchaseModel;
  converged: boolean;
  customers: number;
  parameters: number;
  /** Null when the fit failed. */
  logLikelihood: number | null;
  aic: number | null;
  bic: number | null;
  /** Overall MAE of holdout repeat purchases per customer; null without a holdout or a fit. */
  holdoutMae: number | null;
}

export interface JsonModelChoice {
  setting: PurchaseModelSetting;
  picked: PurchaseModel;
  by: ChoiceBasis;
  /** "calibration": scores of fits on the calibration period; "full": on all the data. */
  period: ModelChoice["period"];
  /** Why, in the run's language. */
  reason: string | null;
  scores: JsonModelScore[];
}

export type JsonErrorStats = { [K in keyof ErrorStats]: number | null };

export interface JsonAccuracyRow {
  dimension: AccuracyDimension;
  group: string;
  customers: number;
  purchases: JsonErrorStats;
  /** Holdout revenue: expected purchases x expected spend per purchase vs actual; null without a spend model. */
  spend: JsonErrorStats | null;
}

export interface JsonProjection {
  months: ProjectionMonth[];
  /** Sums over the horizon: value.total equals the sum of the CLV of the customers with a tier. */
  totals: { orders: TierFigures; revenue: TierFigures; value: TierFigures };
}

const cleanOrNull = (x: number | null): number | null => (x === null ? null : clean(x));

const cleanStats = (s: ErrorStats): JsonErrorStats => ({
  customers: s.customers,
  meanActual: clean(s.meanActual),
  meanPredicted: clean(s.meanPredicted),
  mae: clean(s.mae),
  rmse: clean(s.rmse),
  bias: clean(s.bias),
});

function jsonRows(rows: AccuracyRow[]): JsonAccuracyRow[] {
  return rows.map((r) => ({
    dimension: r.dimension,
    group: r.group,
    customers: r.purchases.customers,
    purchases: cleanStats(r.purchases),
    spend: r.spend === null ? null : cleanStats(r.spend),
  }));
}

export function jsonModelChoice(
  choice: ModelChoice | null,
  language: Language
): JsonModelChoice | null {
  if (choice === null) return null;
  return {
    setting: choice.setting,
    picked: choice.picked,
    by: choice.by,
    period: choice.period,
    reason: modelChoiceText(choice, language),
    scores: modelComparisonRows(choice).map((r) => ({
      model: r.model,
      converged: r.converged,
      customers: r.customers,
      parameters: r.parameters,
      logLikelihood: cleanOrNull(r.logLikelihood),
      aic: cleanOrNull(r.aic),
      bic: cleanOrNull(r.bic),
      holdoutMae: cleanOrNull(r.holdoutMae),
    })),
  };
}

/** Per model fitted on the calibration period; null without a holdout. */
export function jsonAccuracy(
  choice: ModelChoice | null
): { model: PurchaseModel; rows: JsonAccuracyRow[] | null }[] | null {
  if (choice === null || choice.period !== "calibration") return null;
  return choice.scores.map((s) => ({
    model: s.model,
    rows: s.accuracy === null ? null : jsonRows(s.accuracy),
  }));
}

const cleanTiers = (f: TierFigures): TierFigures => ({
  high: clean(f.high) ?? 0,
  mid: clean(f.mid) ?? 0,
  low: clean(f.low) ?? 0,
  total: clean(f.total) ?? 0,
});

/** A projection's months and sums (the run's, or one group's with --group). */
export function jsonMonths(months: ProjectionMonth[] | null): JsonProjection | null {
  if (months === null) return null;
  const totals = projectionTotals(months);
  return {
    months: months.map((m) => ({
      month: m.month,
      orders: cleanTiers(m.orders),
      revenue: cleanTiers(m.revenue),
      value: cleanTiers(m.value),
    })),
    totals: {
      orders: cleanTiers(totals.orders),
      revenue: cleanTiers(totals.revenue),
      value: cleanTiers(totals.value),
    },
  };
}
