// `tiering clv --json`: the fits, every customer's figures and the calibration check, with the
// time unit stated once at the top and in every block that has times.
import {
  type CalibrationReport,
  clean,
  CLV_TIERS,
  type ClvAnalysis,
  type FitReport,
  formatMessage,
  type GammaGammaFitReport,
  type HoldoutGroup,
  type Language,
  type PurchaseFitReport,
  type ProbabilisticResult,
  type PurchaseParams,
  type RowCounts,
  type TimeUnit,
} from "../core";
import {
  jsonAccuracy,
  jsonModelChoice,
  jsonMonths,
  type JsonAccuracyRow,
  type JsonModelChoice,
  type JsonProjection,
} from "./accuracyJson";
import { jsonRejected, type JsonRejected } from "./rejectedJson";
import {
  jsonClvIntervals,
  jsonCustomerInterval,
  type JsonClvIntervals,
  type JsonCustomerInterval,
} from "./clvIntervalJson";
import type { TextSink } from "./io";
import { ListedItems, writeJsonLine } from "./streamedJson";
import { jsonGrouping, jsonGroups, type JsonClvGroup, type JsonClvGrouping } from "./clvGroupsJson";

export interface JsonFit<P> {
  params: P;
  /** From the observed information, keyed like params; null where not available. */
  standardErrors: P;
  /** The 95% interval exp(ln p +- 1.96 se(ln p)) of each parameter. */
  lower95: P;
  upper95: P;
  logLikelihood: number | null;
  iterations: number;
  converged: boolean;
  /** Why the fit failed or what to watch, in the run's language; null when all is well. */
  message: string | null;
  customers: number;
}

export interface JsonClvCustomer {
  customer: string;
  /** The lifetimes summary, times in the unit; null for a customer the models did not see. */
  frequency: number | null;
  recency: number | null;
  T: number | null;
  monetary: number | null;
  pAlive: number | null;
  /** P(no purchase in the next noPurchaseDays days). */
  pNoPurchase: number | null;
  /** Over the horizon. */
  expectedPurchases: number | null;
  expectedSpend: number | null;
  clv: number | null;
  /** "high" | "mid" | "low" by this CLV (as the segment run's CLV tier); null without one. */
  clvTier: string | null;
}

/** A customer with the CLV intervals' fields (null throughout when there are none). */
export type JsonClvCustomerWithInterval = JsonClvCustomer & JsonCustomerInterval;

export interface JsonCalibration {
  calibrationEnd: string;
  holdoutEnd: string;
  unit: TimeUnit;
  holdoutLength: number | null;
  purchaseModel: JsonFit<PurchaseParams>;
  customers: number;
  groups: HoldoutGroup[];
  totalActual: number;
  totalPredicted: number | null;
}

export interface JsonClvReport {
  source: ClvAnalysis["source"];
  unit: TimeUnit;
  model: PurchaseFitReport["model"];
  observationEnd: string | null;
  horizonMonths: number;
  /** The horizon in the unit. */
  horizon: number | null;
  monthlyDiscount: number;
  /** N of every customer's pNoPurchase. */
  noPurchaseDays: number;
  clvKind: ClvAnalysis["clvKind"];
  purchaseModel: JsonFit<PurchaseParams>;
  spendModel:
    | (JsonFit<GammaGammaFitReport["params"]> & {
        frequencyMonetaryCorrelation: number | null;
        spendDefined: boolean;
      })
    | null;
  customers: JsonClvCustomerWithInterval[];
  /** Per CLV tier: the total CLV and its P10/P50/P90 over the parameter draws; null without. */
  clvIntervals: JsonClvIntervals | null;
  calibration: JsonCalibration | null;
  /** Every model's scores and the one used (with a calibration end or --model auto), else null. */
  modelChoice: JsonModelChoice | null;
  /** With a calibration end: each model's holdout accuracy. */
  accuracy: { model: PurchaseFitReport["model"]; rows: JsonAccuracyRow[] | null }[] | null;
  /** Month by month over the horizon, per CLV tier and in total; null without a CLV. */
  projection: JsonProjection | null;
  /** With --group: one entry per group (its fits, new-customer value, P(alive) spread). */
  groups: JsonClvGroup[] | null;
  grouping: JsonClvGrouping | null;
  warnings: { code: string; message: string }[];
  counts: RowCounts;
  rejected: JsonRejected[];
}

