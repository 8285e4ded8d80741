// Stage 2 of segment(): RFM scores, segments, CLV, ABC, value score and lifecycle per customer.
import { classifyAbc, descendingOrders } from "../abc";
import { clvTiers, shortHistory, simpleClv } from "../clv";
import { churnWarnings, lifecycleStages, type ModelChurn } from "../lifecycle";
import type { ClvModel, SegmentOptions } from "../options";
import type { ProbabilisticResult } from "../result";
import { resolveScheme } from "../resolveOptions";
import {
  fixedScores,
  quantileScores,
  rfmCodes,
  rfmThresholds,
  rPackageScores,
  sortedScorableValues,
} from "../rfm";
import type { RfmDimension, RfmThresholds, ScoreDirection } from "../rfm";
import { applyScheme } from "../segments/applyScheme";
import { nextTierClv, nextTiers, type NextTiers } from "../nextTier";
import type { AbcResult, CustomerTable, RfmScores, SegmentScheme, ThresholdStep } from "../types";
import { scoreTiers, weightedValueScore } from "../valueScore";

export interface CustomerScores {
  scores: RfmScores;
  /** The values each score covers, as applied (method.md section 10). */
  thresholds: RfmThresholds;
  /** The smallest single change that lifts each customer a segment (method.md section 12). */
  nextTier: NextTiers;
  /** The CLV each customer's next-tier step would add; NaN without a step or a CLV. */
  nextTierClv: Float64Array;
  rfmCode: Int16Array;
  rfmTotal: Uint8Array;
  scheme: SegmentScheme;
  segment: Int16Array;
  clv: Float64Array;
  clvKind: "profit" | "revenue";
  clvModel: ClvModel;
  clvMissing: number;
  clvTier: Uint8Array;
  /** 1 for purchasers with under clv.shortHistoryDays of history (method.md section 4). */
  shortHistory: Uint8Array;
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
  steps: ThresholdStep[],
  sorted?: Float64Array
) {
  switch (o.rfm.scoring) {
    case "fixed":
      return fixedScores(values, eligible, steps);
    case "rfm-r":
      return rPackageScores(values, eligible, dir, sorted);
    default:
      return quantileScores(values, eligible, dir, sorted);
  }
}

/** M as scored: total net spend, or the average order value when the user asks for it. */
export function monetaryForScoring(c: CustomerTable, o: SegmentOptions): Float64Array {
  if (o.rfm.monetary === "total") return c.monetary;
  return c.monetary.map((m, k) => (c.frequency[k] > 0 ? m / c.frequency[k] : NaN));
}

/** R days, F and M as scored; with their scorable values sorted, when a run has them already. */
export interface ScoredValues {
  values: Record<RfmDimension, Float64Array>;
  sorted?: Record<RfmDimension, Float64Array>;
}

export function rfmScores(
  c: CustomerTable,
  o: SegmentOptions,
  scored: ScoredValues = { values: scoredValues(c, o) }
): RfmScores {
  const eligible = c.hasPurchase;
  const { values: v, sorted: s } = scored;
  const fixed = o.rfm.fixed;
  return {
    r: scoreOne(v.recency, eligible, "lowerIsBetter", o, fixed.recency, s?.recency),
    f: scoreOne(v.frequency, eligible, "higherIsBetter", o, fixed.frequency, s?.frequency),
    m: scoreOne(v.monetary, eligible, "higherIsBetter", o, fixed.monetary, s?.monetary),
  };
}

/** Each dimension's scorable values sorted once: the scores and the next-tier steps rank them. */
function sortedValuesOf(
  values: Record<RfmDimension, Float64Array>,
  eligible: Uint8Array
): Record<RfmDimension, Float64Array> {
  return {
    recency: sortedScorableValues(values.recency, eligible),
    frequency: sortedScorableValues(values.frequency, eligible),
    monetary: sortedScorableValues(values.monetary, eligible),
  };
}

function abcValues(c: CustomerTable, o: SegmentOptions, clv: Float64Array): Float64Array {
  if (o.abc.basis === "clv") return clv;
  if (o.abc.basis === "profit" && c.profit) return c.profit;
  return c.monetary;
}

/**
 * Weighted value score (method.md section 5): spend, predicted value, the user's strategic column.
 * `orderOf` ranks each column (descendingOrders: ABC and the CLV tiers rank spend and CLV too).
 */
