// The CLV intervals, from summary rows to the run's customer indices (as every per-customer
// column of the probabilistic result).
import { NO_CLV_TIER } from "../clv/clvTiers";
import type { ClvIntervals } from "../probabilistic/intervals/clvIntervals";
import type { ClvIntervalResult } from "../result";

/** Summary rows spread back to customer indices; NaN for customers the models did not see. */
export function perCustomer(n: number, rows: Int32Array, values: Float64Array): Float64Array {
  const out = new Float64Array(n).fill(NaN);
  for (let j = 0; j < rows.length; j++) out[rows[j]] = values[j];
  return out;
}

export function spreadIntervals(
  intervals: ClvIntervals | null,
  n: number,
  rows: Int32Array
): ClvIntervalResult | null {
  if (intervals === null) return null;
  const tier = new Uint8Array(n).fill(NO_CLV_TIER);
  for (let j = 0; j < rows.length; j++) tier[rows[j]] = intervals.tier[j];
  return {
    draws: intervals.draws,
    seed: intervals.seed,
    p10: perCustomer(n, rows, intervals.p10),
    p50: perCustomer(n, rows, intervals.p50),
    p90: perCustomer(n, rows, intervals.p90),
    tier,
    tierConfidence: perCustomer(n, rows, intervals.tierConfidence),
    tiers: intervals.tiers,
  };
}
