// The month-by-month projection of the CLV (method.md section 4): expected orders, revenue and
// discounted value of each month of the horizon, per CLV tier and in total. Month k's orders are
// E[Y(k u)] - E[Y((k-1) u)], the same differences of the same figures the CLV sums
// (expectedByMonth), so the discounted values over the horizon add up to the CLV column.
import type { GroupedHistories } from "../purchase/groupHistories";
import { interpolateNearAOne } from "../purchase/interpolateNearAOne";
import { expectedByMonth } from "./discountedPurchases";
import { MONTH_IN_UNIT, type PurchaseModel, type PurchaseParams, type TimeUnit } from "../types";

/** Per CLV tier (high, mid, low) and the total of the three. */
export interface TierFigures {
  high: number;
  mid: number;
  low: number;
  total: number;
}

export interface ProjectionMonth {
  /** 1 .. horizon months. */
  month: number;
  orders: TierFigures;
  /** Expected orders x expected spend per order, undiscounted, before any margin. */
  revenue: TierFigures;
  /** Revenue x margin / (1 + d)^month: what the CLV sums. */
  value: TierFigures;
}

export interface ProjectionInput {
  unit: TimeUnit;
  model: PurchaseModel;
  params: PurchaseParams;
  grouped: GroupedHistories;
  /** Per summary row: expected spend per purchase, margin (1 for revenue CLV), CLV tier 0..2. */
  expectedSpend: Float64Array;
  margin: Float64Array;
  /** Rows with another tier (255: no CLV) are left out, as they are of the CLV tiers. */
  tier: Uint8Array;
  horizonMonths: number;
  monthlyDiscount: number;
}

const KEYS = ["high", "mid", "low"] as const;
const zero = (): TierFigures => ({ high: 0, mid: 0, low: 0, total: 0 });

/** Expected purchases in each month, per distinct history: rows x months, row-major. */
function monthlyPurchases(o: ProjectionInput): Float64Array {
  const g = o.grouped;
  const months = o.horizonMonths;
  const schedule = { model: o.model, months, unit: MONTH_IN_UNIT[o.unit] };
  return interpolateNearAOne(o.params, (p) => {
    const expected = expectedByMonth(p, schedule);
    const out = new Float64Array(g.rows * months);
    for (let row = 0; row < g.rows; row++) {
      const upTo = expected(g.x[row], g.tx[row], g.T[row]);
      for (let k = 0; k < months; k++) out[row * months + k] = upTo[k] - (k > 0 ? upTo[k - 1] : 0);
    }
    return out;
  });
}

export function monthlyProjection(o: ProjectionInput): ProjectionMonth[] {
  const months = o.horizonMonths;
  const perRow = monthlyPurchases(o);
  const table = Array.from({ length: months }, (_, k) => ({
    month: k + 1,
    orders: zero(),
    revenue: zero(),
    value: zero(),
  }));
  const g = o.grouped;
  for (let i = 0; i < g.rowOf.length; i++) {
    const row = g.rowOf[i];
    const key = KEYS[o.tier[i]];
    const spend = o.expectedSpend[i];
    if (row < 0 || key === undefined || !Number.isFinite(spend)) continue;
    for (let k = 0; k < months; k++) {
      const orders = perRow[row * months + k];
      const revenue = orders * spend;
      const m = table[k];
      m.orders[key] += orders;
      m.revenue[key] += revenue;
      m.value[key] += (revenue * o.margin[i]) / Math.pow(1 + o.monthlyDiscount, k + 1);
    }
  }
  for (const m of table)
    for (const f of [m.orders, m.revenue, m.value]) f.total = f.high + f.mid + f.low;
  return table;
}

/** Orders, revenue and value summed over the horizon. */
export function projectionTotals(months: ProjectionMonth[]): Omit<ProjectionMonth, "month"> {
  const out = { orders: zero(), revenue: zero(), value: zero() };
  for (const m of months)
    for (const figure of ["orders", "revenue", "value"] as const)
      for (const k of [...KEYS, "total"] as const) out[figure][k] += m[figure][k];
  return out;
}
