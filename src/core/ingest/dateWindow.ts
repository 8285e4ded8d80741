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

export const DAYS_PER_YEAR = 365.25;
/** Tukey's "far out" fences: three interquartile ranges beyond the quartiles. */
export const FAR_OUT = 3;

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
  return fences(quantile(days, 0.25), quantile(days, 0.75), minYears);
}

function fences(q1: number, q3: number, minYears: number): DateWindow {
  const reach = Math.max(FAR_OUT * (q3 - q1), minYears * DAYS_PER_YEAR);
  return { low: Math.ceil(q1 - reach), high: Math.floor(q3 + reach) };
}

/**
 * dateWindow of the days a histogram holds (`counts[i]` rows on `days[i]`, valid days, any
 * order): the same window for the same days, from a table of distinct days (another engine's).
 */
export function dateWindowOfCounts(
  days: ArrayLike<number>,
  counts: ArrayLike<number>,
  minYears: number
): DateWindow {
  const order = Array.from({ length: days.length }, (_, i) => i).sort((a, b) => days[a] - days[b]);
  let total = 0;
  for (const i of order) total += counts[i];
  if (total === 0) return OPEN_WINDOW;
  /** The value at this position of the sorted days (as sorted[at] would give it). */
  const at = (position: number): number => {
    let seen = 0;
    for (const i of order) {
      seen += counts[i];
      if (position < seen) return days[i];
    }
    return days[order[order.length - 1]];
  };
  const quantileOf = (p: number): number => {
    const x = p * (total - 1);
    const lo = Math.floor(x);
    const hi = Math.min(lo + 1, total - 1);
    return at(lo) + (x - lo) * (at(hi) - at(lo));
  };
  return fences(quantileOf(0.25), quantileOf(0.75), minYears);
}

/** The window's ends as ISO dates for a message, within the days Excel can show. */
export function windowParams(w: DateWindow): { from: string; to: string } {
  return {
    from: dayToIso(Math.max(w.low, MIN_DAY)),
    to: dayToIso(Math.min(w.high, MAX_DAY)),
  };
}
