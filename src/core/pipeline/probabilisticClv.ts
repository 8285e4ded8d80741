// segment() with the probabilistic CLV (method.md sections 4 and 6): the lifetimes summary of
// every customer, the fits, the figures per customer, and the warnings that say when the simple
// CLV is used instead.
import { dayToIso, isoToDay } from "../cells/dayNumber";
import { clvTiers } from "../clv/clvTiers";
import type { ModelChoice } from "../probabilistic/accuracy/modelChoice";
import {
  holdoutWindow,
  selectByBic,
  selectOnHoldout,
  type HoldoutSelection,
} from "./modelSelection";
import { projectionOf } from "./projectionOf";
import { groupHistories } from "../probabilistic/purchase/groupHistories";
import type { TransactionColumns } from "../ingest/ingestTransactions";
import type { PurchaseSource } from "../probabilistic/summary/purchaseSource";
import type { SegmentOptions } from "../options";
import { marginOf } from "../clv/simpleClv";
import { calibrationReport, type CalibrationReport } from "../probabilistic/calibration";
import { summaryOfDays } from "../probabilistic/summary/summaryFromTransactions";
import type { ProgressReporter } from "../progress";
import type { ProbabilisticResult } from "../result";
import { PURCHASE_MODEL_NAMES } from "../i18n/fitText";
import type { RfmtSummary } from "../probabilistic/types";
import type { CustomerTable, Warning } from "../types";
import { probabilisticFigures, type ProbabilisticFit } from "./probabilisticFigures";
import { clvIntervalsOf, type IntervalOutcome } from "./clvIntervalsOf";
import { perCustomer, spreadIntervals } from "./spreadIntervals";
import { groupedIntervalsOf } from "./clvGroups/groupIntervals";
import { groupProjections } from "./clvGroups/groupProjection";
import { groupsOf, type GroupInput, type GroupSource, groupInputOf } from "./clvGroups/groupsOf";

const SPEND_MODEL_NAME = "Gamma-Gamma";
/** Fit messages of data the purchase model cannot be identified from (it is then not run). */
const NOT_IDENTIFIED: ReadonlySet<string> = new Set([
  "fit.oneCustomer",
  "fit.noRepeatPurchases",
  "fit.oneDayOfHistory",
]);

export interface ProbabilisticOutcome {
  result: ProbabilisticResult | null;
  warnings: Warning[];
}

/** Observation ends on the as-of date the user gave, else on the last day of the data (as lifetimes). */
function observationEndDay(o: SegmentOptions, t: PurchaseSource): number {
  return o.asOf === null ? t.maxDay : isoToDay(o.asOf);
}

/** The calibration check of the picked model (its calibration fit reused), or null with a warning. */
function calibrationOf(
  t: PurchaseSource,
  o: SegmentOptions,
  endDay: number,
  selection: HoldoutSelection | null,
  warnings: Warning[]
): CalibrationReport | null {
  const p = o.clv.probabilistic;
  if (p.calibrationEnd === null) return null;
  const w = holdoutWindow(t, o, endDay);
  if (w === null || selection === null) {
    const params = {
      calibrationEnd: p.calibrationEnd,
      first: dayToIso(t.minDay),
      last: dayToIso(endDay),
    };
    warnings.push({ code: "calibrationOutside", params });
    return null;
  }
  const picked = selection.choice.picked;
  // The same window and unit the model was chosen on: its split serves again.
  return calibrationReport(selection.split, {
    ...w,
    unit: p.unit,
    model: picked,
    fit: selection.choice.scores.find((score) => score.model === picked)?.fit,
  });
}

