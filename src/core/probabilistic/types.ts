// Shared shapes of the probabilistic CLV models (method.md section 4). The models work on the
// per-customer summary lifetimes defines, in one time unit that every figure carries with it.

import type { GroupedHistories } from "./purchase/groupHistories";

import type { PurchaseModel, TimeUnit } from "../vocabulary";

export type { PurchaseModel, TimeUnit } from "../vocabulary";

/** Length of one month in each unit, as method.md section 4 (and lifetimes) define it. */
export const MONTH_IN_UNIT: Readonly<Record<TimeUnit, number>> = {
  days: 30,
  weeks: 4.345,
  months: 1,
};

/**
 * One row per customer: frequency = repeat purchase days (purchase days minus one),
 * recency = time from first to last purchase, T = time from first purchase to the end of
 * observation, monetary = mean spend of the repeat purchase days (0 without repeats).
 */
export interface RfmtSummary {
  n: number;
  unit: TimeUnit;
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
}

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Pareto/NBD (Schmittlein, Morrison and Colombo 1987): purchase rate ~ Gamma(r, alpha), dropout rate ~ Gamma(s, beta). */
export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

/** The parameters of any purchase model: BgNbdParams for "bgnbd" and "mbgnbd", ParetoNbdParams for "pnbd". */
export type PurchaseParams = BgNbdParams | ParetoNbdParams;

export interface GammaGammaParams {
  p: number;
  q: number;
  v: number;
}

export interface FitReport<P> {
  params: P;
  logLikelihood: number;
  iterations: number;
  /** False when no start converged: params are then the best found, and message says why. */
  converged: boolean;
  message: FitMessageCode | null;
  /**
   * From the observed information (fit/uncertainty.ts), keyed like params: standard errors and
   * the 95% interval exp(ln p +- 1.96 se(ln p)). NaN when the fit failed or the information is
   * not positive definite.
   */
  standardErrors: P;
  lower95: P;
  upper95: P;
  /** Covariance of the log-parameters in params' order; null when not available. */
  logCovariance: number[][] | null;
}

// --- Added for the model math (helper A1). Extensions only: nothing above is renamed. ---

/** What the purchase models read per customer: any RfmtSummary satisfies it. */
export type PurchaseHistory = Pick<RfmtSummary, "frequency" | "recency" | "T">;

/** Message codes a fit reports (keys of the i18n catalogs, under "fit."). */
export type FitMessageCode =
  | "fit.notConverged"
  | "fit.atBound"
  | "fit.noCustomers"
  | "fit.noRepeatCustomers"
  | "fit.oneCustomer"
  | "fit.noRepeatPurchases"
  | "fit.oneDayOfHistory"
  | "fit.spendUndefined"
  | "fit.frequencySpendCorrelated";

export interface FitOptions<P> {
  /** Starting points; the default is a data-based start plus fixed ones (see each fit). */
  starts?: readonly P[];
  /** BFGS iterations per start (default 500). */
  maxIterations?: number;
  /** Called after each start with the fraction of starts done (for the pane's progress bar). */
  onProgress?: (fraction: number) => void;
  /**
   * Over 20,000 distinct histories the starts run on a sample and the full fit starts from its
   * optimum (default true); false runs every start on every history.
   */
  pilot?: boolean;
}

export interface PurchaseFitOptions extends FitOptions<BgNbdParams> {
  /** Default "bgnbd". */
  model?: PurchaseModel;
  /** groupHistories() of this same history, when the caller already has it. */
  grouped?: GroupedHistories;
}

export interface PurchaseFitReport<P extends PurchaseParams = PurchaseParams> extends FitReport<P> {
  model: PurchaseModel;
  /** Customers the fit used: rows with a missing or impossible value (recency > T...) are left out. */
  customers: number;
}

/** What fitBgNbd returns: BG/NBD or MBG/NBD parameters. */
export type BgNbdFitReport = PurchaseFitReport<BgNbdParams>;

export interface GammaGammaFitReport extends FitReport<GammaGammaParams> {
  /** Customers the fit used: frequency > 0 and monetary > 0. */
  customers: number;
  /** Pearson correlation of frequency and monetary over those customers; the model assumes none. */
  frequencyMonetaryCorrelation: number;
  /** False when q <= 1: the expected spend (and so the CLV) is undefined. */
  spendDefined: boolean;
  /** "fit.spendUndefined", "fit.frequencySpendCorrelated" when they apply. */
  warnings: FitMessageCode[];
}

export interface ProbabilisticClvOptions {
  /** Default "bgnbd". */
  model?: PurchaseModel;
  /** H in months, default 12. */
  horizonMonths?: number;
  /** d per month, default 0.01. */
  monthlyDiscount?: number;
  /** Multiplies the result (profit CLV); without it the CLV is revenue CLV. */
  margin?: number;
  /** groupHistories() of this same summary, when the caller already has it. */
  grouped?: GroupedHistories;
  /** conditionalExpectedSpend() of this same summary, when the caller already has it. */
  spendPerPurchase?: Float64Array;
}
