// The span of plausible dates for a table: a date far outside it (a 9999-12-31 placeholder, a
// 1900 serial 0, a year typed 2204) is a rejected row, so it can neither set the as-of date to
// the year 10000 nor make everyone's recency a century long (method.md section 1).
import { dayToIso, MAX_DAY, MIN_DAY } from "../cells";

export interface DateWindow {
  /** First and last plausible day (inclusive). */
  low: number;
  high: number;
}

export const OPEN_WINDOW: DateWindow = { low: -Infinity, high: Infinity };

const DAYS_PER_YEAR = 365.25;
/** Tukey's "far out" fences: three interquartile ranges beyond the quartiles. */
const FAR_OUT = 3;

/** Linear-interpolated quantile of sorted values (Hyndman and Fan type 7, as Excel's QUARTILE.INC). */
function quantile(sorted: Int32Array | Float64Array, p: number): number {
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * The window around the middle half of `days` (valid day numbers, any order; it is sorted in
 * place): Tukey's far-out fences, three interquartile ranges beyond the quartiles, but never
 * closer than `minYears`. Robust: up to a quarter of the dates may be wrong without moving it.
 */
export function dateWindow(days: Int32Array | Float64Array, minYears: number): DateWindow {
  if (days.length === 0) return OPEN_WINDOW;
  days.sort();
  const q1 = quantile(days, 0.25);
  const q3 = quantile(days, 0.75);
  const reach = Math.max(FAR_OUT * (q3 - q1), minYears * DAYS_PER_YEAR);
  return { low: Math.ceil(q1 - reach), high: Math.floor(q3 + reach) };
}

/** The window's ends as ISO dates for a message, within the days Excel can show. */
export function windowParams(w: DateWindow): { from: string; to: string } {
  return {
    from: dayToIso(Math.max(w.low, MIN_DAY)),
    to: dayToIso(Math.min(w.high, MAX_DAY)),
  };
}