function valueScoreOf(
  c: CustomerTable,
  o: SegmentOptions,
  clv: Float64Array,
  orderOf: (values: Float64Array) => Int32Array
) {
  const w = o.valueScore.weights;
  const metric = (values: Float64Array, weight: number) => ({
    values,
    weight,
    order: orderOf(values),
  });
  const metrics = [
    metric(c.profit ?? c.monetary, w.historical),
    metric(clv.some((x) => !Number.isNaN(x)) ? clv : c.frequency, w.potential),
  ];
  if (c.strategic) metrics.push(metric(c.strategic, w.strategic));
  const score = weightedValueScore(metrics);
  return { score, tier: scoreTiers(score) };
}

/**
 * The CLV that drives the tiers: the probabilistic one when it has numbers, else the simple one
 * (the run's warnings say why). Both take the margin the same way, so the kind is the same. The
 * models count a $0 order as a purchase (as lifetimes does) but RFM does not: a customer with no
 * purchase gets no CLV here either, so "no purchase" never lands in a CLV tier.
 */
function clvOf(
  c: CustomerTable,
  o: SegmentOptions,
  asOfDay: number,
  p: ProbabilisticResult | null
) {
  const simple = simpleClv(c, asOfDay, o.clv);
  if (p === null || !p.clvDefined) return { ...simple, model: "simple" as const };
  const clv = p.clv.map((v, k) => (c.hasPurchase[k] ? v : NaN));
  return { clv, kind: simple.kind, missingFirstDay: 0, model: "probabilistic" as const };
}

/** The model's churn figures for the warning (method.md section 6), when the purchase fit converged. */
function modelChurnOf(p: ProbabilisticResult | null): ModelChurn | undefined {
  return p !== null && p.fit.converged
    ? { pAlive: p.pAlive, pNoPurchase: p.pNoPurchase }
    : undefined;
}

/** R days, F and M (or the average order value) as the scores were given from them. */
function scoredValues(c: CustomerTable, o: SegmentOptions): Record<RfmDimension, Float64Array> {
  return { recency: c.recencyDays, frequency: c.frequency, monetary: monetaryForScoring(c, o) };
}

/** The thresholds of a scoring over these customers, as the scores were given. */
export function thresholdsOf(
  c: CustomerTable,
  o: SegmentOptions,
  scores: RfmScores,
  values: Record<RfmDimension, Float64Array> = scoredValues(c, o)
): RfmThresholds {
  return rfmThresholds({
    scoring: o.rfm.scoring,
    monetary: o.rfm.monetary,
    fixed: o.rfm.fixed,
    values,
    eligible: c.hasPurchase,
    scores: { recency: scores.r, frequency: scores.f, monetary: scores.m },
  });
}

export function scoreCustomers(
  c: CustomerTable,
  o: SegmentOptions,
  asOfDay: number,
  probabilistic: ProbabilisticResult | null = null
): CustomerScores {
  const values = scoredValues(c, o);
  const sorted = sortedValuesOf(values, c.hasPurchase);
  const scores = rfmScores(c, o, { values, sorted });
  const { code, total } = rfmCodes(scores);
  const scheme = resolveScheme(o);
  const segment = applyScheme(scores, scheme);
  const clv = clvOf(c, o, asOfDay, probabilistic);
  const abcValue = abcValues(c, o, clv.clv);
  const stage = lifecycleStages(c, scores, o.lifecycle, modelChurnOf(probabilistic));
  // Spend and CLV are ranked for ABC, the value score and the CLV tiers: each sorted once.
  const orderOf = descendingOrders();
  const value = valueScoreOf(c, o, clv.clv, orderOf);
  const steps = nextTiers({
    customers: c,
    scores,
    segment,
    scheme,
    options: o,
    values,
    sorted,
  });
  return {
    scores,
    thresholds: thresholdsOf(c, o, scores, values),
    rfmCode: code,
    rfmTotal: total,
    scheme,
    segment,
    nextTier: steps,
    nextTierClv: nextTierClv({
      customers: c,
      steps,
      clv: clv.clv,
      asOfDay,
      simple: o.clv,
      probabilistic: clv.model === "probabilistic" ? probabilistic : null,
      globalMargin: o.clv.margin,
    }),
    clv: clv.clv,
    clvKind: clv.kind,
    clvModel: clv.model,
    clvMissing: clv.missingFirstDay,
    clvTier: clvTiers(clv.clv, orderOf(clv.clv)),
    shortHistory: shortHistory(c, asOfDay, o.clv.shortHistoryDays),
    abcValue,
    abc: classifyAbc(abcValue, o.abc, orderOf(abcValue)),
    valueScore: value.score,
    valueTier: value.tier,
    stage,
    churnWarning: churnWarnings(stage),
  };
}
