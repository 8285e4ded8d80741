// The CLV intervals on the per-customer faces (method.md section 4): P10, P50 and P90 of the CLV
// over the parameter draws and the tier confidence, in runs whose CLV tiers come from the
// probabilistic CLV and have intervals. One place for the columns, the cells and the JSON fields,
// so the customer sheet, the CLI's files and its JSON say the same.
import { formatMessage, label } from "../i18n";
import { intervalFields } from "../records";
import type { ClvIntervalResult, SegmentResult } from "../result";
import type { Language } from "../types";
import type { OutCell, OutColumn } from "./customerTable";

/** The intervals the CLV tiers of this run come with, or null. */
export function intervalsOf(result: SegmentResult): ClvIntervalResult | null {
  if (result.clvModel !== "probabilistic") return null;
  return result.probabilistic?.intervals ?? null;
}

export function intervalColumns(result: SegmentResult, language: Language): OutColumn[] {
  const intervals = intervalsOf(result);
  if (intervals === null) return [];
  const months = result.probabilistic?.horizonMonths ?? 0;
  const q = (percentile: number): OutColumn => ({
    header: formatMessage("col.clvPercentile", { percentile, months }, language),
    kind: "money",
  });
  return [q(10), q(50), q(90), { header: label("col.tierConfidence", language), kind: "share" }];
}

export function intervalCells(result: SegmentResult, k: number): OutCell[] {
  const intervals = intervalsOf(result);
  if (intervals === null) return [];
  const f = intervalFields(intervals, k);
  return [f.clvP10, f.clvP50, f.clvP90, f.tierConfidence];
}
