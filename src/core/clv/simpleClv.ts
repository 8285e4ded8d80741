// Simple CLV of the literature, method.md section 4:
// CLV = average order value x purchases per year x lifespan in years x margin.
import type { CustomerTable } from "../types";

const DAYS_PER_YEAR = 365;

export interface SimpleClvOptions {
  lifespanYears: number;
  /**
   * Annualise over at least this many days (method.md section 4, default 365): a few weeks of
   * history multiplied out to a year would rank a burst of orders above years of loyal buying.
   */
  minTenureDays: number;
  /** Global margin rate; used when there is no profit column, or for customers whose profit is unknown. */
  margin: number | null;
}

export interface SimpleClvResult {
  /** NaN for customers without a purchase or without the data the formula needs. */
  clv: Float64Array;
  /** "revenue" when neither a profit column nor a global margin is given (margin 1). */
  kind: "profit" | "revenue";
  /** Customers with a purchase whose CLV is unknown because neither first day nor annual spend is known. */
  missingFirstDay: number;
}

/**
 * AOV x purchases per year = (M / F) x (F / observed years) = M / observed years, so F cancels and
 * is not needed. With a summary table's annual spend and no first purchase day, that product is the
 * annual spend. A non-positive spend rate (returns exceeding purchases) gives CLV 0: nothing to
 * project. With a profit column the margin is that customer's profit / M (M > 0), falling back to the
 * global margin when the profit or M is unknown, else NaN (a revenue figure would mix units).
 */
export function simpleClv(
  c: CustomerTable,
  asOfDay: number,
  opts: SimpleClvOptions
): SimpleClvResult {
  const clv = new Float64Array(c.n);
  let missingFirstDay = 0;
  for (let i = 0; i < c.n; i++) {
    clv[i] = simpleClvAt(c, i, asOfDay, opts);
    if (c.hasPurchase[i] && Number.isNaN(clv[i]) && annualSpendRate(c, i, asOfDay, 0) === undefined)
      missingFirstDay++;
  }
  const kind = clvKindOf(c, opts.margin);
  return { clv, kind, missingFirstDay };
}

/**
 * One customer's simple CLV; with `extraSpend`, as if they had spent that much more by the as-of
 * date (the next tier's step, method.md section 12), over the same observed years.
 */
export function simpleClvAt(
  c: CustomerTable,
  i: number,
  asOfDay: number,
  opts: SimpleClvOptions,
  extraSpend = 0
): number {
  if (!c.hasPurchase[i]) return NaN;
  const rate = annualSpendRate(c, i, asOfDay, opts.minTenureDays, extraSpend);
  if (rate === undefined) return NaN;
  if (rate <= 0) return 0;
  return rate * opts.lifespanYears * marginOf(c, i, opts.margin);
}

/**
 * 1 for customers with a purchase whose first purchase is fewer than `days` before the as-of date
 * (method.md section 4: their CLV is an early figure). Unknown first day: not flagged.
 */
export function shortHistory(c: CustomerTable, asOfDay: number, days: number): Uint8Array {
  const out = new Uint8Array(c.n);
  for (let i = 0; i < c.n; i++) out[i] = c.hasPurchase[i] && asOfDay - c.firstDay[i] < days ? 1 : 0;
  return out;
}

/** Spend per year (AOV x purchases per year); undefined when neither first day nor annual spend is known. */
function annualSpendRate(
  c: CustomerTable,
  i: number,
  asOfDay: number,
  minTenureDays: number,
  extraSpend = 0
): number | undefined {
  const firstDay = c.firstDay[i];
  if (!Number.isNaN(firstDay)) {
    const observedYears = Math.max(asOfDay - firstDay, minTenureDays) / DAYS_PER_YEAR;
    return (c.monetary[i] + extraSpend) / observedYears;
  }
  // A summary's annual spend is a year's: spend added within the year adds to it.
  const annual = c.annualSpend === null ? NaN : c.annualSpend[i];
  return Number.isNaN(annual) ? undefined : annual + extraSpend;
}

/** A profit CLV when a profit column or a global margin is known, else a revenue CLV. */
export function clvKindOf(c: CustomerTable, globalMargin: number | null): "profit" | "revenue" {
  return c.profit !== null || globalMargin !== null ? "profit" : "revenue";
}

/**
 * The margin of customer i: with a profit column that customer's profit / net spend (M > 0), else
 * the global margin; without a profit column the global margin, or 1 for a revenue CLV.
 */
export function marginOf(c: CustomerTable, i: number, globalMargin: number | null): number {
  if (c.profit === null) return globalMargin ?? 1;
  const profit = c.profit[i];
  const revenue = c.monetary[i];
  if (Number.isFinite(profit) && revenue > 0) return profit / revenue;
  return globalMargin ?? NaN;
}
