// How sure the probabilistic CLV is (method.md section 4, "CLV intervals"): the fitted parameters
// are drawn again and again from their sampling distribution (multivariate normal on the
// log-parameters, the fits' covariance), every customer's CLV is recomputed under each draw with
// the point CLV's own formulas (no refit), and the spread of those CLVs is the interval. The same
// draws re-tier every customer, so the share of draws that keeps a customer in their tier is the
// tier confidence, and each tier's total under every draw gives the tier's value, give or take.
import { CLV_TIERS, NO_CLV_TIER } from "../../clv/clvTiers";
import type { GroupedHistories } from "../purchase/groupHistories";
import { blendNearAOne, nearAOne } from "../purchase/interpolateNearAOne";
import { parameterNames } from "../purchase/paramsOf";
import { fillStandardNormals, seededUniform } from "../simulate/seededRandom";
import {
  MONTH_IN_UNIT,
  type GammaGammaParams,
  type PurchaseModel,
  type PurchaseParams,
  type RfmtSummary,
} from "../types";
import { DrawnPurchases, type DrawnState } from "./drawnPurchases";
import { parameterDraws } from "./parameterDraws";
import { drawQuantile, NeighbourSort, selectRanks } from "./quantile";
import {
  bracketedCuts,
  TierScratch,
  tierCuts,
  tiedTier,
  tiersInto,
  type TierCuts,
} from "./drawTiers";

/** A fit's parameters and the covariance of their logarithms (null when singular). */
export interface FittedParams<P> {
  params: P;
  logCovariance: readonly (readonly number[])[] | null;
}

export interface ClvIntervalInput {
  summary: RfmtSummary;
  grouped: GroupedHistories;
  model: PurchaseModel;
  purchase: FittedParams<PurchaseParams>;
  spend: FittedParams<GammaGammaParams>;
  horizonMonths: number;
  monthlyDiscount: number;
  /** Per summary row, one rate for all, or null (revenue CLV): as the point CLV takes it. */
  margin: Float64Array | number | null;
  /** 1 for the rows that take part in the CLV tiers (the others get intervals, no tier); null: all. */
  tiered: Uint8Array | null;
  draws: number;
  seed: number;
  /** Fraction of the draws done, for a progress bar (it may throw to cancel). */
  onProgress?: (fraction: number) => void;
  /**
   * Each draw's CLV per row, as drawn (valid during the call only): CLV by group puts the groups'
   * draws side by side to tier all customers together under each draw.
   */
  onDrawValues?: (draw: number, values: Float32Array) => void;
}

export interface TierInterval {
  tier: (typeof CLV_TIERS)[number];
  customers: number;
  /** Sum of the tier's point CLVs. */
  total: number;
  /** Quantiles over the draws of the total CLV of the tier's customers. */
  p10: number;
  p50: number;
  p90: number;
}

export interface ClvIntervals {
  draws: number;
  seed: number;
  /** Per summary row; NaN where the point CLV is NaN. */
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
  /** The tier of the point CLV (as clvTiers gives it), NO_CLV_TIER where none. */
  tier: Uint8Array;
  /** Share of draws whose re-tiering keeps the row in `tier`; NaN without a tier. */
  tierConfidence: Float64Array;
  tiers: TierInterval[];
}

/** Why there are no intervals: a fit without a usable covariance, or a spend model that most draws break (q <= 1). */
export type NoIntervalReason = "purchaseCovariance" | "spendCovariance" | "spendDraws";

export type ClvIntervalOutcome =
  { intervals: ClvIntervals; reason: null } | { intervals: null; reason: NoIntervalReason };

/** The most draws: agreement counts are 16-bit, and more would not change a figure shown. */
export const MAX_DRAWS = 10000;

const SPEND_NAMES = ["p", "q", "v"] as const;

