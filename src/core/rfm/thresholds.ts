// The thresholds actually used (method.md section 10): for each of R, F and M and each score
// 1-5, the range of values that gets it, whatever the scoring; and the same as a fixed-threshold
// table, so that a user can take them over into fixed scoring and edit them.
import type { RfmScoring } from "../options";
import type { FixedThresholds, ThresholdStep } from "../types";
import { rPackageBreaks } from "./rPackageScores";

export type RfmDimension = "recency" | "frequency" | "monetary";
export const RFM_DIMENSIONS: readonly RfmDimension[] = ["recency", "frequency", "monetary"];

/** The values one score covers: low..high, either end open (excluded) or unbounded (null). */
export interface ScoreRange {
  score: 1 | 2 | 3 | 4 | 5;
  /** Null: no lower bound. */
  low: number | null;
  lowIncluded: boolean;
  /** Null: no upper bound. */
  high: number | null;
  highIncluded: boolean;
  /** Customers of this run with the score. */
  customers: number;
  /** No value gets this score (no step gives it, or no customer has it under quantile scoring). */
  none: boolean;
}

export interface RfmThresholds {
  scoring: RfmScoring;
  /** M as scored: total net spend or average order value. */
  monetary: "total" | "average";
  /** Per dimension, scores 5 down to 1. */
  ranges: Record<RfmDimension, ScoreRange[]>;
}

const SCORES = [5, 4, 3, 2, 1] as const;
type Score = (typeof SCORES)[number];

const higherIsBetter = (d: RfmDimension): boolean => d !== "recency";

function counts(scores: Uint8Array): number[] {
  const out = [0, 0, 0, 0, 0, 0];
  for (const s of scores) out[s]++;
  return out;
}

/**
 * Quantile scores are ranks, so the values a score covers are those its customers have: the
 * smallest and the largest, both included (an empty score has no range).
 */
function observedRanges(values: Float64Array, scores: Uint8Array): ScoreRange[] {
  const low = new Float64Array(6).fill(Infinity);
  const high = new Float64Array(6).fill(-Infinity);
  const n = counts(scores);
  for (let i = 0; i < values.length; i++) {
    const s = scores[i];
    if (s === 0) continue;
    if (values[i] < low[s]) low[s] = values[i];
    if (values[i] > high[s]) high[s] = values[i];
  }
  return SCORES.map((score) => ({
    score,
    low: n[score] > 0 ? low[score] : null,
    lowIncluded: true,
    high: n[score] > 0 ? high[score] : null,
    highIncluded: true,
    customers: n[score],
    none: n[score] === 0,
  }));
}

/** The R package's bins: [lower, upper) each; R scores 6 minus the bin. */
function binRanges(
  values: Float64Array,
  eligible: Uint8Array,
  scores: Uint8Array,
  d: RfmDimension
): ScoreRange[] {
  const { lower, upper } = rPackageBreaks(values, eligible);
  const n = counts(scores);
  return SCORES.map((score) => {
    const bin = higherIsBetter(d) ? score : 6 - score;
    const known = Number.isFinite(lower[bin - 1]) && lower[bin - 1] < upper[bin - 1];
    return {
      score,
      low: known ? lower[bin - 1] : null,
      lowIncluded: true,
      high: known ? upper[bin - 1] : null,
      highIncluded: false,
      customers: n[score],
      none: !known,
    };
  });
}

/**
 * A fixed table's steps, first that holds wins, else 1. Ascending steps ("<=", "<": R) cover
 * from the previous limit up to theirs; descending ones (">=", ">": F, M) from theirs up to the
 * previous one. A score no step gives (or that an earlier step shadows) covers nothing.
 */
function stepRanges(steps: ThresholdStep[], scores: Uint8Array): ScoreRange[] {
  const n = counts(scores);
  const found = new Map<number, ScoreRange>();
  let prev: ThresholdStep | null = null;
  for (const step of steps) {
    if (!found.has(step.score)) found.set(step.score, stepRange(step, prev, n[step.score]));
    prev = step;
  }
  if (!found.has(1) && prev !== null) found.set(1, restRange(prev, n[1]));
  if (steps.length === 0) found.set(1, unbounded(1, n[1]));
  return SCORES.map((score) => found.get(score) ?? empty(score, n[score]));
}

