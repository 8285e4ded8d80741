/** Median of the first n entries of buf (sorted in place). */
export function medianInPlace(buf: Float64Array, n: number): number {
  if (n === 0) return NaN;
  const part = buf.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? part[mid] : (part[mid - 1] + part[mid]) / 2;
}
