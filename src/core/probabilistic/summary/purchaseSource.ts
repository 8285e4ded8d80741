// Where a run's probabilistic models get their purchases: the core's transaction rows, or what
// another engine aggregated from rows the core never holds (DuckDB under the CLI, past Excel's
// rows). The models need the purchase days up to an end day (the summary), and for a holdout
// check the purchases after a calibration end: nothing else of the rows.
import type { DayWindow, PurchaseRows } from "./purchaseRows";
import {
  purchaseDaysOf,
  purchasesBetweenOf,
  type PurchaseDays,
  type PurchasesBetween,
} from "./purchaseDays";

export interface PurchaseSource {
  /** Customers of the run (every per-customer array has this length). */
  n: number;
  /** First and last day of the run's used rows (returns included). */
  minDay: number;
  maxDay: number;
  /** Every customer's purchase days up to `endDay` (inclusive). */
  upTo(endDay: number): PurchaseDays;
  /** Every customer's purchases after `afterDay` up to `endDay` (inclusive). */
  between(window: DayWindow): PurchasesBetween;
}

/** The rows and the day range the core's ingested transactions have. */
export interface DatedPurchaseRows extends PurchaseRows {
  minDay: number;
  maxDay: number;
}

/** The purchases of the core's own transaction rows. */
export function transactionPurchases(rows: DatedPurchaseRows, n: number): PurchaseSource {
  return {
    n,
    minDay: rows.minDay,
    maxDay: rows.maxDay,
    upTo: (endDay) => purchaseDaysOf(rows, n, { afterDay: -Infinity, endDay }),
    between: (window) => purchasesBetweenOf(rows, n, window),
  };
}

/**
 * What an engine aggregated: the purchase days of all the used rows, and for a calibration end
 * (when the run has one) the days up to it and the purchases after it. The run's end day is the
 * last used day or a later as-of date, so "all" is the purchases up to any end the run asks for.
 */
export interface AggregatedPurchases {
  all: PurchaseDays;
  calibration: { endDay: number; upTo: PurchaseDays; after: PurchasesBetween } | null;
}

/** A PurchaseSource over aggregated purchases; asking for another cut is a programming error. */
export function aggregatedPurchases(
  a: AggregatedPurchases,
  days: { minDay: number; maxDay: number }
): PurchaseSource {
  const reaches = (endDay: number) => endDay >= days.maxDay;
  const cut = a.calibration;
  return {
    n: a.all.n,
    minDay: days.minDay,
    maxDay: days.maxDay,
    upTo(endDay) {
      if (reaches(endDay)) return a.all;
      if (cut !== null && endDay === cut.endDay) return cut.upTo;
      throw new Error(`purchases up to day ${endDay} were not aggregated`);
    },
    between(w) {
      if (cut !== null && w.afterDay === cut.endDay && reaches(w.endDay)) return cut.after;
      throw new Error(`purchases after day ${w.afterDay} were not aggregated`);
    },
  };
}
