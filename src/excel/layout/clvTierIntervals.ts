// The summary sheet's CLV tiers over the horizon, give or take (method.md section 4): per tier its
// customers, total CLV, and the P10, P50 and P90 of that total over the parameter draws, when the
// CLV tiers come from the probabilistic CLV and it has intervals. A block of its own (five
// columns), among the probabilistic blocks: the charts stand right of the tables from column K,
// so the CLV-tier table itself cannot grow wider.
import {
  clean,
  formatMessage,
  intervalsOf,
  label,
  type Language,
  type SegmentResult,
} from "../../core";
import type { FormatName, Grid } from "./cellTypes";

export interface TierIntervalBlock {
  id: "clvTierIntervals";
  title: string;
  grid: Grid;
}

export function tierIntervalBlocks(result: SegmentResult, language: Language): TierIntervalBlock[] {
  const intervals = intervalsOf(result);
  if (intervals === null) return [];
  const months = result.probabilistic?.horizonMonths ?? 0;
  const percentile = (p: number) =>
    formatMessage("col.tierClvPercentile", { percentile: p }, language);
  const header = [
    label("col.clvTier", language),
    label("col.customers", language),
    formatMessage("col.tierClvTotal", { months }, language),
    percentile(10),
    percentile(50),
    percentile(90),
  ];
  const formats: FormatName[] = ["general", "integer", "money", "money", "money", "money"];
  const cell = (x: number) => clean(x) ?? "";
  return [
    {
      id: "clvTierIntervals",
      title: formatMessage("block.clvTierIntervals", { months, draws: intervals.draws }, language),
      grid: {
        header,
        formats,
        rows: intervals.tiers.map((t) => [
          label(`clvTier.${t.tier}`, language),
          t.customers,
          cell(t.total),
          cell(t.p10),
          cell(t.p50),
          cell(t.p90),
        ]),
        names: ["tier", "customers", "clvTotal", "clvTotalP10", "clvTotalP50", "clvTotalP90"],
      },
    },
  ];
}
