// Weighted value score (B2B), method.md section 5: 0..100 = weighted percentile ranks of metrics.
import { descendingOrder } from "../abc/rankOrder";

export interface ScoreMetric {
  /** One value per customer; NaN when unknown for that customer. */
  values: Float64Array;
  weight: number;
  /** descendingOrder(values), when the caller has it already. */
  order?: Int32Array;
}

/**
 * Mid-rank percentile in 0..1: (L + (E - 1) / 2) / (N - 1), where L counts the values strictly
 * smaller, E the equal ones (itself included) and N the known (non-NaN) values. A lone value gets 1;
 * NaN stays NaN. So the smallest distinct value gets 0, the largest 1, and ties share the midpoint.
 * `order`: descendingOrder(values), when the caller has it already.
 */
export function percentileRanks(
  values: Float64Array,
  order: Int32Array = descendingOrder(values)
): Float64Array {
  const ranks = new Float64Array(values.length).fill(NaN);
  let known = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) known++;
  if (known === 1) {
    ranks[order[0]] = 1;
    return ranks;
  }
  // Walk runs of equal values, largest first; everything after a run is strictly smaller.
  let start = 0;
  while (start < known) {
    const v = values[order[start]];
    let end = start + 1;
    while (end < known && values[order[end]] === v) end++;
    const equal = end - start;
    const smaller = known - end;
    const rank = (smaller + (equal - 1) / 2) / (known - 1);
    for (let p = start; p < end; p++) ranks[order[p]] = rank;
    start = end;
  }
  return ranks;
}

/**
 * 100 x sum(weight x percentile rank) / sum(weights of the metrics known for that customer): a metric
 * that is NaN for a customer is left out and the remaining weights renormalised. NaN when no metric
 * with a positive total weight is known.
 */
export function weightedValueScore(metrics: ScoreMetric[]): Float64Array {
  const n = metrics.length > 0 ? metrics[0].values.length : 0;
  const weighted = new Float64Array(n);
  const weights = new Float64Array(n);
  for (const metric of metrics) {
    const ranks = percentileRanks(metric.values, metric.order);
    for (let i = 0; i < n; i++) {
      const r = ranks[i];
      if (Number.isNaN(r)) continue;
      weighted[i] += metric.weight * r;
      weights[i] += metric.weight;
    }
  }
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) score[i] = weights[i] > 0 ? (100 * weighted[i]) / weights[i] : NaN;
  return score;
}
