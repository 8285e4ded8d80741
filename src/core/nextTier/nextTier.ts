// Next tier (method.md section 12): for each customer below the top segment, the smallest single
// change that moves them up the scheme's ladder under the rules in force, every other customer
// held as they are (their values, their scores and the population means).
import type { SegmentOptions } from "../options";
import type { RfmDimension } from "../rfm";
import { cell, segmentTable } from "../segments/applyScheme";
import { scoreMeans, type ScoreMeans } from "../segments/scoreMeans";
import type { ActionKind, CustomerTable, RfmScores, SegmentScheme } from "../types";
import {
  dimensionRules,
  scoreOf,
  STEP_UNIT,
  valueForScore,
  type DimensionRules,
} from "./scoreSteps";

/** Higher on the ladder first: high value, then potential, churn risk, low value. */
const ACTION_RANK: Record<ActionKind, number> = { high: 0, potential: 1, churn: 2, low: 3 };

/** A segment's place on the ladder: by its action, then by its place in the scheme (lower is better). */
export function ladderRanks(scheme: SegmentScheme): number[] {
  return scheme.segments.map((s, i) => ACTION_RANK[s.action] * 1000 + i);
}

export type NextTierChange = "orders" | "spend" | "recency";

export interface NextTierStep {
  /** Index into scheme.segments of the segment the change leads to. */
  to: number;
  change: NextTierChange;
  /** More orders, more spend, or the most days since the last purchase that still lift them. */
  amount: number;
}

/** Per customer, the step or null (at the top, no purchase, or no single change lifts them). */
export type NextTiers = (NextTierStep | null)[];

/**
 * The dimensions by slot (R 0, F 1, M 2): the context keeps its per-dimension parts in arrays by
 * slot, as a record read by a dimension's name per customer was much of the steps' time.
 */
const DIMENSIONS: readonly RfmDimension[] = ["recency", "frequency", "monetary"];
const RECENCY = 0;
const FREQUENCY = 1;
const MONETARY = 2;
const CHANGES: readonly NextTierChange[] = ["recency", "orders", "spend"];
const KEYS: readonly ("r" | "f" | "m")[] = ["r", "f", "m"];

/** Ties (as many score steps) go to the action a customer can take most simply: F, M, then R. */
const TRY_ORDER: readonly number[] = [FREQUENCY, MONETARY, RECENCY];

interface Context {
  scheme: SegmentScheme;
  /** R, F and M scores by slot. */
  scores: Uint8Array[];
  means: ScoreMeans;
  /** segmentTable per slot and change of score (see segmentWith), made when first needed. */
  tables: (Int16Array | undefined)[];
  usesMeans: boolean;
  rules: DimensionRules[];
  values: Float64Array[];
  /** STEP_UNIT by slot, and the units in one (1, 100): tidy's two figures. */
  units: number[];
  perOne: number[];
  /** Monetary scored as an average: spend more is spread over the customer's orders. */
  frequency: Float64Array;
  monetary: Float64Array;
  averageM: boolean;
  ranks: number[];
  /** Per score triple and R or F: by own value, 0 not yet found, -1 none, else 1 + index in `steps`. */
  found: (Int32Array | undefined)[];
  steps: Step[];
}

/** A step, shown as `shown` (one object for every customer the step is shared by). */
interface Step {
  shown: NextTierStep;
  steps: number;
}

/** Whole R and F values below it (days, orders) are where found steps are kept. */
const KEPT_VALUES = 4096;

/** The segment of a score triple with one customer's score changed by `delta` in slot `s`. */
function segmentWith(
  ctx: Context,
  r: number,
  f: number,
  m: number,
  s: number,
  delta: number
): number {
  // One table per dimension and change of score (the means depend on nothing else), in an
  // array by number: the tables are looked up several times per customer.
  const id = s * 64 + delta + 32;
  let table = ctx.tables[id];
  if (table === undefined) {
    const means = { ...ctx.means };
    // The population means move with this customer's own score (others held).
    means[KEYS[s]] += delta / ctx.means.count;
    table = segmentTable(ctx.scheme, ctx.usesMeans ? means : ctx.means);
    ctx.tables[id] = table;
  }
  return table[cell(r, f, m)];
}

/** A change on the dimension's grid: whole orders and days, cents. */
const tidy = (ctx: Context, x: number, s: number): number =>
  Math.round(x / ctx.units[s]) / ctx.perOne[s];

/** The customer's value after a change of `amount` (R: the days since the last purchase become it). */
function valueAfter(ctx: Context, s: number, k: number, amount: number): number {
  if (s === RECENCY) return amount;
  if (s === MONETARY && ctx.averageM) return (ctx.monetary[k] + amount) / ctx.frequency[k];
  return ctx.values[s][k] + amount;
}

/** Whether a change of `amount` gives the customer at least `score`. */
function reaches(ctx: Context, s: number, k: number, amount: number, score: number): boolean {
  return scoreOf(ctx.rules[s], ctx.values[s][k], valueAfter(ctx, s, k, amount)) >= score;
}

/**
 * The change a target value means: more orders, more spend, or the days within which to buy;
 * then checked against the score itself in the arithmetic a re-run does (amounts are sums of
 * cents in binary floating point), one unit at a time, so it is the smallest that works.
 */
