// The spread of P(alive) over a group's customers.
import type { PAliveSpread } from "./types";

/** Linear interpolation between order statistics (Excel's PERCENTILE.INC, R type 7). */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (at - lo) * (sorted[hi] - sorted[lo]);
}

/** NaN values (customers without a figure) are left out. */
export function pAliveSpread(values: Iterable<number>): PAliveSpread {
  const finite = Float64Array.from(values).filter((v) => Number.isFinite(v));
  finite.sort();
  const sum = finite.reduce((a, b) => a + b, 0);
  return {
    mean: finite.length === 0 ? NaN : sum / finite.length,
    p10: quantile(finite, 0.1),
    p25: quantile(finite, 0.25),
    p50: quantile(finite, 0.5),
    p75: quantile(finite, 0.75),
    p90: quantile(finite, 0.9),
  };
}
