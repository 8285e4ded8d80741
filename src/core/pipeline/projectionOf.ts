// The monthly projection of a probabilistic run (method.md section 4), for the customers with a
// CLV tier: its months add up to their CLV.
import { monthlyProjection, type ProjectionMonth } from "../probabilistic/clv/monthlyProjection";
import type { RfmtSummary } from "../probabilistic/types";
import type { ProbabilisticOptions } from "../options";
import type { ProbabilisticFit } from "./probabilisticFigures";

export function projectionOf(
  s: RfmtSummary,
  fit: ProbabilisticFit,
  o: Pick<ProbabilisticOptions, "horizonMonths" | "monthlyDiscount">,
  margin: Float64Array | number | null,
  /** CLV tier per summary row (255: none). */
  tier: Uint8Array
): ProjectionMonth[] | null {
  if (!fit.clvDefined) return null;
  return monthlyProjection({
    unit: s.unit,
    model: fit.purchase.model,
    params: fit.purchase.params,
    // The figures' own grouping of this summary's histories.
    grouped: fit.grouped,
    expectedSpend: fit.figures.expectedSpend,
    margin:
      margin === null || typeof margin === "number"
        ? new Float64Array(s.n).fill(margin ?? 1)
        : margin,
    tier,
    horizonMonths: o.horizonMonths,
    monthlyDiscount: o.monthlyDiscount,
  });
}
