// The monthly projection with CLV by group (method.md section 4): each group's months from the
// fit its CLV comes from (its own, or the pooled one), over its customers with a CLV tier, so a
// group's months add up to its customers' CLV and the run's months (the groups summed) to the
// run's CLV, as without groups.
import { monthlyProjection, type ProjectionMonth } from "../../probabilistic/clv/monthlyProjection";
import type { ProbabilisticOptions } from "../../options";
import type { RfmtSummary } from "../../probabilistic";
import { groupHistories } from "../../probabilistic/purchase/groupHistories";
import type { ModelFigures, ProbabilisticFit } from "../probabilisticFigures";
import { pick, subset, type GroupFitSource } from "./fitGroups";

export interface GroupProjections {
  /** The run's months: every group's summed. */
  total: ProjectionMonth[];
  /** Per group, in the order of the sources. */
  byGroup: ProjectionMonth[][];
}

function sumInto(total: ProjectionMonth[], months: ProjectionMonth[]): void {
  months.forEach((m, k) => {
    for (const figure of ["orders", "revenue", "value"] as const)
      for (const key of Object.keys(m[figure]) as (keyof ProjectionMonth["value"])[])
        total[k][figure][key] += m[figure][key];
  });
}

/** Null when the run has no CLV (the pooled spend model unusable): nor has any group. */
export function groupProjections(
  s: RfmtSummary,
  sources: GroupFitSource[],
  pooled: ProbabilisticFit,
  /** The run's figures: each group's from its own fit. */
  figures: ModelFigures,
  o: Pick<ProbabilisticOptions, "horizonMonths" | "monthlyDiscount">,
  margin: Float64Array | number | null,
  /** CLV tier per summary row (255: none), the run's. */
  tier: Uint8Array
): GroupProjections | null {
  if (!pooled.clvDefined || sources.length === 0) return null;
  const byGroup = sources.map(({ rows, own }) => {
    const fit = own ?? pooled;
    const part = subset(s, rows);
    return monthlyProjection({
      unit: s.unit,
      model: fit.purchase.model,
      params: fit.purchase.params,
      // An own fit was made on these rows: its histories are theirs already.
      grouped: own ? own.grouped : groupHistories(part),
      expectedSpend: pick(figures.expectedSpend, rows),
      margin:
        margin === null || typeof margin === "number"
          ? new Float64Array(rows.length).fill(margin ?? 1)
          : pick(margin, rows),
      tier: Uint8Array.from(rows, (i) => tier[i]),
      horizonMonths: o.horizonMonths,
      monthlyDiscount: o.monthlyDiscount,
    });
  });
  const total = byGroup[0].map((m) => ({
    month: m.month,
    orders: { ...m.orders },
    revenue: { ...m.revenue },
    value: { ...m.value },
  }));
  byGroup.slice(1).forEach((months) => sumInto(total, months));
  return { total, byGroup };
}
