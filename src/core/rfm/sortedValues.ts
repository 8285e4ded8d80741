// Helpers shared by the rank-based scorers (quantile and R-package breaks).

/** A customer is scored when eligible and its value is a number (NaN gets no score). */
export function isScorable(value: number, eligible: number): boolean {
  return eligible !== 0 && !Number.isNaN(value);
}

/** The scorable values, sorted ascending. */
export function sortedScorableValues(values: Float64Array, eligible: Uint8Array): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (isScorable(values[i], eligible[i])) count++;
  const sorted = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < values.length; i++) if (isScorable(values[i], eligible[i])) sorted[k++] = values[i];
  // Float64Array#sort is numeric (no string comparison), unlike Array#sort without a comparator.
  return sorted.sort();
}

/** Number of entries of an ascending array strictly below v. */
export function countBelow(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of entries of an ascending array strictly above v. */
export function countAbove(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= v) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length - lo;
}
