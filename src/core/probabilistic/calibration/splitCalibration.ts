// The calibration / holdout split of lifetimes' calibration_and_holdout_data: the summary of
// the calibration period, and each of those customers' purchases in the holdout period.
import type { PurchaseRows } from "../summary/purchaseRows";
import { transactionPurchases, type PurchaseSource } from "../summary/purchaseSource";
import { summaryOfDays, type CustomerSummary } from "../summary/summaryFromTransactions";
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
  /** Per calibration row: the purchases' value in the holdout period (its actual revenue). */
  holdoutSpend: Float64Array;
  /** Length of the holdout period in the unit. */
  holdoutLength: number;
}

/**
 * Customers who first buy in the holdout period are not in it: the model predicts the customers
 * it was fitted on, which is what the check is about.
 */
export function splitPurchases(source: PurchaseSource, opts: SplitOptions): CalibrationSplit {
  const calibration = summaryOfDays(source.upTo(opts.calibrationEndDay), {
    endDay: opts.calibrationEndDay,
    unit: opts.unit,
  });
  const holdout = source.between({
    afterDay: opts.calibrationEndDay,
    endDay: opts.holdoutEndDay,
  });
  const rowsOf = (perCustomer: Float64Array) =>
    Float64Array.from(calibration.customer, (k) => perCustomer[k]);
  return {
    calibration,
    holdoutPurchases: rowsOf(holdout.days),
    holdoutSpend: rowsOf(holdout.spend),
    holdoutLength: (opts.holdoutEndDay - opts.calibrationEndDay) / DAYS_IN_UNIT[opts.unit],
  };
}

/** splitPurchases of transaction rows (whose day range is not needed for the split). */
export function splitCalibration(
  rows: PurchaseRows,
  customerCount: number,
  opts: SplitOptions
): CalibrationSplit {
  const dated = { ...rows, minDay: NaN, maxDay: NaN };
  return splitPurchases(transactionPurchases(dated, customerCount), opts);
}