function fitWarnings(fit: ProbabilisticFit): Warning[] {
  const warnings: Warning[] = [];
  if (!fit.purchase.converged) {
    const model = PURCHASE_MODEL_NAMES[fit.purchase.model];
    const unidentified = NOT_IDENTIFIED.has(fit.purchase.message ?? "");
    return [
      {
        code: unidentified ? "probabilisticNotIdentified" : "probabilisticFitFailed",
        params: { model },
      },
    ];
  }
  const spend = fit.spend;
  if (spend === null) return warnings;
  if (!spend.converged)
    warnings.push({ code: "probabilisticFitFailed", params: { model: SPEND_MODEL_NAME } });
  else if (!spend.spendDefined)
    warnings.push({
      code: "spendModelUnusable",
      params: { q: Number(spend.params.q.toPrecision(3)) },
    });
  if (spend.warnings.includes("fit.frequencySpendCorrelated")) {
    const correlation = Math.round(spend.frequencyMonetaryCorrelation * 100) / 100;
    warnings.push({ code: "spendCorrelated", params: { correlation } });
  }
  return warnings;
}

export interface ModelInput {
  /** Customers of the run (the per-customer columns have this length). */
  n: number;
  summary: RfmtSummary;
  /** Customer index of each summary row. */
  rows: Int32Array;
  /** Margin per summary row, or null (revenue CLV). */
  /** One margin per customer row, one for all, or null for a revenue CLV. */
  margin: Float64Array | number | null;
  hasMonetary: boolean;
  /** ISO day T is measured to; null when the input was summarised already. */
  observationEnd: string | null;
  /** Per customer: 1 when the customer may have a CLV tier (segment() leaves $0-only buyers out). */
  tierable?: Uint8Array;
  /** CLV by group: the group of every summary row; null without grouping. */
  groups?: GroupInput | null;
}

/** Fits, figures per customer and the warnings, for any summary of the run's customers. */
export function probabilisticResult(
  input: ModelInput,
  o: SegmentOptions,
  progress: ProgressReporter,
  /** The choice made on a holdout; without one, "auto" picks by BIC here. */
  holdoutChoice: ModelChoice | null = null
): ProbabilisticOutcome {
  const p = o.clv.probabilistic;
  const s = input.summary;
  // One grouping of the histories for the "auto" fits and the figures alike.
  const histories = groupHistories(s);
  const choice = holdoutChoice ?? selectByBic(s, o, histories);
  const model = choice?.picked ?? (p.purchaseModel === "auto" ? "bgnbd" : p.purchaseModel);
  const fitted =
    choice?.period === "full" ? choice.scores.find((m) => m.model === model)?.fit : undefined;
  const fit = probabilisticFigures(s, {
    ...p,
    purchaseModel: model,
    fitted,
    grouped: histories,
    margin: input.margin,
    hasMonetary: input.hasMonetary,
    onProgress: (fraction) => progress.step("scoring", fraction, 1),
  });
  const grouped = groupsOf(s, input.groups ?? null, fit, {
    ...p,
    purchaseModel: model,
    margin: input.margin,
    hasMonetary: input.hasMonetary,
  });
  const figures = grouped === null ? fit.figures : grouped.figures;
  const spread = (values: Float64Array) => perCustomer(input.n, input.rows, values);
  // With groups each customer's draws are around the fit their CLV comes from (groupIntervals.ts).
  const intervals: IntervalOutcome =
    grouped === null
      ? intervalsOf(fit, input, p, progress)
      : groupedIntervalsOf(
          {
            summary: s,
            pooled: fit,
            sources: grouped.sources,
            clv: figures.clv,
            margin: input.margin,
            tiered: tieredRows(input),
            onProgress: () => progress.step("scoring", 1, 1),
          },
          p
        );
  const clv = spread(figures.clv);
  const tierable = input.tierable;
  const clvTier = clvTiers(tierable ? clv.map((v, k) => (tierable[k] ? v : NaN)) : clv);
  const rowTier = Uint8Array.from(input.rows, (k) => clvTier[k]);
  // With groups each group's months come from its own fit, and the run's are their sum.
  const projection = (tier: Uint8Array) => {
    if (grouped === null) return projectionOf(s, fit, p, input.margin, tier);
    const months = groupProjections(s, grouped.sources, fit, figures, p, input.margin, tier);
    grouped.report.groups.forEach((g, i) => (g.projection = months?.byGroup[i] ?? null));
    return months?.total ?? null;
  };
  return {
    warnings: [...fitWarnings(fit), ...intervals.warnings],
    result: {
      model,
      modelChoice: choice,
      unit: s.unit,
      horizonMonths: p.horizonMonths,
      monthlyDiscount: p.monthlyDiscount,
      noPurchaseDays: p.noPurchaseDays,
      horizon: fit.horizon,
      observationEnd: input.observationEnd,
      customers: s.n,
      fit: fit.purchase,
      spend: fit.spend,
      clvDefined: fit.clvDefined,
      frequency: spread(s.frequency),
      recency: spread(s.recency),
      T: spread(s.T),
      monetary: spread(s.monetary),
      expectedPurchases: spread(figures.expectedPurchases),
      pAlive: spread(figures.pAlive),
      pNoPurchase: spread(figures.pNoPurchase),
      expectedSpend: spread(figures.expectedSpend),
      clv,
      clvTier,
      // With groups the CLV comes from each group's fit: the pooled projection would not add up to it.
      projection: projection(rowTier),
      calibration: null,
      intervals: spreadIntervals(intervals.intervals, input.n, input.rows),
      groups: grouped === null ? null : grouped.report,
    },
  };
}

