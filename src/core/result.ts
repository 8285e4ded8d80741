// What segment() returns: per-customer columns plus the summaries the charts need.
import type { Currency } from "./cells/currency";
import type { ClvModel, SegmentOptions } from "./options";
import type { CalibrationReport } from "./probabilistic/calibration";
import type { ClvIntervals } from "./probabilistic/intervals/clvIntervals";
import type { ModelChoice } from "./probabilistic/accuracy/modelChoice";
import type { ProjectionMonth } from "./probabilistic/clv/monthlyProjection";
import type { ClvGroupReport } from "./pipeline/clvGroups/types";
import type { NextTierChange, NextTiers } from "./nextTier";
import type { RfmThresholds } from "./rfm/thresholds";
import type {
  GammaGammaFitReport,
  PurchaseFitReport,
  PurchaseModel,
  TimeUnit,
} from "./probabilistic/types";
import type {
  AbcResult,
  ColumnMapping,
  CustomerTable,
  DuplicateRow,
  GroupSummary,
  ParetoPoint,
  RejectedRow,
  RfCell,
  RfmScores,
  SegmentScheme,
  Shape,
  Warning,
} from "./types";

export interface RowCounts {
  /** Data rows given (header excluded). Always used + rejected + blank. */
  input: number;
  used: number;
  rejected: number;
  blank: number;
  /** Exact duplicates found (removed ones are also counted in rejected). */
  duplicates: number;
}

export interface Summaries {
  abc: GroupSummary[];
  segments: GroupSummary[];
  stages: GroupSummary[];
  clvTiers: GroupSummary[];
  pareto: ParetoPoint[];
  rfGrid: RfCell[];
  totals: {
    customers: number;
    purchasers: number;
    value: number;
    clv: number | null;
    /** Customers flagged short history (method.md section 4). */
    shortHistory: number;
  };
}

/** The probabilistic CLV of a run (options.clv.model "probabilistic"), method.md section 4. */
export interface ProbabilisticResult {
  model: PurchaseModel;
  /** The unit of every time and rate below: state it beside each figure. */
  unit: TimeUnit;
  horizonMonths: number;
  monthlyDiscount: number;
  /** N of the P(no purchase in the next N days) column. */
  noPurchaseDays: number;
  /** The horizon in the unit (horizonMonths x MONTH_IN_UNIT[unit]). */
  horizon: number;
  /** Last day of observation (ISO): T is measured to it; null when the input was a summary already. */
  observationEnd: string | null;
  /** Customers the models saw: those with a purchase by the observation end. */
  customers: number;
  /** BG/NBD, MBG/NBD or Pareto/NBD: parameters, log-likelihood, convergence. */
  fit: PurchaseFitReport;
  /** Gamma-Gamma: parameters, log-likelihood, frequency-spend correlation, q > 1. */
  spend: GammaGammaFitReport | null;
  /** The CLV column has numbers and drives the CLV tiers (both fits converged, q > 1). */
  clvDefined: boolean;
  // Per customer (CustomerTable index); NaN for customers the models did not see or could not
  // give a figure for. frequency, recency, T, monetary: the lifetimes summary, in the unit.
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
  /** Expected purchases over the horizon. */
  expectedPurchases: Float64Array;
  pAlive: Float64Array;
  /** P(no purchase in the next noPurchaseDays days). */
  pNoPurchase: Float64Array;
  /** Expected spend per purchase (Gamma-Gamma). */
  expectedSpend: Float64Array;
  clv: Float64Array;
  /** With options.clv.probabilistic.calibrationEnd: the predicted-vs-actual check. */
  calibration: CalibrationReport | null;
  /**
   * The CLV intervals and tier confidence from parameter draws (method.md section 4); null when
   * turned off (0 draws), without a CLV, or when a fit has no covariance (a warning says so).
   */
  intervals: ClvIntervalResult | null;
  /** Every model's scores and the one used: with a holdout or the "auto" setting, else null. */
  modelChoice: ModelChoice | null;
  /** Per customer: index into CLV_TIERS by this CLV, 255 none (segment()'s clvTier when it uses it). */
  clvTier: Uint8Array;
  /** Month by month over the horizon, per CLV tier and in total; null without a CLV. */
  projection: ProjectionMonth[] | null;
  /** With options.clv.probabilistic.groupBy: the fit of every group (the figures above use them). */
  groups: ClvGroupReport | null;
}

