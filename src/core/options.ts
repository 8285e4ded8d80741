// Every default of the method in one place (docs/method.md). The pane shows these values,
// the CLI and the custom functions override them; resolveOptions() validates the result.
import type { TimeUnit } from "./probabilistic/types";
import type { PurchaseModelSetting } from "./vocabulary";
import type { AbcMode, FixedThresholds, Language, Role, SegmentScheme, Shape } from "./types";

import type {
  AbcBasis,
  ClvGrouping,
  ClvModel,
  DateOrder,
  RfmScoring,
  SchemeId,
} from "./vocabulary";

export type {
  AbcBasis,
  ClvGrouping,
  ClvModel,
  DateOrder,
  RfmScoring,
  SchemeId,
} from "./vocabulary";

/** Probabilistic CLV (method.md section 4): BG/NBD, MBG/NBD or Pareto/NBD with Gamma-Gamma. */
export interface ProbabilisticOptions {
  /** "auto" fits every model and picks one (method.md section 4). */
  purchaseModel: PurchaseModelSetting;
  /** Time unit of the fit: every figure is stated in it. */
  unit: TimeUnit;
  horizonMonths: number;
  monthlyDiscount: number;
  /** ISO date: also fit on the data up to this day and check the prediction of the rest. */
  calibrationEnd: string | null;
  /** N of the per-customer P(no purchase in the next N days). */
  noPurchaseDays: number;
  /** Parameter draws of the CLV intervals and tier confidence (method.md section 4); 0 = none. */
  intervalDraws: number;
  /**
   * CLV by group: one fit per first-purchase quarter ("cohort") or per value of the mapped
   * group column ("column"); a group smaller than the minimums below uses the pooled fit.
   */
  groupBy: ClvGrouping;
  minGroupCustomers: number;
  minGroupRepeatBuyers: number;
}

export interface SegmentOptions {
  language: Language;
  shape: "auto" | Shape;
  /** "auto" detects a header row; "none" means the first row is data; a number is its 0-based index. */
  headerRow: "auto" | "none" | number;
  /** Overrides of the detected mapping: a column index or a header text. */
  mapping: Partial<Record<Role, number | string>>;
  dates: {
    /** Excel's date system; 1904 when the workbook says so. */
    system: 1900 | 1904;
    /** How to read d/d/yyyy text dates: "ymd" rejects them as ambiguous. */
    order: DateOrder;
    /** A date this many years beyond the far-out fences of the data's dates is rejected (method.md section 1). */
    farOutsideYears: number;
  };
  /** Read "1 234,50" as 1234.5. */
  decimalComma: boolean;
  /** ISO date; default the day after the latest date in the data. */
  asOf: string | null;
  removeDuplicates: boolean;
  abc: {
    basis: AbcBasis;
    mode: AbcMode;
    /** Value-share mode: A while the cumulative share before the customer is below [0], B below [1]. */
    valueCuts: [number, number];
    /** Customer-share mode: top [0] of customers A, up to [1] B. */
    countCuts: [number, number];
    /** Absolute mode: A above [0], B from [1] to [0]. */
    absoluteCuts: [number, number];
  };
  rfm: {
    scoring: RfmScoring;
    /** M as total net spend or as average order value (M / F). */
    monetary: "total" | "average";
    fixed: FixedThresholds;
  };
  scheme: SchemeId | SegmentScheme;
  clv: {
    lifespanYears: number;
    /** Simple CLV annualises over at least this many days of history (method.md section 4). */
    minTenureDays: number;
    /** Customers whose first purchase is fewer days than this before the as-of date are flagged. */
    shortHistoryDays: number;
    /** Global margin rate 0..1, used when there is no profit column; null gives a revenue CLV. */
    margin: number | null;
    /** Which CLV drives the CLV tiers; probabilistic needs transactions with dates. */
    model: ClvModel;
    probabilistic: ProbabilisticOptions;
  };
  valueScore: {
    weights: { historical: number; potential: number; strategic: number };
  };
  lifecycle: {
    /** At risk when days since the last purchase exceed this multiple of the median gap. */
    gapMultiple: number;
    /** ...but never at fewer days than this: a weekly buyer is not at risk a week later. */
    gapFloorDays: number;
    atRiskDays: number;
    lostDays: number;
    /**
     * With the probabilistic CLV: at risk when P(no purchase in the next noPurchaseDays) is above
     * this; null keeps the default model rule, P(alive) below 0.5.
     */
    noPurchaseAtRisk: number | null;
  };
  dataWarnings: {
    /** Warn when one customer holds more than this share of the total value (method.md section 6). */
    dominantShare: number;
    /** Warn when a given as-of date is more than this many days after the latest purchase. */
    asOfGapDays: number;
  };
}

export const DEFAULT_FIXED_THRESHOLDS: FixedThresholds = {
  recency: [
    { score: 5, op: "<=", value: 30 },
    { score: 4, op: "<=", value: 90 },
    { score: 3, op: "<=", value: 180 },
    { score: 2, op: "<=", value: 365 },
  ],
  frequency: [
    { score: 5, op: ">=", value: 5 },
    { score: 4, op: ">=", value: 3 },
    { score: 3, op: ">=", value: 2 },
    { score: 2, op: ">=", value: 1 },
  ],
  monetary: [
    { score: 5, op: ">", value: 1000 },
    { score: 4, op: ">=", value: 500 },
    { score: 3, op: ">=", value: 200 },
    { score: 2, op: ">=", value: 100 },
  ],
};

export const DEFAULT_OPTIONS: SegmentOptions = {
  language: "en-US",
  shape: "auto",
  headerRow: "auto",
  mapping: {},
  dates: { system: 1900, order: "ymd", farOutsideYears: 10 },
  decimalComma: false,
  asOf: null,
  removeDuplicates: false,
  abc: {
    basis: "monetary",
    mode: "value",
    valueCuts: [0.8, 0.95],
    countCuts: [0.2, 0.5],
    absoluteCuts: [1_000_000, 500_000],
  },
  rfm: { scoring: "quantile", monetary: "total", fixed: DEFAULT_FIXED_THRESHOLDS },
  scheme: "four",
  clv: {
    lifespanYears: 3,
    minTenureDays: 365,
    shortHistoryDays: 90,
    margin: null,
    model: "simple",
    probabilistic: {
      purchaseModel: "bgnbd",
      unit: "weeks",
      horizonMonths: 12,
      monthlyDiscount: 0.01,
      calibrationEnd: null,
      noPurchaseDays: 90,
      intervalDraws: 200,
      groupBy: "none",
      minGroupCustomers: 100,
      minGroupRepeatBuyers: 20,
    },
  },
  valueScore: { weights: { historical: 0.4, potential: 0.4, strategic: 0.2 } },
  lifecycle: {
    gapMultiple: 2,
    gapFloorDays: 30,
    atRiskDays: 180,
    lostDays: 365,
    noPurchaseAtRisk: null,
  },
  dataWarnings: { dominantShare: 0.2, asOfGapDays: 365 },
};

/** What callers pass: any subset of the options, nested. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