/** Per summary row: a customer with only $0 orders has a model CLV but no CLV tier. */
function tieredRows(input: ModelInput): Uint8Array | null {
  const tierable = input.tierable;
  return tierable ? Uint8Array.from(input.rows, (k) => tierable[k] ?? 0) : null;
}

/** The CLV intervals when the CLV has numbers (both fits usable). */
function intervalsOf(
  fit: ProbabilisticFit,
  input: ModelInput,
  p: SegmentOptions["clv"]["probabilistic"],
  progress: ProgressReporter
): IntervalOutcome {
  if (!fit.clvDefined || fit.spend === null) return { intervals: null, warnings: [] };
  return clvIntervalsOf(
    {
      summary: input.summary,
      grouped: fit.grouped,
      purchase: fit.purchase,
      spend: fit.spend,
      clv: fit.figures.clv,
      margin: input.margin,
      tiered: tieredRows(input),
      // Each draw checks for a cancelled run.
      onProgress: () => progress.step("scoring", 1, 1),
    },
    p
  );
}

/** What the probabilistic CLV reads of a run besides its customers. */
export interface PurchasesRead {
  /** Null for a customer summary (no dates). */
  purchases: PurchaseSource | null;
  /** The rows, for CLV groups by a column; null when another engine aggregated them. */
  transactions: TransactionColumns | null;
}

/** segment()'s probabilistic CLV: null (with a warning when asked for) for a customer summary. */
export function probabilisticClvOf(
  c: CustomerTable,
  read: PurchasesRead,
  o: SegmentOptions,
  progress: ProgressReporter,
  groupSource: GroupSource | null = null
): ProbabilisticOutcome {
  if (o.clv.model !== "probabilistic") return { result: null, warnings: [] };
  const t = read.purchases;
  if (t === null)
    return { result: null, warnings: [{ code: "probabilisticNeedsDates", params: {} }] };
  const endDay = observationEndDay(o, t);
  const built = summaryOfDays(t.upTo(endDay), { endDay, unit: o.clv.probabilistic.unit });
  const window = holdoutWindow(t, o, endDay);
  const selection = window === null ? null : selectOnHoldout(t, o, window);
  const groupWarnings: Warning[] = [];
  const groups = groupInputOf(o, built, read.transactions, c.n, groupSource, groupWarnings);
  const out = probabilisticResult(
    {
      n: c.n,
      summary: built.summary,
      rows: built.customer,
      margin: Float64Array.from(built.customer, (k) => marginOf(c, k, o.clv.margin)),
      hasMonetary: true,
      observationEnd: dayToIso(endDay),
      tierable: c.hasPurchase,
      groups,
    },
    o,
    progress,
    selection?.choice ?? null
  );
  out.warnings.push(...groupWarnings);
  if (out.result !== null)
    out.result.calibration = calibrationOf(t, o, endDay, selection, out.warnings);
  return out;
}
