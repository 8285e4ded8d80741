// Pearson's correlation coefficient, in two passes (means first) so that large values with a
// small spread do not lose their digits as the one-pass sum-of-squares formula does.

/** Correlation of x and y over the positions where keep is true (all when omitted); NaN if < 2 or constant. */
export function pearsonCorrelation(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  keep?: (i: number) => boolean
): number {
  let n = 0;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < x.length; i++) {
    if (keep && !keep(i)) continue;
    n++;
    sumX += x[i];
    sumY += y[i];
  }
  if (n < 2) return NaN;
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    if (keep && !keep(i)) continue;
    const dx = x[i] - meanX;
    const dy = y[i] - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}
