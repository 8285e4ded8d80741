// Quantiles of the CLV draws: linear interpolation between order statistics (Hyndman and Fan's
// type 7, the default of R, NumPy and Excel's PERCENTILE.INC), so a face can check them.

/** The q-quantile of sorted[0..length); NaN when length is 0. */
export function drawQuantile(sorted: ArrayLike<number>, length: number, q: number): number {
  if (length === 0) return NaN;
  const h = (length - 1) * q;
  const below = Math.floor(h);
  const above = Math.min(below + 1, length - 1);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}