function drawsOf(input: ClvIntervalInput): Float64Array[] | NoIntervalReason {
  const { purchase, spend } = input;
  if (purchase.logCovariance === null) return "purchaseCovariance";
  if (spend.logCovariance === null) return "spendCovariance";
  const uniform = seededUniform(input.seed);
  const normals = (out: Float64Array) => fillStandardNormals(out, uniform);
  const names = parameterNames(input.model);
  const purchaseValues = names.map(
    (name) => (purchase.params as unknown as Record<string, number>)[name]
  );
  const purchaseDraws = parameterDraws({
    center: purchaseValues,
    logCovariance: purchase.logCovariance,
    count: input.draws,
    normals,
  });
  if (purchaseDraws === null) return "purchaseCovariance";
  const spendDraws = parameterDraws({
    center: SPEND_NAMES.map((name) => spend.params[name]),
    logCovariance: spend.logCovariance,
    count: input.draws,
    normals,
    // q <= 1: no finite expected spend, the point CLV's own refusal.
    accept: (draw) => draw[1] > 1,
  });
  if (spendDraws === null) return "spendDraws";
  return [purchaseDraws, spendDraws];
}

function purchaseParamsOf(model: PurchaseModel, draws: Float64Array, d: number): PurchaseParams {
  const [r, alpha, third, fourth] = draws.subarray(d * 4, d * 4 + 4);
  return model === "pnbd"
    ? { r, alpha, s: third, beta: fourth }
    : { r, alpha, a: third, b: fourth };
}

/** The assigned tiers: the point CLV's, over the tiered rows, by the clvTiers rule. */
function assignedTiers(pointClv: Float64Array, tiered: Uint8Array | null): Uint8Array {
  const values = tiered === null ? pointClv : pointClv.map((v, i) => (tiered[i] ? v : NaN));
  return tiersInto(new Uint8Array(values.length), values, new TierScratch(values.length));
}

/**
 * The customers' draws the quantiles need, all of them at once (m x D float32) up to this size;
 * past it they are computed again block by block (see clvIntervals).
 */
export const KEEP_ALL_BYTES = 256 * 1024 * 1024;
/** Customers per block when the draws are computed again for the quantiles. */
export const RECOMPUTED_BLOCK = 1024;

/**
 * The intervals, or why there are none. `pointClv` is the CLV the faces show (per summary row,
 * margin applied): the draws reproduce it exactly when the covariance is zero.
 *
 * Two ways to the quantiles, with the same figures to the bit (tested): `blockCustomers` null
 * keeps every customer's CLV under every draw (m x D float32, 6 GB for 7.6 million customers);
 * a number goes over the draws once for the tiers (each draw's CLVs live only for that draw),
 * keeps of each draw only its per-frequency sums (a few numbers per distinct frequency), and
 * then computes again, for blocks of that many customers, the block's rows under every draw and
 * its customers' CLVs from them: memory then grows with the customers, not with customers x
 * draws. Left out, the size decides (KEEP_ALL_BYTES).
 */
