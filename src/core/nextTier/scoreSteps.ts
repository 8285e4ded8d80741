// What one customer's R, F or M value must become for a higher score, under the rules of the run
// and with every other customer held as they are (method.md section 12). Values are whole days
// for R, whole purchases for F and cents for M, so each answer is the smallest such step.
import type { RfmScoring } from "../options";
import { breaksOfSorted, sortedScorableValues } from "../rfm";
import type { RfmDimension } from "../rfm";
import type { ThresholdStep } from "../types";

/** The smallest unit a value moves by: a day, a purchase, a cent. */
export const STEP_UNIT: Record<RfmDimension, number> = { recency: 1, frequency: 1, monetary: 0.01 };

/**
 * The population one dimension is scored over, prepared once: the sorted values (quantile),
 * the bins (R package) or the steps (fixed).
 */
export interface DimensionRules {
  dimension: RfmDimension;
  scoring: RfmScoring;
  /** Scorable values, ascending. */
  sorted: Float64Array;
  steps: ThresholdStep[];
  lower: number[];
  upper: number[];
}

/** `sorted`: sortedScorableValues(values, eligible), when the caller has it already. */
export function dimensionRules(
  dimension: RfmDimension,
  scoring: RfmScoring,
  values: Float64Array,
  eligible: Uint8Array,
  steps: ThresholdStep[],
  sorted: Float64Array = sortedScorableValues(values, eligible)
): DimensionRules {
  // One sort serves both: the quantile steps read the values, the R package's bins their quantiles.
  const { lower, upper } = breaksOfSorted(sorted);
  return { dimension, scoring, sorted, steps, lower, upper };
}

const higherIsBetter = (d: RfmDimension): boolean => d !== "recency";

/** Rounds to the dimension's unit: whole days and purchases, cents. */
function onGrid(x: number, d: RfmDimension): number {
  const unit = STEP_UNIT[d];
  return Math.round(Math.round(x / unit) * 1e6) / 1e6 / (1 / unit);
}

/** Smallest value on the grid strictly above x. */
function justAbove(x: number, d: RfmDimension): number {
  const unit = STEP_UNIT[d];
  const k = Math.floor(Math.round((x / unit) * 1e6) / 1e6);
  return onGrid((k + 1) * unit, d);
}

/** Largest value on the grid strictly below x. */
function justBelow(x: number, d: RfmDimension): number {
  const unit = STEP_UNIT[d];
  const k = Math.ceil(Math.round((x / unit) * 1e6) / 1e6);
  return onGrid((k - 1) * unit, d);
}

/** Smallest value on the grid at or above x. */
function atOrAbove(x: number, d: RfmDimension): number {
  const unit = STEP_UNIT[d];
  return onGrid(Math.ceil(Math.round((x / unit) * 1e6) / 1e6) * unit, d);
}

/** Largest value on the grid at or below x. */
function atOrBelow(x: number, d: RfmDimension): number {
  const unit = STEP_UNIT[d];
  return onGrid(Math.floor(Math.round((x / unit) * 1e6) / 1e6) * unit, d);
}

/**
 * Quantile: score = 1 + floor(5 L / N), L the others strictly worse. The customer's own value is
 * in `sorted` once; leaving it out, score k needs L >= ceil((k - 1) N / 5) of the others worse.
 */
function quantileTarget(r: DimensionRules, own: number, score: number): number | null {
  const n = r.sorted.length;
  const need = Math.ceil(((score - 1) * n) / 5);
  if (need === 0) return own;
  if (need > n - 1) return null;
  // The others are the sorted values without one copy of the customer's own.
  const p = lowerBound(r.sorted, own);
  const other = (j: number): number => r.sorted[j < p ? j : j + 1];
  if (higherIsBetter(r.dimension)) return justAbove(other(need - 1), r.dimension);
  // Lower is better: strictly fewer days than the need-th largest of the others.
  return justBelow(other(n - 1 - need), r.dimension);
}

/** First index whose value is not below x. */
function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Fixed table: the first step that holds gives its score; the best value that reaches `score`. */
function fixedTarget(r: DimensionRules, score: number): number | null {
  const d = r.dimension;
  let best: number | null = null;
  for (const step of r.steps) {
    if (step.score < score) continue;
    // Reaching this step's own condition, unless an earlier step catches the value first (an
    // earlier step has a higher score in an ordered table, so reaching it is reaching `score` too).
    const v =
      step.op === ">="
        ? atOrAbove(step.value, d)
        : step.op === ">"
          ? justAbove(step.value, d)
          : step.op === "<="
            ? atOrBelow(step.value, d)
            : justBelow(step.value, d);
    if (best === null) best = v;
    else best = higherIsBetter(d) ? Math.min(best, v) : Math.max(best, v);
  }
  return best;
}

/** R package bins held as they are: bin b holds lower[b-1] <= v < upper[b-1]. */
function binTarget(r: DimensionRules, score: number): number | null {
  const d = r.dimension;
  if (higherIsBetter(d)) {
    for (let bin = score; bin <= 5; bin++) {
      const lo = r.lower[bin - 1];
      if (Number.isFinite(lo) && lo < r.upper[bin - 1]) return atOrAbove(lo, d);
    }
    return null;
  }
  // R: score s is bin 6 - s; fewer days is a lower bin.
  for (let bin = 6 - score; bin >= 1; bin--) {
    const hi = r.upper[bin - 1];
    if (Number.isFinite(hi) && r.lower[bin - 1] < hi) return Math.max(0, justBelow(hi, d));
  }
  return null;
}

/**
 * The value the customer needs for at least `score` (the nearest one to its own on the grid), or
 * null when no value reaches it. Days never go below 0.
 */
export function valueForScore(r: DimensionRules, own: number, score: number): number | null {
  const target =
    r.scoring === "fixed"
      ? fixedTarget(r, score)
      : r.scoring === "rfm-r"
        ? binTarget(r, score)
        : quantileTarget(r, own, score);
  if (target === null || !Number.isFinite(target)) return null;
  if (r.dimension === "recency" && target < 0) return null;
  return target;
}

/** The score a value gets with every other customer held, under the rules (for checking a step). */
export function scoreOf(r: DimensionRules, own: number, value: number): number {
  const d = r.dimension;
  if (r.scoring === "fixed") {
    for (const step of r.steps) {
      const holds =
        step.op === "<="
          ? value <= step.value
          : step.op === "<"
            ? value < step.value
            : step.op === ">="
              ? value >= step.value
              : value > step.value;
      if (holds) return step.score;
    }
    return 1;
  }
  if (r.scoring === "rfm-r") {
    for (let bin = 5; bin >= 1; bin--) {
      if (value >= r.lower[bin - 1] && value < r.upper[bin - 1])
        return higherIsBetter(d) ? bin : 6 - bin;
    }
    return 0;
  }
  // Quantile: others strictly worse, the customer's own old value left out.
  const n = r.sorted.length;
  const smaller = lowerBound(r.sorted, value) - (own < value ? 1 : 0);
  const larger = n - upperBound(r.sorted, value) - (own > value ? 1 : 0);
  const worse = higherIsBetter(d) ? smaller : larger;
  return 1 + Math.floor((5 * worse) / n);
}

/** First index whose value is above x. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
