// Scores compatible with the R `rfm` package (rsquaredacademy/rfm 0.3.0, rfm_table_order),
// method.md section 3. Floating-point steps follow R's own code so that boundaries land exactly
// where R puts them.
import type { ScoreDirection } from "./quantileScores";
import { isScorable, sortedScorableValues } from "./sortedValues";

/**
 * R's quantile(x, p) with its default type 7 (stats::quantile.default, R >= 4): index = 1 + (n-1)p,
 * linear interpolation between the order statistics at floor(index) and ceiling(index), skipped
 * when they are equal. Same operations in the same order as R, hence the same rounding. NaN when
 * the array is empty; p is clamped to [0, 1] as R does.
 */
export function quantileType7(sortedAsc: Float64Array, p: number): number {
  const n = sortedAsc.length;
  if (n === 0) return NaN;
  const prob = Math.max(0, Math.min(1, p));
  const index = 1 + (n - 1) * prob;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = sortedAsc[lo - 1];
  const high = sortedAsc[hi - 1];
  if (!(index > lo) || high === low) return low;
  const h = index - lo;
  return (1 - h) * low + h * high;
}

/**
 * The probabilities the package asks for: seq(0, 1, length.out = 6) without its ends. R builds
 * them as k * (1 / 5), so the third is 0.6000000000000001, not 0.6; with integer data (F counts)
 * that moves a break across a value, e.g. 11 customers with F = 1..11.
 */
const R_PROBS: readonly number[] = [1, 2, 3, 4].map((k) => k * ((1 - 0) / 5));

export interface RPackageBreaks {
  /** Bin i (1..5) holds lower[i-1] <= v < upper[i-1]. */
  lower: number[];
  upper: number[];
}

/** The bins of rPackageBreaks from the scorable values already sorted ascending. */
export function breaksOfSorted(sorted: Float64Array): RPackageBreaks {
  const n = sorted.length;
  if (n === 0) return { lower: [NaN, NaN, NaN, NaN, NaN], upper: [NaN, NaN, NaN, NaN, NaN] };
  const b = R_PROBS.map((p) => quantileType7(sorted, p) + 1);
  return { lower: [sorted[0], ...b], upper: [...b, sorted[n - 1] + 1] };
}

/**
 * The package's bins over the eligible customers: b_k = quantile(values, k/5) + 1 for k = 1..4,
 * lower = [min, b1..b4], upper = [b1..b4, max + 1]. All NaN when nobody is eligible.
 */
export function rPackageBreaks(values: Float64Array, eligible: Uint8Array): RPackageBreaks {
  return breaksOfSorted(sortedScorableValues(values, eligible));
}

/**
 * Scores as the package's loop gives them: for bin i = 1..5 in order, values with
 * lower[i] <= v < upper[i] get i (higherIsBetter) or 6 - i (lowerIsBetter), later bins
 * overwriting earlier ones. 0 for customers that are not eligible, for NaN, and for a value no bin
 * holds (R leaves NA there; with finite values it happens only beyond 2^53, where max + 1 == max).
 * `sorted`: sortedScorableValues(values, eligible), when the caller has it already.
 */
export function rPackageScores(
  values: Float64Array,
  eligible: Uint8Array,
  direction: ScoreDirection,
  sorted: Float64Array = sortedScorableValues(values, eligible)
): Uint8Array {
  const { lower, upper } = breaksOfSorted(sorted);
  const higherIsBetter = direction === "higherIsBetter";
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!isScorable(v, eligible[i])) continue;
    // The last bin that holds v is the one R's overwriting loop leaves in place.
    for (let bin = 5; bin >= 1; bin--) {
      if (v >= lower[bin - 1] && v < upper[bin - 1]) {
        scores[i] = higherIsBetter ? bin : 6 - bin;
        break;
      }
    }
  }
  return scores;
}