export function clvIntervals(
  input: ClvIntervalInput,
  pointClv: Float64Array,
  blockCustomers?: number | null
): ClvIntervalOutcome {
  if (!Number.isInteger(input.draws) || input.draws < 1 || input.draws > MAX_DRAWS)
    throw new RangeError(`draws must be a whole number from 1 to ${MAX_DRAWS}`);
  const parameters = drawsOf(input);
  if (typeof parameters === "string") return { intervals: null, reason: parameters };
  const [purchaseDraws, spendDraws] = parameters;
  const { summary: s, grouped: g, draws: D } = input;
  const n = s.n;
  const tier = assignedTiers(pointClv, input.tiered);
  const schedule = {
    model: input.model,
    months: input.horizonMonths,
    unit: MONTH_IN_UNIT[s.unit],
    discount: input.monthlyDiscount,
  };
  const drawn = new DrawnPurchases(g, schedule, shiftOf(input.purchase.params));
  const at = Positions.of(input, tier);
  const m = at.customer.length;
  const block =
    blockCustomers !== undefined
      ? blockCustomers
      : m * D * 4 <= KEEP_ALL_BYTES
        ? null
        : RECOMPUTED_BLOCK;
  if (block !== null && !(Number.isInteger(block) && block >= 1))
    throw new RangeError("blockCustomers must be a whole number from 1");
  // Every draw's CLV, draw by draw (contiguous writes), for the quantiles: float32 halves the
  // memory (100,000 customers x 200 draws = 80 MB) and keeps 7 significant digits. Blockwise,
  // one draw's at a time (onDrawValues reads them).
  const byDraw = new Float32Array(block === null ? m * D : m);
  const plans: DrawPlan[] = [];
  const discounted = new Float64Array(g.rows);
  const scratch = new Float64Array(g.rows);
  const tieredClv = new Float64Array(m);
  const tally = new TierTally(at, D);
  // No position with a tier (CLV by group draws each group with none: it re-tiers all customers
  // together itself): then there is nothing to re-tier under each draw.
  const tiers = at.tier.some((t) => t !== NO_CLV_TIER);
  // Only for onDrawValues: a draw's values per summary row (NaN where the history is invalid).
  const asDrawn = input.onDrawValues ? new Float32Array(n).fill(NaN) : new Float32Array(0);
  // Blockwise, the draws take the first share of the progress bar and the quantiles the rest.
  const drawShare = block === null ? 1 : DRAW_SHARE;
  for (let d = 0; d < D; d++) {
    const plan = planOf(drawn, purchaseParamsOf(input.model, purchaseDraws, d));
    if (block !== null) plans.push(plan);
    rowsOfPlan(drawn, plan, discounted, 0, g.rows, 0, 1, scratch);
    const stored = block === null ? byDraw.subarray(d * m, (d + 1) * m) : byDraw;
    const known = drawValues(at, discounted, spendDraws, d, stored, tieredClv);
    if (input.onDrawValues) input.onDrawValues(d, perSummaryRow(at, stored, asDrawn));
    if (tiers) tally.add(d, tieredClv, known);
    input.onProgress?.(((d + 1) / D) * drawShare);
  }
  const quantiles =
    block === null
      ? customerQuantiles(at, pointClv, D, BLOCK, keptDraws(byDraw, m, D))
      : customerQuantiles(
          at,
          pointClv,
          D,
          block,
          recomputedDraws({ drawn, plans, at, spendDraws, D, block }),
          (fraction) => input.onProgress?.(drawShare + (1 - drawShare) * fraction)
        );
  const tierConfidence = new Float64Array(n).fill(NaN);
  for (let k = 0; k < m; k++)
    if (at.tier[k] !== NO_CLV_TIER) tierConfidence[at.customer[k]] = tally.agree[k] / D;
  return {
    reason: null,
    intervals: {
      draws: D,
      seed: input.seed,
      ...quantiles,
      tier,
      tierConfidence,
      tiers: tierIntervals(tier, pointClv, tally.totals, D),
    },
  };
}

/** Blockwise, the share of the progress bar that the draws over everyone take (measured). */
const DRAW_SHARE = 0.5;

/**
 * One draw of the purchase parameters, ready to give any grouped rows' discounted purchases:
 * its per-frequency sums, on both sides of a = 1 when a is near it (as interpolateNearAOne).
 */
interface DrawPlan {
  sides: { params: PurchaseParams; state: DrawnState }[];
  share: number;
}

function planOf(drawn: DrawnPurchases, params: PurchaseParams): DrawPlan {
  const near = nearAOne(params);
  const sides = near === null ? [params] : [near.below, near.above];
  return {
    sides: sides.map((p) => ({ params: p, state: drawn.prepare(p) })),
    share: near === null ? 0 : near.share,
  };
}

/**
 * The discounted purchases of grouped rows from..to-1 under a plan, row r into
 * out[offset + (r - from) stride]; `scratch` holds to - from values (the upper side near a = 1).
 */
function rowsOfPlan(
  drawn: DrawnPurchases,
  plan: DrawPlan,
  out: Float64Array,
  from: number,
  to: number,
  offset: number,
  stride: number,
  scratch: Float64Array
): void {
  const [first, second] = plan.sides;
  drawn.rowsInto(out, offset, first.params, first.state, from, to, stride);
  if (second === undefined) return;
  drawn.rowsInto(scratch, 0, second.params, second.state, from, to, 1);
  for (let r = 0; r < to - from; r++) {
    const i = offset + r * stride;
    out[i] = blendNearAOne(out[i], scratch[r], plan.share);
  }
}

