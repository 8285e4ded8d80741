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

const CHANGE_OF: Record<RfmDimension, NextTierChange> = {
  frequency: "orders",
  monetary: "spend",
  recency: "recency",
};

/** Ties (as many score steps) go to the action a customer can take most simply. */
const TRY_ORDER: readonly RfmDimension[] = ["frequency", "monetary", "recency"];

const KEY: Record<RfmDimension, "r" | "f" | "m"> = { recency: "r", frequency: "f", monetary: "m" };

interface Context {
  scheme: SegmentScheme;
  scores: RfmScores;
  means: ScoreMeans;
  tables: Map<number, Int16Array>;
  rules: Record<RfmDimension, DimensionRules>;
  values: Record<RfmDimension, Float64Array>;
  /** Monetary scored as an average: spend more is spread over the customer's orders. */
  frequency: Float64Array;
  monetary: Float64Array;
  averageM: boolean;
  ranks: number[];
  /** Per score triple and R or F: by own value, 0 not yet found, -1 none, else 1 + index in `steps`. */
  found: (Int32Array | undefined)[];
  steps: Step[];
}

type Step = NextTierStep & { steps: number };

/** Whole R and F values below it (days, orders) are where found steps are kept. */
const KEPT_VALUES = 4096;

const SLOT: Record<RfmDimension, number> = { recency: 0, frequency: 1, monetary: 2 };

/** The segment of a score triple with one customer's score changed by `delta` in one dimension. */
function segmentWith(
  ctx: Context,
  r: number,
  f: number,
  m: number,
  d: RfmDimension,
  delta: number
): number {
  // One table per dimension and change of score (the means depend on nothing else): a number
  // key, as the tables are looked up several times per customer.
  const id = SLOT[d] * 64 + delta + 32;
  let table = ctx.tables.get(id);
  if (!table) {
    const means = { ...ctx.means };
    // The population means move with this customer's own score (others held).
    means[KEY[d]] += delta / ctx.means.count;
    const usesMeans = ctx.scheme.rules.some(
      (r) =>
        r.r === "high" ||
        r.r === "low" ||
        r.f === "high" ||
        r.f === "low" ||
        r.m === "high" ||
        r.m === "low"
    );
    table = segmentTable(ctx.scheme, usesMeans ? means : ctx.means);
    ctx.tables.set(id, table);
  }
  return table[cell(r, f, m)];
}

/** A change on the dimension's grid: whole orders and days, cents. */
const tidy = (x: number, d: RfmDimension): number =>
  Math.round(x / STEP_UNIT[d]) / Math.round(1 / STEP_UNIT[d]);

/** The customer's value after a change of `amount` (R: the days since the last purchase become it). */
function valueAfter(ctx: Context, d: RfmDimension, k: number, amount: number): number {
  const own = ctx.values[d][k];
  if (d === "recency") return amount;
  if (d === "monetary" && ctx.averageM) return (ctx.monetary[k] + amount) / ctx.frequency[k];
  return own + amount;
}

/**
 * The change a target value means: more orders, more spend, or the days within which to buy;
 * then checked against the score itself in the arithmetic a re-run does (amounts are sums of
 * cents in binary floating point), one unit at a time, so it is the smallest that works.
 */
function amountOf(ctx: Context, d: RfmDimension, k: number, target: number, score: number): number {
  const own = ctx.values[d][k];
  const unit = STEP_UNIT[d];
  const rules = ctx.rules[d];
  let amount =
    d === "recency"
      ? target
      : d === "monetary" && ctx.averageM
        ? tidy(target * ctx.frequency[k] - ctx.monetary[k], d)
        : tidy(target - own, d);
  const reaches = (a: number) => scoreOf(rules, own, valueAfter(ctx, d, k, a)) >= score;
  // R: a larger number of days is the smaller change.
  const less = d === "recency" ? unit : -unit;
  for (let i = 0; i < 3 && !reaches(amount); i++) amount = tidy(amount - less, d);
  for (let i = 0; i < 3 && reaches(tidy(amount + less, d)); i++) amount = tidy(amount + less, d);
  return amount;
}

function stepFor(ctx: Context, k: number, d: RfmDimension): Step | null {
  // The scores as numbers, not arrays: this runs up to three times per customer.
  const r = ctx.scores.r[k];
  const f = ctx.scores.f[k];
  const m = ctx.scores.m[k];
  const current = d === "recency" ? r : d === "frequency" ? f : m;
  const here = ctx.ranks[ctx.scheme.segments.length > 0 ? segmentWith(ctx, r, f, m, d, 0) : 0];
  for (let score = current + 1; score <= 5; score++) {
    // The segment first: a table lookup, where the value a score needs is a search, and only
    // a score that lifts the customer needs its value (the first such score with one wins).
    const to = segmentWith(
      ctx,
      d === "recency" ? score : r,
      d === "frequency" ? score : f,
      d === "monetary" ? score : m,
      d,
      score - current
    );
    if (ctx.ranks[to] >= here) continue;
    const target = valueForScore(ctx.rules[d], ctx.values[d][k], score);
    if (target !== null)
      return {
        to,
        change: CHANGE_OF[d],
        amount: amountOf(ctx, d, k, target, score),
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
function sharedStepFor(ctx: Context, k: number, d: RfmDimension): Step | null {
  const own = ctx.values[d][k];
  if (d === "monetary" || !(own >= 0 && own < KEPT_VALUES && own === Math.floor(own)))
    return stepFor(ctx, k, d);
  const slot = cell(ctx.scores.r[k], ctx.scores.f[k], ctx.scores.m[k]) * 2 + SLOT[d];
  const found = (ctx.found[slot] ??= new Int32Array(KEPT_VALUES));
  const at = found[own];
  if (at !== 0) return at < 0 ? null : ctx.steps[at - 1];
  const step = stepFor(ctx, k, d);
  if (step === null) found[own] = -1;
  else found[own] = ctx.steps.push(step);
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
  const { customers: c, options: o } = input;
  const eligible = c.hasPurchase;
  const rule = (d: RfmDimension) =>
    dimensionRules(d, o.rfm.scoring, input.values[d], eligible, o.rfm.fixed[d], input.sorted?.[d]);
  const ctx: Context = {
    scheme: input.scheme,
    scores: input.scores,
    means: scoreMeans(input.scores),
    tables: new Map(),
    rules: { recency: rule("recency"), frequency: rule("frequency"), monetary: rule("monetary") },
    values: input.values,
    frequency: c.frequency,
    monetary: c.monetary,
    averageM: o.rfm.monetary === "average",
    ranks: ladderRanks(input.scheme),
    found: [],
    steps: [],
  };
  const top = Math.min(...ctx.ranks);
  const out: NextTiers = new Array(c.n).fill(null);
  for (let k = 0; k < c.n; k++) {
    const seg = input.segment[k];
    if (seg < 0 || ctx.ranks[seg] === top) continue;
    let best: Step | null = null;
    for (const d of TRY_ORDER) {
      const step = sharedStepFor(ctx, k, d);
      if (step && (best === null || step.steps < best.steps)) best = step;
    }
    if (best) out[k] = { to: best.to, change: best.change, amount: best.amount };
  }
  return out;
}
