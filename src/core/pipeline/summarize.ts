// Stage 3 of segment(): the tables the charts are fed from (method.md section 8).
import { ABC_LABELS } from "../abc";
import { CLV_TIERS } from "../clv";
import { label } from "../i18n";
import type { SegmentOptions } from "../options";
import type { Summaries } from "../result";
import { paretoPoints, rfGrid, summarizeGroups } from "../summary";
import { STAGES, type CustomerTable } from "../types";
import type { CustomerScores } from "./scoreCustomers";

/** Segment index per customer, with customers without a purchase in an extra last group. */
function segmentGroups(s: CustomerScores): Int16Array {
  const noPurchase = s.scheme.segments.length;
  // Loops, not map with a callback: a call per customer, before the callback is optimized.
  const groups = new Int16Array(s.segment.length);
  for (let k = 0; k < groups.length; k++) groups[k] = s.segment[k] < 0 ? noPurchase : s.segment[k];
  return groups;
}

/** CLV tier per customer, with 255 (no tier) as -1: left out of the groups. */
function tierGroups(s: CustomerScores): Int16Array {
  const groups = new Int16Array(s.clvTier.length);
  for (let k = 0; k < groups.length; k++) groups[k] = s.clvTier[k] === 255 ? -1 : s.clvTier[k];
  return groups;
}

function sum(values: Float64Array): number | null {
  let total = 0;
  let known = 0;
  for (const v of values) {
    if (!Number.isNaN(v)) {
      total += v;
      known++;
    }
  }
  return known > 0 ? total : null;
}

export function summarize(c: CustomerTable, s: CustomerScores, o: SegmentOptions): Summaries {
  const lang = o.language;
  const groups = (
    g: ArrayLike<number>,
    defs: { key: string; label: string }[],
    value = c.monetary
  ) => summarizeGroups(g, defs, c, value, s.scores, s.clv, s.shortHistory);
  const segmentDefs = s.scheme.segments.map((d) => ({ key: d.id, label: d.label[lang] }));
  segmentDefs.push({ key: "noPurchase", label: label("stage.potential.none", lang) });
  let purchasers = 0;
  let shortHistory = 0;
  for (let k = 0; k < c.n; k++) {
    purchasers += c.hasPurchase[k];
    shortHistory += s.shortHistory[k];
  }
  return {
    abc: groups(
      s.abc.cls,
      ABC_LABELS.map((a) => ({ key: a, label: a })),
      s.abcValue
    ),
    segments: groups(segmentGroups(s), segmentDefs),
    stages: groups(
      s.stage,
      STAGES.map((st) => ({ key: st, label: label(`stage.${st}`, lang) }))
    ),
    clvTiers: groups(
      tierGroups(s),
      CLV_TIERS.map((t) => ({ key: t, label: label(`clvTier.${t}`, lang) }))
    ),
    pareto: paretoPoints(s.abcValue, s.abc.order),
    rfGrid: rfGrid(s.scores, c.monetary),
    totals: {
      customers: c.n,
      purchasers,
      value: sum(c.monetary) ?? 0,
      clv: sum(s.clv),
      shortHistory,
    },
  };
}
