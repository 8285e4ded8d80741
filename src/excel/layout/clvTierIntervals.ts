// The summary sheet's CLV-tier table with each tier's value over the horizon, give or take
// (method.md section 4): the tier's total CLV and the P10, P50 and P90 of that total over the
// parameter draws, when the CLV tiers come from the probabilistic CLV and it has intervals.
import { clean, formatMessage, intervalsOf, type Language, type SegmentResult } from "../../core";
import type { FormatName, Grid, OutValue } from "./cellTypes";

/** Stable names of the added columns, for charts and tests. */
export const TIER_INTERVAL_COLUMNS = ["clvTotal", "clvTotalP10", "clvTotalP50", "clvTotalP90"];

/** `grid` (the CLV-tier group table, one row per tier key in `keys`) with the interval columns. */
export function withTierIntervals(
  grid: Grid,
  keys: readonly string[],
  result: SegmentResult,
  language: Language
): Grid {
  const intervals = intervalsOf(result);
  if (intervals === null) return grid;
  const months = result.probabilistic?.horizonMonths ?? 0;
  const header = [
    formatMessage("col.tierClvTotal", { months }, language),
    ...[10, 50, 90].map((percentile) =>
      formatMessage("col.tierClvPercentile", { percentile }, language)
    ),
  ];
  const byKey = new Map(intervals.tiers.map((t) => [t.tier as string, t]));
  const cell = (x: number | undefined): OutValue => (x === undefined ? "" : (clean(x) ?? ""));
  return {
    ...grid,
    header: [...grid.header, ...header],
    formats: [...grid.formats, ...header.map((): FormatName => "money")],
    rows: grid.rows.map((row, i) => {
      const tier = byKey.get(keys[i]);
      return [...row, cell(tier?.total), cell(tier?.p10), cell(tier?.p50), cell(tier?.p90)];
    }),
    names: grid.names ? [...grid.names, ...TIER_INTERVAL_COLUMNS] : undefined,
  };
}