const ascending = (op: ThresholdStep["op"]): boolean => op === "<=" || op === "<";

function stepRange(step: ThresholdStep, prev: ThresholdStep | null, customers: number): ScoreRange {
  const closed = step.op === "<=" || step.op === ">=";
  // The previous step took its own limit when inclusive: this one starts just past it.
  const prevInclusive = prev !== null && (prev.op === "<=" || prev.op === ">=");
  if (ascending(step.op))
    return {
      score: step.score,
      low: prev ? prev.value : null,
      lowIncluded: prev ? !prevInclusive : false,
      high: step.value,
      highIncluded: closed,
      customers,
      none: false,
    };
  return {
    score: step.score,
    low: step.value,
    lowIncluded: closed,
    high: prev ? prev.value : null,
    highIncluded: prev ? !prevInclusive : false,
    customers,
    none: false,
  };
}

/** Score 1: whatever the last step leaves. */
function restRange(last: ThresholdStep, customers: number): ScoreRange {
  const lastClosed = last.op === "<=" || last.op === ">=";
  if (ascending(last.op))
    return {
      score: 1,
      low: last.value,
      lowIncluded: !lastClosed,
      high: null,
      highIncluded: false,
      customers,
      none: false,
    };
  return {
    score: 1,
    low: null,
    lowIncluded: false,
    high: last.value,
    highIncluded: !lastClosed,
    customers,
    none: false,
  };
}

const unbounded = (score: Score, customers: number): ScoreRange => ({
  score,
  low: null,
  lowIncluded: false,
  high: null,
  highIncluded: false,
  customers,
  none: false,
});

function empty(score: Score, customers: number): ScoreRange {
  return {
    score,
    low: null,
    lowIncluded: false,
    high: null,
    highIncluded: false,
    customers,
    none: true,
  };
}

export interface ThresholdInput {
  scoring: RfmScoring;
  monetary: "total" | "average";
  fixed: FixedThresholds;
  /** The values as scored (R days, F, M or average order value), per customer. */
  values: Record<RfmDimension, Float64Array>;
  eligible: Uint8Array;
  scores: Record<RfmDimension, Uint8Array>;
}

/** The ranges each score covers under the scoring of the run, as it was applied. */
export function rfmThresholds(input: ThresholdInput): RfmThresholds {
  const range = (d: RfmDimension): ScoreRange[] => {
    if (input.scoring === "fixed") return stepRanges(input.fixed[d], input.scores[d]);
    if (input.scoring === "rfm-r")
      return binRanges(input.values[d], input.eligible, input.scores[d], d);
    return observedRanges(input.values[d], input.scores[d]);
  };
  return {
    scoring: input.scoring,
    monetary: input.monetary,
    ranges: {
      recency: range("recency"),
      frequency: range("frequency"),
      monetary: range("monetary"),
    },
  };
}

/**
 * The thresholds as a fixed table that gives this run's customers the same scores: for F and M
 * "score s from the lowest value of s" (>= low), for R "score s up to the highest days of s"
 * (<= high, or < high where the range leaves it out). Scores without customers are left out
 * (everyone below the last step gets 1). A fixed run gives back its own table's meaning.
 */
export function asFixedThresholds(t: RfmThresholds): FixedThresholds {
  const steps = (d: RfmDimension): ThresholdStep[] => {
    const out: ThresholdStep[] = [];
    for (const r of t.ranges[d]) {
      if (r.score === 1 || r.none) continue;
      if (higherIsBetter(d)) {
        if (r.low === null) continue;
        out.push({ score: r.score, op: r.lowIncluded ? ">=" : ">", value: r.low });
      } else {
        if (r.high === null) continue;
        out.push({ score: r.score, op: r.highIncluded ? "<=" : "<", value: r.high });
      }
    }
    return out;
  };
  return { recency: steps("recency"), frequency: steps("frequency"), monetary: steps("monetary") };
}
