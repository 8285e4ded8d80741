// The cut date of a backtest (method.md section 11): H months before the end of the data
// (default 6), or half the span when the data are shorter than two such windows.
import { dayFromYmd, dayToIso } from "../cells/dayNumber";

/** The day `months` calendar months before `day` (the month's last day when it is shorter). */
export function monthsBefore(day: number, months: number): number {
  const [y, m, d] = dayToIso(day).split("-").map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  for (let dd = d; dd >= 28; dd--) {
    const candidate = dayFromYmd(year, month, dd);
    if (!Number.isNaN(candidate)) return candidate;
  }
  return dayFromYmd(year, month, Math.min(d, 28));
}

export interface BacktestWindow {
  /** Last day scored with: rows on or before it are "before". */
  cutDay: number;
  /** Last day of the window after the cut. */
  endDay: number;
}

/**
 * With a cut date given, the window runs from the day after it to the end of the data; otherwise
 * the cut is `months` before the last day, or halfway when the data span less than twice that.
 */
export function backtestWindow(
  firstDay: number,
  lastDay: number,
  months: number,
  cutDay: number | null
): BacktestWindow {
  if (cutDay !== null) return { cutDay, endDay: lastDay };
  const byMonths = monthsBefore(lastDay, months);
  const half = Math.floor((firstDay + lastDay) / 2);
  return { cutDay: byMonths > half ? byMonths : half, endDay: lastDay };
}