/**
 * Each draw re-tiers the customers: how many draws keep each position in its assigned tier, and
 * each tier's total under every draw (draw-major, CLV_TIERS.length a draw).
 */
class TierTally {
  readonly agree: Uint16Array;
  readonly totals: Float64Array;
  private readonly scratch: TierScratch;
  private readonly tied: Int32Array;

  constructor(
    private readonly at: Positions,
    draws: number
  ) {
    const m = at.customer.length;
    this.agree = new Uint16Array(m);
    this.totals = new Float64Array(draws * CLV_TIERS.length);
    this.scratch = new TierScratch(m);
    this.tied = new Int32Array(m);
  }

  /** Draw d's CLVs of the tiered positions (NaN for the others), `known` of them not NaN. */
  add(d: number, tieredClv: Float64Array, known: number): void {
    const { at, agree, totals: tierTotals, scratch, tied } = this;
    const m = at.customer.length;
    const cuts = bracketedCuts(tieredClv, known, scratch) ?? cutsOfAll(tieredClv, known, scratch);
    // Customers tied at a cut take its places in input order (as clvTiers): set aside, sorted.
    let ties = 0;
    const totals = d * CLV_TIERS.length;
    for (let k = 0; k < m; k++) {
      const v = tieredClv[k];
      if (v !== v || at.tier[k] === NO_CLV_TIER) continue;
      if (v === cuts.highCut || v === cuts.midCut) {
        tied[ties++] = k;
        continue;
      }
      const t = at.tier[k];
      if ((v > cuts.highCut ? 0 : v > cuts.midCut ? 1 : 2) === t) agree[k]++;
      tierTotals[totals + t] += v;
    }
    const order = tied.subarray(0, ties).sort((a, b) => at.customer[a] - at.customer[b]);
    for (const k of order) {
      const v = tieredClv[k];
      const t = at.tier[k];
      if (tiedTier(v, cuts) === t) agree[k]++;
      tierTotals[totals + t] += v;
    }
  }
}

/**
 * The customers with a valid history, in the order of their grouped rows (input order within a
 * row), with what each draw reads of them: every pass over them then reads the grouped rows'
 * figures in order instead of jumping about. Tiers still break ties in input order.
 */
class Positions {
  private constructor(
    /** The summary row of each position. */
    readonly customer: Int32Array,
    readonly row: Int32Array,
    readonly frequency: Float64Array,
    readonly monetary: Float64Array,
    readonly margin: Float64Array,
    /** 1 when the customer takes part in the CLV tiers. */
    readonly tiered: Uint8Array,
    /** The assigned tier (NO_CLV_TIER where none). */
    readonly tier: Uint8Array
  ) {}

  static of(input: ClvIntervalInput, tier: Uint8Array): Positions {
    const { summary: s, grouped: g } = input;
    const rowOf = g.rowOf;
    // Counting sort by row: stable, so a row's customers stay in input order.
    const start = new Int32Array(g.rows + 1);
    for (let i = 0; i < s.n; i++) if (rowOf[i] >= 0) start[rowOf[i] + 1]++;
    for (let row = 0; row < g.rows; row++) start[row + 1] += start[row];
    const m = start[g.rows];
    const customer = new Int32Array(m);
    for (let i = 0; i < s.n; i++) if (rowOf[i] >= 0) customer[start[rowOf[i]]++] = i;
    const margin = marginsOf(input.margin, s.n);
    const pick = (column: Float64Array) => Float64Array.from(customer, (i) => column[i]);
    return new Positions(
      customer,
      Int32Array.from(customer, (i) => rowOf[i]),
      pick(s.frequency),
      pick(s.monetary),
      pick(margin),
      Uint8Array.from(customer, (i) => (input.tiered === null || input.tiered[i] ? 1 : 0)),
      Uint8Array.from(customer, (i) => tier[i])
    );
  }
}

/** tierCuts over all the known values (when bracketedCuts' sample missed). */
function cutsOfAll(clv: Float64Array, known: number, scratch: TierScratch): TierCuts {
  const values = scratch.values;
  let j = 0;
  for (let k = 0; k < clv.length; k++) if (clv[k] === clv[k]) values[j++] = clv[k];
  return tierCuts(clv, values, known);
}

