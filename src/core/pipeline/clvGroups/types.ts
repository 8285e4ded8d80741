// CLV by group (method.md section 4): what the run reports per group, for every face.
import type { FitMessageCode, GammaGammaFitReport, PurchaseFitReport } from "../../probabilistic";
import type { ProjectionMonth } from "../../probabilistic/clv/monthlyProjection";

/** Why a group uses the pooled fit. */
export type GroupFallback =
  | { code: "tooSmall"; customers: number; repeatBuyers: number }
  | { code: "fitFailed"; model: string; message: FitMessageCode | null };

/** P(alive) over the group's customers: mean and the 10th to 90th percentiles. */
export interface PAliveSpread {
  mean: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
}

export interface ClvGroupFit {
  /** The group's value as text; "" for customers with no value in the group column. */
  label: string;
  /** Customers of the group the models saw (a purchase by the observation end). */
  customers: number;
  /** Of those, customers with a repeat purchase (frequency > 0): Gamma-Gamma's data. */
  repeatBuyers: number;
  /** Null: the group's own fits; otherwise why the pooled fits are used. */
  fallback: GroupFallback | null;
  /** The fits the group's figures come from: its own, or the pooled ones. */
  purchase: PurchaseFitReport;
  spend: GammaGammaFitReport | null;
  /** A customer acquired now, over the horizon: repeat purchases and discounted value. */
  newCustomerPurchases: number;
  newCustomerValue: number;
  pAlive: PAliveSpread;
  /** Mean CLV of the group's customers (NaN without a CLV). */
  meanClv: number;
  /**
   * Month by month over the horizon, the group's customers with a CLV tier, from the group's
   * fit: its values add up to their CLV. Null without a CLV.
   */
  projection: ProjectionMonth[] | null;
}

export interface ClvGroupReport {
  by: "cohort" | "column";
  /** Header of the group column (by column), else null. */
  column: string | null;
  minCustomers: number;
  minRepeatBuyers: number;
  /** In label order (cohorts in time order), customers without a value last. */
  groups: ClvGroupFit[];
}
