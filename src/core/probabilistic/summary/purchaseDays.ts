// Per customer, the four facts of its purchase days that every lifetimes summary is formed from:
// how many distinct days, the first and the last, and the value bought after the first day.
// The core finds them in its transaction rows; DuckDB under the CLI aggregates them in SQL
// (src/cli/engine/purchaseDaysQuery.ts) for files of any length. Both sum the value exactly
// (aggregate/exactSum.ts), so the summary does not depend on the order rows are added in.
import { ExactSums } from "../../aggregate/exactSum";
import { orderPurchases, type DayWindow, type PurchaseRows } from "./purchaseRows";

/** One entry per customer index; a customer without a purchase has 0 days and NaN days. */
export interface PurchaseDays {
  n: number;
  /** Distinct days with a purchase (same-day purchases are one). */
  days: Float64Array;
  firstDay: Float64Array;
  lastDay: Float64Array;
  /** The purchases on the days after the first, summed exactly (0 without repeat days). */
  repeatValue: Float64Array;
}

/** Per customer, purchases (rows that are not returns) within a window: days and spend. */
export interface PurchasesBetween {
  /** Distinct days with a purchase. */
  days: Float64Array;
  /** The purchases summed exactly. */
  spend: Float64Array;
}

/** The purchase days of every customer within the window, from transaction rows. */
export function purchaseDaysOf(rows: PurchaseRows, n: number, window: DayWindow): PurchaseDays {
  const ordered = orderPurchases(rows, n, window);
  const days = new Float64Array(n);
  const firstDay = new Float64Array(n).fill(NaN);
  const lastDay = new Float64Array(n).fill(NaN);
  const repeat = new ExactSums(n);
  for (let k = 0; k < n; k++) {
    const from = ordered.start[k];
    const to = ordered.start[k + 1];
    if (to === from) continue;
    const first = ordered.day[from];
    let last = first;
    let count = 1;
    for (let j = from; j < to; j++) {
      const day = ordered.day[j];
      if (day !== last) {
        count++;
        last = day;
      }
      if (day !== first) repeat.add(k, ordered.amount[j]);
    }
    days[k] = count;
    firstDay[k] = first;
    lastDay[k] = last;
  }
  return { n, days, firstDay, lastDay, repeatValue: repeat.totals() };
}

/** Per customer, the purchase days and the spend within the window, from transaction rows. */
export function purchasesBetweenOf(
  rows: PurchaseRows,
  n: number,
  window: DayWindow
): PurchasesBetween {
  const ordered = orderPurchases(rows, n, window);
  const days = new Float64Array(n);
  const spend = new ExactSums(n);
  for (let k = 0; k < n; k++) {
    let previous = NaN;
    for (let j = ordered.start[k]; j < ordered.start[k + 1]; j++) {
      const day = ordered.day[j];
      if (day !== previous) days[k]++;
      previous = day;
      spend.add(k, ordered.amount[j]);
    }
  }
  return { days, spend: spend.totals() };
}