export interface SegmentResult {
  shape: Shape;
  /** The mapping used, after detection and the user's overrides. */
  mapping: ColumnMapping;
  /** Header texts (one per column; "" where none). */
  headers: string[];
  /** 0-based index of the header row within the input values, or null. */
  headerRowIndex: number | null;
  asOfDay: number;
  asOf: string;
  counts: RowCounts;
  rejected: RejectedRow[];
  duplicates: DuplicateRow[];
  warnings: Warning[];
  customers: CustomerTable;
  scores: RfmScores;
  /** The values each R, F and M score covers, as applied (method.md section 10). */
  thresholds: RfmThresholds;
  rfmCode: Int16Array;
  rfmTotal: Uint8Array;
  scheme: SegmentScheme;
  /** Index into scheme.segments; -1 for customers without a purchase. */
  segment: Int16Array;
  /** Per customer, the smallest single change that lifts them a segment, or null (section 12). */
  nextTier: NextTiers;
  /** The CLV each customer's step would add, in the CLV column's terms; NaN without one. */
  nextTierClv: Float64Array;
  /** The value ABC ranks by (net spend, profit or CLV per options.abc.basis). */
  abcValue: Float64Array;
  abc: AbcResult;
  clv: Float64Array;
  clvKind: "profit" | "revenue";
  /** Which CLV is in `clv`: the probabilistic one only when asked for and its fits are usable. */
  clvModel: ClvModel;
  /** 0 high, 1 mid, 2 low, 255 none. */
  clvTier: Uint8Array;
  /** 1 for purchasers whose first purchase is under clv.shortHistoryDays before the as-of date. */
  shortHistory: Uint8Array;
  valueScore: Float64Array;
  /** Tier by value score, customer share 20/30/50: 0 A, 1 B, 2 C. */
  valueTier: Uint8Array;
  /** Index into STAGES. */
  stage: Uint8Array;
  churnWarning: Uint8Array;
  /**
   * Per input row (same indexing as SheetInput.values): customer index, or -1. Empty after
   * segmentAggregated (another engine aggregated the rows; the CLI writes no per-row output).
   */
  rowCustomer: Int32Array;
  summary: Summaries;
  options: SegmentOptions;
  /** Null unless options.clv.model is "probabilistic" and the input has transactions. */
  probabilistic: ProbabilisticResult | null;
  /** The currency the amounts were written in (their format or text), null for plain numbers. */
  currency: Currency | null;
}

/** Progress of a long run, for a progress bar. */
export interface Progress {
  stage: "parsing" | "aggregating" | "scoring" | "summarising";
  /** 0..1 within the whole run. */
  fraction: number;
}

export interface RunHooks {
  onProgress?: (p: Progress) => void;
  /** Checked between chunks; when aborted, segment() throws CancelledError. */
  signal?: { readonly aborted: boolean };
}

/** Plain per-customer record, the CLI's JSON contract. */
export interface CustomerRecord {
  customer: string;
  recencyDays: number | null;
  frequency: number | null;
  monetary: number | null;
  r: number | null;
  f: number | null;
  m: number | null;
  rfmCode: number | null;
  rfmTotal: number | null;
  segment: string | null;
  abc: "A" | "B" | "C";
  clv: number | null;
  stage: string;
  /** Under clv.shortHistoryDays between first purchase and the as-of date: an early figure. */
  shortHistory: boolean;
  /** The smallest single change that lifts the customer a segment; null at the top or without one. */
  /** `clv`: the CLV the step would add (null where the customer has no CLV). */
  nextTier: {
    to: string;
    change: NextTierChange;
    amount: number;
    text: string;
    clv: number | null;
  } | null;
  // Only with the probabilistic CLV (absent otherwise, so the contract is unchanged).
  /** Expected purchases over the horizon. */
  expectedPurchases?: number | null;
  pAlive?: number | null;
  /** P(no purchase in the next noPurchaseDays days). */
  pNoPurchase?: number | null;
  /** Expected spend per purchase. */
  expectedSpend?: number | null;
  // Only when the CLV tiers come from the probabilistic CLV and it has intervals (method.md 4).
  /** P10, P50, P90 of the CLV over the parameter draws. */
  clvP10?: number | null;
  clvP50?: number | null;
  clvP90?: number | null;
  /** Share of the draws that keep the customer in their CLV tier; null without a tier. */
  tierConfidence?: number | null;
}

/**
 * The intervals per customer (CustomerTable index, NaN where none) and per CLV tier: the same
 * shape clvIntervals gives per summary row.
 */
export type ClvIntervalResult = ClvIntervals;
