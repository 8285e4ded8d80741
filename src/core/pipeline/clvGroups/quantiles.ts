// The spread of P(alive) over a group's customers.
import { drawQuantile } from "../../probabilistic/intervals/quantile";
import type { PAliveSpread } from "./types";

/** Excel's PERCENTILE.INC (R type 7), as the CLV intervals take theirs. */
const quantile = (sorted: Float64Array, q: number): number =>
  drawQuantile(sorted, sorted.length, q);

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
