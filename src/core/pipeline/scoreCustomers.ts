// Stage 2 of segment(): RFM scores, segments, CLV, ABC, value score and lifecycle per customer.
import { classifyAbc } from "../abc";
import { clvTiers, simpleClv } from "../clv";
import { churnWarnings, lifecycleStages } from "../lifecycle";
import type { SegmentOptions } from "../options";
import { resolveScheme } from "../resolveOptions";
import { fixedScores, quantileScores, rfmCodes, rPackageScores } from "../rfm";
import type { ScoreDirection } from "../rfm";
import { applyScheme } from "../segments/applyScheme";
import type { AbcResult, CustomerTable, RfmScores, SegmentScheme, ThresholdStep } from "../types";
import { scoreTiers, weightedValueScore } from "../valueScore";

export interface CustomerScores {
  scores: RfmScores;
  rfmCode: Int16Array;
  rfmTotal: Uint8Array;
  scheme: SegmentScheme;
  segment: Int16Array;
  clv: Float64Array;
  clvKind: "profit" | "revenue";
  clvMissing: number;
  clvTier: Uint8Array;
  abcValue: Float64Array;
  abc: AbcResult;
  valueScore: Float64Array;
  valueTier: Uint8Array;
  stage: Uint8Array;
  churnWarning: Uint8Array;
}

function scoreOne(
  values: Float64Array,
  eligible: Uint8Array,
  dir: ScoreDirection,
  o: SegmentOptions,
  steps: ThresholdStep[]
) {
  switch (o.rfm.scoring) {
    case "fixed":
      return fixedScores(values, eligible, steps);
    case "rfm-r":
      return rPackageScores(values, eligible, dir);
    default:
      return quantileScores(values, eligible, dir);
  }
}

/** M as scored: total net spend, or the average order value when the user asks for it. */
function monetaryForScoring(c: CustomerTable, o: SegmentOptions): Float64Array {
  if (o.rfm.monetary === "total") return c.monetary;
  return c.monetary.map((m, k) => (c.frequency[k] > 0 ? m / c.frequency[k] : NaN));
}

export function rfmScores(c: CustomerTable, o: SegmentOptions): RfmScores {
  const eligible = c.hasPurchase;
  return {
    r: scoreOne(c.recencyDays, eligible, "lowerIsBetter", o, o.rfm.fixed.recency),
    f: scoreOne(c.frequency, eligible, "higherIsBetter", o, o.rfm.fixed.frequency),
    m: scoreOne(monetaryForScoring(c, o), eligible, "higherIsBetter", o, o.rfm.fixed.monetary),
  };
}

function abcValues(c: CustomerTable, o: SegmentOptions, clv: Float64Array): Float64Array {
  if (o.abc.basis === "clv") return clv;
  if (o.abc.basis === "profit" && c.profit) return c.profit;
  return c.monetary;
}

/** Weighted value score (method.md section 5): spend, predicted value, the user's strategic column. */
function valueScoreOf(c: CustomerTable, o: SegmentOptions, clv: Float64Array) {
  const w = o.valueScore.weights;
  const metrics = [
    { values: c.profit ?? c.monetary, weight: w.historical },
    { values: clv.some((x) => !Number.isNaN(x)) ? clv : c.frequency, weight: w.potential },
  ];
  if (c.strategic) metrics.push({ values: c.strategic, weight: w.strategic });
  const score = weightedValueScore(metrics);
  return { score, tier: scoreTiers(score).cls };
}

export function scoreCustomers(
  c: CustomerTable,
  o: SegmentOptions,
  asOfDay: number
): CustomerScores {
  const scores = rfmScores(c, o);
  const { code, total } = rfmCodes(scores);
  const scheme = resolveScheme(o);
  const clv = simpleClv(c, asOfDay, o.clv);
  const abcValue = abcValues(c, o, clv.clv);
  const stage = lifecycleStages(c, scores, o.lifecycle);
  const value = valueScoreOf(c, o, clv.clv);
  return {
    scores,
    rfmCode: code,
    rfmTotal: total,
    scheme,
    segment: applyScheme(scores, scheme),
    clv: clv.clv,
    clvKind: clv.kind,
    clvMissing: clv.missingFirstDay,
    clvTier: clvTiers(clv.clv),
    abcValue,
    abc: classifyAbc(abcValue, o.abc),
    valueScore: value.score,
    valueTier: value.tier,
    stage,
    churnWarning: churnWarnings(stage),
  };
}
