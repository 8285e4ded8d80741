// The calibration check end to end: split at the calibration end, fit the purchase model on the
// calibration period, predict each customer's holdout purchases, compare by frequency.
import { dayToIso } from "../../cells/dayNumber";
import { conditionalExpectedPurchases, fitPurchaseModel } from "../index";
import type { PurchaseRows } from "../summary/purchaseRows";
import type { PurchaseFitReport, PurchaseModel, TimeUnit } from "../types";
import { holdoutTable, type HoldoutGroup } from "./holdoutTable";
import { splitCalibration, type CalibrationSplit } from "./splitCalibration";

export interface CalibrationOptions {
  calibrationEndDay: number;
  holdoutEndDay: number;
  unit: TimeUnit;
  model: PurchaseModel;
  /** That model's fit on this calibration period, when the caller has it already. */
  fit?: PurchaseFitReport;
  /** The rows split at these days in this unit, when the caller has split them already. */
  split?: CalibrationSplit;
}

export interface CalibrationReport {
  /** ISO dates: the calibration period ends, the holdout period ends (both inclusive). */
  calibrationEnd: string;
  holdoutEnd: string;
  unit: TimeUnit;
  /** Holdout length in the unit. */
  holdoutLength: number;
  /** The fit on the calibration period (not the one the per-customer figures use). */
  fit: PurchaseFitReport;
  /** Customers with a purchase by the calibration end: the ones predicted. */
  customers: number;
  groups: HoldoutGroup[];
  /** Holdout purchases of all those customers: actual, and predicted (null when the fit failed). */
  totalActual: number;
  totalPredicted: number | null;
}

function sum(values: Float64Array): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/**
 * Predictions come only from a converged fit: with the best-so-far parameters of a failed one
 * the comparison would judge numbers nobody should use, so the predicted column is then null.
 */
export function calibrationCheck(
  rows: PurchaseRows,
  customerCount: number,
  opts: CalibrationOptions
): CalibrationReport {
  return calibrationReport(opts.split ?? splitCalibration(rows, customerCount, opts), opts);
}

/** calibrationCheck of purchases split already (at opts' days, in its unit). */
export function calibrationReport(
  split: CalibrationSplit,
  opts: Omit<CalibrationOptions, "split">
): CalibrationReport {
  const summary = split.calibration.summary;
  const fit = opts.fit ?? fitPurchaseModel(summary, { model: opts.model });
  const predicted = fit.converged
    ? conditionalExpectedPurchases(split.holdoutLength, summary, fit.params, opts.model)
    : new Float64Array(summary.n).fill(NaN);
  const groups = holdoutTable(summary.frequency, split.holdoutPurchases, predicted).map((g) =>
    fit.converged ? g : { ...g, meanPredicted: null }
  );
  return {
    calibrationEnd: dayToIso(opts.calibrationEndDay),
    holdoutEnd: dayToIso(opts.holdoutEndDay),
    unit: opts.unit,
    holdoutLength: split.holdoutLength,
    fit,
    customers: summary.n,
    groups,
    totalActual: sum(split.holdoutPurchases),
    totalPredicted: fit.converged ? sum(predicted) : null,
  };
}