/** A draw's values (one per position) put back in summary-row order, into `out` (its invalid rows stay NaN). */
function perSummaryRow(at: Positions, stored: Float32Array, out: Float32Array) {
  const m = at.customer.length;
  for (let k = 0; k < m; k++) out[at.customer[k]] = stored[k];
  return out;
}

/**
 * One customer's CLV under one draw: expected spend as expectedSpendInto computes it, then the
 * point CLV's order of operations: spend x purchases, then the margin. Both ways to the
 * quantiles call this one function, so they store the same float32.
 */
function drawnClv(
  spendDraws: Float64Array,
  d: number,
  x: number,
  mean: number,
  purchases: number,
  margin: number
): number {
  const p = spendDraws[d * 3];
  const q = spendDraws[d * 3 + 1];
  const v = spendDraws[d * 3 + 2];
  const spend =
    !(q > 1) || !(x >= 0 && x < Infinity)
      ? NaN
      : x === 0
        ? (p * v) / (q - 1)
        : mean >= 0 && mean < Infinity
          ? (p * (v + x * mean)) / (p * x + q - 1)
          : NaN;
  return spend * purchases * margin;
}

/**
 * Draw d's CLV of every position into `stored` (float32) and, for the tiered ones, tieredClv
 * (NaN for the others). Returns how many are known.
 */
function drawValues(
  at: Positions,
  perRow: Float64Array,
  spendDraws: Float64Array,
  d: number,
  stored: Float32Array,
  tieredClv: Float64Array
): number {
  const { frequency, monetary, margin, tiered, row } = at;
  let known = 0;
  for (let k = 0; k < row.length; k++) {
    const value = drawnClv(spendDraws, d, frequency[k], monetary[k], perRow[row[k]], margin[k]);
    stored[k] = value;
    const forTiers = tiered[k] ? value : NaN;
    tieredClv[k] = forTiers;
    if (forTiers === forTiers) known++;
  }
  return known;
}

/** Customers per block of the quantiles: a block's draws (256 x 200 float32) stay in the cache. */
const BLOCK = 256;
const QUANTILES = [0.1, 0.5, 0.9] as const;

/** The ranks whose values the three quantiles of `length` draws interpolate between. */
function quantileRanks(length: number): number[] {
  const ranks = new Set<number>();
  for (const q of QUANTILES) {
    const below = Math.floor((length - 1) * q);
    ranks.add(below);
    ranks.add(Math.min(below + 1, length - 1));
  }
  return [...ranks].sort((a, b) => a - b);
}

/** Puts the draws of positions from..from+size-1 into block, customer-major (b D + d). */
type BlockFill = (from: number, size: number, block: Float32Array) => void;

/** From every draw kept (draw-major, m a draw): transposed a block at a time. */
function keptDraws(byDraw: Float32Array, m: number, D: number): BlockFill {
  return (from, size, block) => {
    for (let d = 0; d < D; d++) {
      const offset = d * m + from;
      for (let b = 0; b < size; b++) block[b * D + d] = byDraw[offset + b];
    }
  };
}

interface Recompute {
  drawn: DrawnPurchases;
  plans: DrawPlan[];
  at: Positions;
  spendDraws: Float64Array;
  D: number;
  block: number;
}

/**
 * Computed again: a block's positions are consecutive grouped rows (Positions' order), so the
 * block's rows under every draw (row-major, D a row) come from the draws' plans, and each
 * customer's CLVs from their row's, as drawValues computes them.
 */
