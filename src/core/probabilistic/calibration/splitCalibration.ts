// The calibration / holdout split of lifetimes' calibration_and_holdout_data: the summary of
// the calibration period, and each of those customers' purchases in the holdout period.
import { purchaseDayCounts } from "../summary/purchaseDayCounts";
import type { PurchaseRows } from "../summary/purchaseRows";
import { summaryFromTransactions, type CustomerSummary } from "../summary/summaryFromTransactions";
import { DAYS_IN_UNIT } from "../summary/unitLength";
import type { TimeUnit } from "../types";

export interface SplitOptions {
  /** Last day of the calibration period (inclusive). */
  calibrationEndDay: number;
  /** Last day of the holdout period (inclusive); the holdout starts the day after calibration. */
  holdoutEndDay: number;
  unit: TimeUnit;
}

export interface CalibrationSplit {
  /** Customers with a purchase by the calibration end, summarised to that day. */
  calibration: CustomerSummary;
  /** Per calibration row: purchase days in the holdout period (same-day purchases merged). */
  holdoutPurchases: Float64Array;
  /** Length of the holdout period in the unit. */
  holdoutLength: number;
}

/**
 * Customers who first buy in the holdout period are not in it: the model predicts the customers
 * it was fitted on, which is what the check is about.
 */
export function splitCalibration(
  rows: PurchaseRows,
  customerCount: number,
  opts: SplitOptions
): CalibrationSplit {
  const calibration = summaryFromTransactions(rows, customerCount, {
    endDay: opts.calibrationEndDay,
    unit: opts.unit,
  });
  const perCustomer = purchaseDayCounts(rows, customerCount, {
    afterDay: opts.calibrationEndDay,
    endDay: opts.holdoutEndDay,
  });
  const holdoutPurchases = Float64Array.from(calibration.customer, (k) => perCustomer[k]);
  return {
    calibration,
    holdoutPurchases,
    holdoutLength: (opts.holdoutEndDay - opts.calibrationEndDay) / DAYS_IN_UNIT[opts.unit],
  };
}
