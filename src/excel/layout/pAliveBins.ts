// The P(alive) distribution the summary sheet charts: customers per tenth of probability.

export const P_ALIVE_BINS = 10;

/**
 * Customers per bin [0, 0.1), [0.1, 0.2) ... [0.9, 1]; P(alive) = 1 goes to the last bin.
 * Customers without a figure (NaN: the models did not see them) are in none.
 */
export function pAliveBins(pAlive: Float64Array): number[] {
  const counts = new Array<number>(P_ALIVE_BINS).fill(0);
  for (const p of pAlive) {
    if (!(p >= 0 && p <= 1)) continue;
    counts[Math.min(P_ALIVE_BINS - 1, Math.floor(p * P_ALIVE_BINS))]++;
  }
  return counts;
}