function recomputedDraws(r: Recompute): BlockFill {
  const { drawn, plans, at, spendDraws, D } = r;
  // A block's rows are at most its customers, unless some grouped row has no customer here.
  let rows = new Float64Array(r.block * D);
  let scratch = new Float64Array(r.block);
  return (from, size, block) => {
    const first = at.row[from];
    const last = at.row[from + size - 1] + 1;
    if (last - first > scratch.length) {
      rows = new Float64Array((last - first) * D);
      scratch = new Float64Array(last - first);
    }
    for (let d = 0; d < D; d++) rowsOfPlan(drawn, plans[d], rows, first, last, d, D, scratch);
    const { frequency, monetary, margin, row } = at;
    for (let b = 0; b < size; b++) {
      const k = from + b;
      const offset = (row[k] - first) * D;
      for (let d = 0; d < D; d++)
        block[b * D + d] = drawnClv(
          spendDraws,
          d,
          frequency[k],
          monetary[k],
          rows[offset + d],
          margin[k]
        );
    }
  };
}

/**
 * Each customer's P10, P50 and P90 of their draws, `size` customers at a time (in position
 * order whatever the size: NeighbourSort carries its order from one customer to the next).
 */
function customerQuantiles(
  at: Positions,
  pointClv: Float64Array,
  D: number,
  size: number,
  fill: BlockFill,
  onProgress?: (fraction: number) => void
) {
  const n = pointClv.length;
  const m = at.customer.length;
  const p10 = new Float64Array(n).fill(NaN);
  const p50 = new Float64Array(n).fill(NaN);
  const p90 = new Float64Array(n).fill(NaN);
  const block = new Float32Array(size * D);
  const own = new Float64Array(D);
  // Nearly always every draw has a figure: the ranks of D draws, worked out once.
  const allRanks = quantileRanks(D);
  const neighbours = new NeighbourSort(D);
  // Progress about every 64K customers, not every block (a block may be one customer).
  const every = Math.max(1, Math.floor(65536 / size));
  for (let from = 0, blocks = 0; from < m; from += size, blocks++) {
    const count = Math.min(size, m - from);
    fill(from, count, block);
    for (let b = 0; b < count; b++) {
      const i = at.customer[from + b];
      if (Number.isNaN(pointClv[i])) continue;
      // The draws with a figure (NaN: none), then their order statistics at the quantiles' ranks:
      // sorted from the neighbour's order when every draw has a figure, else selected.
      let finite = 0;
      const offset = b * D;
      for (let d = 0; d < D; d++) if (block[offset + d] === block[offset + d]) finite++;
      if (finite === 0) continue;
      if (finite === D) {
        if (!neighbours.sort(block, offset, own)) selectRanks(own, D, allRanks);
      } else {
        finite = 0;
        for (let d = 0; d < D; d++) {
          const v = block[offset + d];
          if (v === v) own[finite++] = v;
        }
        selectRanks(own, finite, quantileRanks(finite));
      }
      p10[i] = drawQuantile(own, finite, 0.1);
      p50[i] = drawQuantile(own, finite, 0.5);
      p90[i] = drawQuantile(own, finite, 0.9);
    }
    if (onProgress && (blocks + 1) % every === 0) onProgress(Math.min(1, (from + count) / m));
  }
  onProgress?.(1);
  return { p10, p50, p90 };
}

/** One margin per row (1 for a revenue CLV). */
function marginsOf(margin: Float64Array | number | null, n: number): Float64Array {
  if (margin === null) return new Float64Array(n).fill(1);
  return typeof margin === "number" ? new Float64Array(n).fill(margin) : margin;
}

/** Where E_alive bends in T: at -alpha (Pareto/NBD also -beta). */
function shiftOf(params: PurchaseParams): number {
  return "beta" in params ? Math.min(params.alpha, params.beta) : params.alpha;
}

export function tierIntervals(
  tier: Uint8Array,
  pointClv: Float64Array,
  tierTotals: Float64Array,
  D: number
): TierInterval[] {
  return CLV_TIERS.map((name, t) => {
    let customers = 0;
    let total = 0;
    for (let i = 0; i < tier.length; i++) {
      if (tier[i] !== t) continue;
      customers++;
      total += pointClv[i];
    }
    const totals = Float64Array.from(
      { length: D },
      (_, d) => tierTotals[d * CLV_TIERS.length + t]
    ).sort();
    return {
      tier: name,
      customers,
      total,
      p10: drawQuantile(totals, D, 0.1),
      p50: drawQuantile(totals, D, 0.5),
      p90: drawQuantile(totals, D, 0.9),
    };
  });
}
