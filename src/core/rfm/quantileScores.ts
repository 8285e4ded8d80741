// Default RFM scoring by rank, method.md section 3: score = 1 + floor(5 L / N).
import { isScorable, sortedScorableValues } from "./sortedValues";

export type ScoreDirection = "higherIsBetter" | "lowerIsBetter";

/**
 * Fewest customers that must rank below for score k (k = 2..5): floor(5L/N) >= k-1 exactly when
 * L >= ceil((k-1) N / 5). Integer arithmetic, so no rounding at the boundaries.
 */
const minWorse = (k: number, n: number): number => Math.ceil(((k - 1) * n) / 5);

/**
 * Higher is better: the smallest value whose L (customers strictly below, i.e. the index of its
 * first occurrence) reaches minWorse(k); NaN when no value does (no value compares true with
 * NaN, not even an infinite one).
 */
function lowestValueReaching(sorted: Float64Array, worse: number): number {
  for (let j = worse; j < sorted.length; j++) {
    if (j === 0 || sorted[j] !== sorted[j - 1]) return sorted[j];
  }
  return NaN;
}

/**
 * Lower is better: the largest value whose L (customers strictly above, N - 1 - index of its last
 * occurrence) reaches minWorse(k); NaN when no value does.
 */
function highestValueReaching(sorted: Float64Array, worse: number): number {
  for (let j = sorted.length - 1 - worse; j >= 0; j--) {
    if (j === sorted.length - 1 || sorted[j] !== sorted[j + 1]) return sorted[j];
  }
  return NaN;
}

/**
 * Scores 1..5 by rank among the eligible customers; 0 for customers that are not eligible (and for
 * a NaN value, which is left out of N as well). L counts customers with a strictly smaller value
 * (higherIsBetter: F, M) or a strictly larger one (lowerIsBetter: R in days), so ties share a score.
 * The score only grows with L, so four value cut-offs found in the sorted copy decide it: one sort,
 * then a cache-friendly pass (a binary search per customer is several times slower at 10^6 rows).
 * `sorted`: sortedScorableValues(values, eligible), when the caller has it already.
 */
export function quantileScores(
  values: Float64Array,
  eligible: Uint8Array,
  direction: ScoreDirection,
  sorted: Float64Array = sortedScorableValues(values, eligible)
): Uint8Array {
  const scores = new Uint8Array(values.length);
  const n = sorted.length;
  if (n === 0) return scores;
  const higherIsBetter = direction === "higherIsBetter";
  const cut = [2, 3, 4, 5].map((k) =>
    higherIsBetter
      ? lowestValueReaching(sorted, minWorse(k, n))
      : highestValueReaching(sorted, minWorse(k, n))
  );
  const [c2, c3, c4, c5] = cut;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!isScorable(v, eligible[i])) continue;
    if (higherIsBetter) scores[i] = 1 + +(v >= c2) + +(v >= c3) + +(v >= c4) + +(v >= c5);
    else scores[i] = 1 + +(v <= c2) + +(v <= c3) + +(v <= c4) + +(v <= c5);
  }
  return scores;
}