function amountOf(ctx: Context, s: number, k: number, target: number, score: number): number {
  const own = ctx.values[s][k];
  let amount =
    s === RECENCY
      ? target
      : s === MONETARY && ctx.averageM
        ? tidy(ctx, target * ctx.frequency[k] - ctx.monetary[k], s)
        : tidy(ctx, target - own, s);
  // R: a larger number of days is the smaller change.
  const less = s === RECENCY ? ctx.units[s] : -ctx.units[s];
  for (let i = 0; i < 3 && !reaches(ctx, s, k, amount, score); i++)
    amount = tidy(ctx, amount - less, s);
  for (let i = 0; i < 3 && reaches(ctx, s, k, tidy(ctx, amount + less, s), score); i++)
    amount = tidy(ctx, amount + less, s);
  return amount;
}

/** `fewest`: the most score steps a step may take (a longer one would not be taken anyway). */
function stepFor(ctx: Context, k: number, s: number, fewest = 5): Step | null {
  // The scores as numbers, not arrays: this runs up to three times per customer.
  const r = ctx.scores[RECENCY][k];
  const f = ctx.scores[FREQUENCY][k];
  const m = ctx.scores[MONETARY][k];
  const current = s === RECENCY ? r : s === FREQUENCY ? f : m;
  const here = ctx.ranks[ctx.scheme.segments.length > 0 ? segmentWith(ctx, r, f, m, s, 0) : 0];
  const last = Math.min(5, current + fewest);
  for (let score = current + 1; score <= last; score++) {
    // The segment first: a table lookup, where the value a score needs is a search, and only
    // a score that lifts the customer needs its value (the first such score with one wins).
    const to = segmentWith(
      ctx,
      s === RECENCY ? score : r,
      s === FREQUENCY ? score : f,
      s === MONETARY ? score : m,
      s,
      score - current
    );
    if (ctx.ranks[to] >= here) continue;
    const target = valueForScore(ctx.rules[s], ctx.values[s][k], score);
    if (target !== null)
      return {
        shown: { to, change: CHANGES[s], amount: amountOf(ctx, s, k, target, score) },
        steps: score - current,
      };
  }
  return null;
}

/**
 * stepFor, once per score triple and own value for R and F: a step depends on nothing else of
 * the customer there, and whole days and orders repeat across customers (most of 76,000
 * customers' R and F steps were found before). Kept in typed arrays: a Map per triple cost as
 * much as the steps it saved. M goes straight to stepFor: spends rarely repeat, and an average
 * M's step depends on the orders and spend too. 0 and -0 share a place; their steps are the same.
 */
function sharedStepFor(ctx: Context, k: number, s: number, fewest: number): Step | null {
  const own = ctx.values[s][k];
  // Only a step found for itself may stop at `fewest`: a kept one serves other customers too.
  if (s === MONETARY || !(own >= 0 && own < KEPT_VALUES && own === Math.floor(own)))
    return stepFor(ctx, k, s, fewest);
  const slot =
    cell(ctx.scores[RECENCY][k], ctx.scores[FREQUENCY][k], ctx.scores[MONETARY][k]) * 2 + s;
  const found = (ctx.found[slot] ??= new Int32Array(KEPT_VALUES));
  const place = own | 0; // a whole number (checked above), as an int32 index
  const at = found[place];
  if (at !== 0) return at < 0 ? null : ctx.steps[at - 1];
  const step = stepFor(ctx, k, s);
  found[place] = step === null ? -1 : ctx.steps.push(step);
  return step;
}

export interface NextTierInput {
  customers: CustomerTable;
  scores: RfmScores;
  segment: Int16Array;
  scheme: SegmentScheme;
  options: SegmentOptions;
  /** The values as scored (M may be the average order value). */
  values: Record<RfmDimension, Float64Array>;
  /** Their scorable values sorted, when the run has them already (sortedScorableValues). */
  sorted?: Record<RfmDimension, Float64Array>;
}

export function nextTiers(input: NextTierInput): NextTiers {
  const { customers: c, options: o, scheme } = input;
  const eligible = c.hasPurchase;
  const rule = (d: RfmDimension) =>
    dimensionRules(d, o.rfm.scoring, input.values[d], eligible, o.rfm.fixed[d], input.sorted?.[d]);
  const ctx: Context = {
    scheme,
    scores: [input.scores.r, input.scores.f, input.scores.m],
    means: scoreMeans(input.scores),
    tables: [],
    usesMeans: scheme.rules.some(
      (r) =>
        r.r === "high" ||
        r.r === "low" ||
        r.f === "high" ||
        r.f === "low" ||
        r.m === "high" ||
        r.m === "low"
    ),
    rules: DIMENSIONS.map(rule),
    values: DIMENSIONS.map((d) => input.values[d]),
    units: DIMENSIONS.map((d) => STEP_UNIT[d]),
    perOne: DIMENSIONS.map((d) => Math.round(1 / STEP_UNIT[d])),
    frequency: c.frequency,
    monetary: c.monetary,
    averageM: o.rfm.monetary === "average",
    ranks: ladderRanks(scheme),
    found: [],
    steps: [],
  };
  const top = Math.min(...ctx.ranks);
  const out: NextTiers = new Array(c.n).fill(null);
  for (let k = 0; k < c.n; k++) {
    const seg = input.segment[k];
    if (seg < 0 || ctx.ranks[seg] === top) continue;
    let best: Step | null = null;
    for (let i = 0; i < TRY_ORDER.length; i++) {
      // A later dimension wins only with fewer score steps (ties go to the earlier): none has
      // fewer than one, and one needs no more than the best so far less one.
      if (best !== null && best.steps === 1) break;
      const step = sharedStepFor(ctx, k, TRY_ORDER[i], best === null ? 5 : best.steps - 1);
      if (step && (best === null || step.steps < best.steps)) best = step;
    }
    // Customers with the same step share its object (nothing changes a step once made).
    if (best) out[k] = best.shown;
  }
  return out;
}