function cleanParams<P extends object>(params: P): P {
  const out: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === "number" ? clean(v) : null;
  return out as P;
}

export function jsonFit<P extends object>(
  fit: FitReport<P> & { customers: number },
  language: Language
): JsonFit<P> {
  return {
    params: cleanParams(fit.params),
    standardErrors: cleanParams(fit.standardErrors),
    lower95: cleanParams(fit.lower95),
    upper95: cleanParams(fit.upper95),
    logLikelihood: clean(fit.logLikelihood),
    iterations: fit.iterations,
    converged: fit.converged,
    message: fit.message === null ? null : formatMessage(fit.message, {}, language),
    customers: fit.customers,
  };
}

export function jsonSpend(spend: GammaGammaFitReport | null, language: Language) {
  if (spend === null) return null;
  return {
    ...jsonFit(spend, language),
    frequencyMonetaryCorrelation: clean(spend.frequencyMonetaryCorrelation),
    spendDefined: spend.spendDefined,
  };
}

export function jsonCalibration(
  c: CalibrationReport | null,
  language: Language
): JsonCalibration | null {
  if (c === null) return null;
  return {
    calibrationEnd: c.calibrationEnd,
    holdoutEnd: c.holdoutEnd,
    unit: c.unit,
    holdoutLength: clean(c.holdoutLength),
    purchaseModel: jsonFit(c.fit, language),
    customers: c.customers,
    groups: c.groups.map((g) => ({
      ...g,
      meanActual: g.meanActual === null ? null : clean(g.meanActual),
      meanPredicted: g.meanPredicted === null ? null : clean(g.meanPredicted),
    })),
    totalActual: c.totalActual,
    totalPredicted: c.totalPredicted === null ? null : clean(c.totalPredicted),
  };
}

function customerOf(a: ClvAnalysis, k: number): JsonClvCustomerWithInterval {
  const p = a.probabilistic;
  return {
    customer: a.ids[k],
    frequency: clean(p.frequency[k]),
    recency: clean(p.recency[k]),
    T: clean(p.T[k]),
    monetary: clean(p.monetary[k]),
    pAlive: clean(p.pAlive[k]),
    pNoPurchase: clean(p.pNoPurchase[k]),
    expectedPurchases: clean(p.expectedPurchases[k]),
    expectedSpend: clean(p.expectedSpend[k]),
    clv: clean(p.clv[k]),
    clvTier: CLV_TIERS[p.clvTier[k]] ?? null,
    ...jsonCustomerInterval(p.intervals, k),
  };
}

/** JsonClvReport, its customers made one by one as they are written (streamedJson.ts). */
export type ListedClvReport = Omit<JsonClvReport, "customers"> & { customers: ListedItems };

/**
 * The fits of a probabilistic CLV, as `tiering clv --json` gives them and `tiering segment
 * --clv-model probabilistic --json` repeats them (probabilisticJson.ts).
 */
export type JsonProbabilisticFit = Omit<
  JsonClvReport,
  "source" | "clvKind" | "customers" | "warnings" | "counts" | "rejected"
>;

export function jsonProbabilisticFit(
  p: ProbabilisticResult,
  language: Language
): JsonProbabilisticFit {
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

export function clvJsonReport(a: ClvAnalysis, language: Language): ListedClvReport {
  // The fits' fields, with the report's own placed among them in the order `clv --json` has
  // always written (readers may diff one week's output against the last).
  const {
    unit,
    model,
    observationEnd,
    horizonMonths,
    horizon,
    monthlyDiscount,
    noPurchaseDays,
    purchaseModel,
    spendModel,
    ...afterCustomers
  } = jsonProbabilisticFit(a.probabilistic, language);
  return {
    source: a.source,
    unit,
    model,
    observationEnd,
    horizonMonths,
    horizon,
    monthlyDiscount,
    noPurchaseDays,
    clvKind: a.clvKind,
    purchaseModel,
    spendModel,
    customers: new ListedItems(a.ids.length, (k) => customerOf(a, k)),
    ...afterCustomers,
    warnings: a.warnings.map((w) => ({
      code: w.code,
      message: formatMessage(`warning.${w.code}`, w.params, language),
    })),
    counts: a.counts,
    rejected: jsonRejected(a.rejected, language),
  };
}

/** One line of JSON, like `tiering segment --json`. */
export function writeClvJson(a: ClvAnalysis, language: Language, out: TextSink): Promise<void> {
  return writeJsonLine(out, clvJsonReport(a, language));
}
