// Pareto curve points (method.md section 8): cumulative share of customers vs of value.
import type { ParetoPoint } from "../types";

/** Value shares the chart marks; their points are always kept when down-sampling. */
export const PARETO_MARKS: readonly number[] = [0.8, 0.95];
export const DEFAULT_PARETO_POINTS = 201;
/** The two endpoints plus one point per mark. */
const MIN_POINTS = 2 + PARETO_MARKS.length;

/**
 * Cumulative shares over the customers with a positive value, in the given rank order (as
 * classifyAbc returns it), from {0,0} to {1,1}. With more than maxPoints points, keeps points evenly
 * spaced by customer share plus, always, the first point whose value share reaches each mark; the
 * result never exceeds maxPoints (raised to 4 when smaller). No positive value: just the endpoints.
 */
export function paretoPoints(
  values: Float64Array,
  order: Int32Array,
  maxPoints: number = DEFAULT_PARETO_POINTS
): ParetoPoint[] {
  const cumulative = positiveCumulative(values, order);
  const count = cumulative.length - 1;
  const total = cumulative[count];
  if (count === 0 || !(total > 0)) return [point(0, 0), point(1, 1)];

  const limit = Number.isFinite(maxPoints)
    ? Math.max(MIN_POINTS, Math.floor(maxPoints))
    : DEFAULT_PARETO_POINTS;
  const keep = keptIndices(cumulative, limit);
  return keep.map((k) => (k === count ? point(1, 1) : point(k / count, cumulative[k] / total)));
}

/** cumulative[k] = sum of the first k positive values in rank order (cumulative[0] = 0). */
function positiveCumulative(values: Float64Array, order: Int32Array): Float64Array {
  let count = 0;
  for (let i = 0; i < order.length; i++) if (values[order[i]] > 0) count++;
  const cumulative = new Float64Array(count + 1);
  let k = 0;
  for (let i = 0; i < order.length; i++) {
    const v = values[order[i]];
    if (v > 0) {
      cumulative[k + 1] = cumulative[k] + v;
      k++;
    }
  }
  return cumulative;
}

function keptIndices(cumulative: Float64Array, maxPoints: number): number[] {
  const count = cumulative.length - 1;
  if (count + 1 <= maxPoints) return Array.from({ length: count + 1 }, (_, k) => k);
  const total = cumulative[count];
  const marks = PARETO_MARKS.map((share) => firstReaching(cumulative, total, share));
  const even = maxPoints - marks.length;
  const kept = new Set<number>(marks);
  for (let j = 0; j < even; j++) kept.add(Math.round((j * count) / (even - 1)));
  return Array.from(kept).sort((a, b) => a - b);
}

/** Smallest k whose value share (as the point shows it) reaches share; cumulative is increasing. */
function firstReaching(cumulative: Float64Array, total: number, share: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] / total >= share) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function point(customerShare: number, valueShare: number): ParetoPoint {
  return { customerShare, valueShare };
}
