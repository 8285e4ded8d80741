// How sure the probabilistic CLV is (method.md section 4, "CLV intervals"): the fitted parameters
// are drawn again and again from their sampling distribution (multivariate normal on the
// log-parameters, the fits' covariance), every customer's CLV is recomputed under each draw with
// the point CLV's own formulas (no refit), and the spread of those CLVs is the interval. The same
// draws re-tier every customer, so the share of draws that keeps a customer in their tier is the
// tier confidence, and each tier's total under every draw gives the tier's value, give or take.
import { CLV_TIERS, NO_CLV_TIER } from "../../clv/clvTiers";
import type { GroupedHistories } from "../purchase/groupHistories";
import { parameterNames } from "../purchase/paramsOf";
import { fillStandardNormals, seededUniform } from "../simulate/seededRandom";
import {
  MONTH_IN_UNIT,
  type GammaGammaParams,
  type PurchaseModel,
  type PurchaseParams,
  type RfmtSummary,
} from "../types";
import {
  BLOCK,
  customerQuantiles,
  keptDraws,
  planOf,
  recomputedDraws,
  rowsOfPlan,
  type BlockFill,
  type DrawPlan,
} from "./customerDraws";
import { DrawnPurchases } from "./drawnPurchases";
import { drawValues, Positions } from "./positions";
import { parameterDraws } from "./parameterDraws";
import { drawQuantile } from "./quantile";
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

function drawsOf(input: ClvIntervalInput): [Float64Array, Float64Array] | NoIntervalReason {
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
 * At most this much memory keeps customers' draws for the quantiles (m x D float32 in all: 6 GB
 * for 7.6 million customers and 200 draws); the customers past it have theirs computed again.
 * Keeping is the cheaper way in CPU (bench:clv, 100,000 customers, intervals alone: 2.40 s
 * every draw kept, 3.01 s none; in whole days 1.78 s and 2.14 s), so a run of a sheet's size
 * keeps them all, as before, and a bigger one computes again only the customers past this.
 * The recomputation starts from each draw's per-frequency sums, not from its per-history
 * values: those are histories x D float64, as many histories as customers when no two share one.
 */
export const KEEP_BYTES = 256 * 1024 * 1024;
/** Customers per block when their draws are computed again for the quantiles. */
export const RECOMPUTED_BLOCK = 1024;

/** How the quantiles get the draws: the first `kept` positions' kept, the others' computed again in blocks. */
export interface DrawLayout {
  kept: number;
  block: number;
}

/**
 * The intervals, or why there are none. `pointClv` is the CLV the faces show (per summary row,
 * margin applied): the draws reproduce it exactly when the covariance is zero.
 *
 * The tiers need every customer's CLV under each draw (the cuts are over everyone), the
 * quantiles each customer's CLV under every draw: one pass over the draws gives the tiers, and
 * keeps for the quantiles the draws of as many customers as KEEP_BYTES holds (all of them up to
 * 335,544 customers at 200 draws), which was the whole story before. Past that, each draw keeps
 * only its per-frequency sums (DrawnState: a few numbers per distinct frequency), and the
 * quantiles compute the other customers' draws again, a block at a time: the block's grouped
 * rows under every draw from those sums, then its customers' CLVs, with the same functions in
 * the same order, so the figures are the same to the bit (tested with every layout). Memory then
 * grows with the customers, not with customers x draws; the price is the per-row and
 * per-customer part of the draws a second time (about a quarter more CPU for the recomputed
 * customers: bench:clv). `layout` is for the tests; the size decides otherwise.
 */
export function clvIntervals(
  input: ClvIntervalInput,
  pointClv: Float64Array,
  layout?: DrawLayout | KeepBudget
): ClvIntervalOutcome {
  const run = startClvIntervals(input, pointClv, layout);
  if (typeof run === "string") return { intervals: null, reason: run };
  for (let d = 0; d < input.draws; d++) run.draw(d);
  return { reason: null, intervals: run.finish() };
}

/** The memory that may keep customers' draws (CLV by group shares KEEP_BYTES among its fits). */
export interface KeepBudget {
  keepBytes: number;
}

/**
 * clvIntervals a draw at a time: draw(d) for d = 0..draws-1 in order, then finish(). CLV by group
 * steps its groups' runs side by side, to tier all customers under each draw as it comes.
 */
export function startClvIntervals(
  input: ClvIntervalInput,
  pointClv: Float64Array,
  layout: DrawLayout | KeepBudget = { keepBytes: KEEP_BYTES }
): IntervalRun | NoIntervalReason {
  if (!Number.isInteger(input.draws) || input.draws < 1 || input.draws > MAX_DRAWS)
    throw new RangeError(`draws must be a whole number from 1 to ${MAX_DRAWS}`);
  const parameters = drawsOf(input);
  if (typeof parameters === "string") return parameters;
  return new IntervalRun(input, pointClv, parameters, layout);
}

export class IntervalRun {
  private readonly D: number;
  private readonly tier: Uint8Array;
  private readonly drawn: DrawnPurchases;
  private readonly at: Positions;
  private readonly kept: number;
  private readonly block: number;
  /** The kept customers' CLVs, draw by draw (contiguous writes): float32 halves the memory
   * (100,000 customers x 200 draws = 80 MB) and keeps 7 significant digits. */
  private readonly byDraw: Float32Array;
  /** Unless all are kept: one draw's CLVs of every position (onDrawValues reads them). */
  private readonly oneDraw: Float32Array | null;
  private readonly plans: DrawPlan[] = [];
  private readonly discounted: Float64Array;
  private readonly scratch: Float64Array;
  private readonly tieredClv: Float64Array;
  private readonly tally: TierTally;
  /** Some position has a tier (CLV by group draws each group with none: it re-tiers all
   * customers together itself); else there is nothing to re-tier under each draw. */
  private readonly tiers: boolean;
  /** Only for onDrawValues: a draw's values per summary row (NaN where the history is invalid). */
  private readonly asDrawn: Float32Array;
  private readonly drawShare: number;

  constructor(
    private readonly input: ClvIntervalInput,
    private readonly pointClv: Float64Array,
    private readonly parameters: [Float64Array, Float64Array],
    layout: DrawLayout | KeepBudget
  ) {
    const { summary: s, grouped: g, draws: D } = input;
    this.D = D;
    this.tier = assignedTiers(pointClv, input.tiered);
    const schedule = {
      model: input.model,
      months: input.horizonMonths,
      unit: MONTH_IN_UNIT[s.unit],
      discount: input.monthlyDiscount,
    };
    this.drawn = new DrawnPurchases(g, schedule, shiftOf(input.purchase.params));
    const at = (this.at = Positions.of(input, this.tier));
    const m = at.customer.length;
    ({ kept: this.kept, block: this.block } = layoutOf(layout, m, D));
    this.byDraw = new Float32Array(this.kept * D);
    this.oneDraw = this.kept === m ? null : new Float32Array(m);
    this.discounted = new Float64Array(g.rows);
    this.scratch = new Float64Array(g.rows);
    this.tieredClv = new Float64Array(m);
    this.tally = new TierTally(at, D);
    this.tiers = at.tier.some((t) => t !== NO_CLV_TIER);
    this.asDrawn = input.onDrawValues ? new Float32Array(s.n).fill(NaN) : new Float32Array(0);
    this.drawShare = drawShareOf(this.kept, m);
  }

  /** Draw d over every customer: its tiers, its kept CLVs, onDrawValues and progress. */
  draw(d: number): void {
    const { input, drawn, at, kept, byDraw, oneDraw, D } = this;
    const [purchaseDraws, spendDraws] = this.parameters;
    const m = at.customer.length;
    const plan = planOf(drawn, purchaseParamsOf(input.model, purchaseDraws, d));
    if (oneDraw !== null) this.plans[d] = plan;
    rowsOfPlan(drawn, plan, this.discounted, 0, input.grouped.rows, 0, 1, this.scratch);
    const stored = oneDraw ?? byDraw.subarray(d * m, (d + 1) * m);
    const known = drawValues(at, this.discounted, spendDraws, d, stored, this.tieredClv);
    if (oneDraw !== null) byDraw.set(oneDraw.subarray(0, kept), d * kept);
    if (input.onDrawValues) input.onDrawValues(d, perSummaryRow(at, stored, this.asDrawn));
    if (this.tiers) this.tally.add(d, this.tieredClv, known);
    input.onProgress?.(((d + 1) / D) * this.drawShare);
  }

  /** After every draw: the quantiles (computing again the draws not kept) and the tiers' figures. */
  finish(): ClvIntervals {
    const { input, pointClv, at, kept, byDraw, D, tier, tally, drawShare } = this;
    const m = at.customer.length;
    const fill =
      this.oneDraw === null
        ? keptDraws(byDraw, m, D)
        : splitFill(
            kept,
            keptDraws(byDraw, kept, D),
            recomputedDraws({
              drawn: this.drawn,
              plans: this.plans,
              at,
              spendDraws: this.parameters[1],
              D,
              block: this.block,
            })
          );
    const quantiles = customerQuantiles(at, pointClv, D, this.block, fill, (fraction) =>
      drawShare < 1 ? input.onProgress?.(drawShare + (1 - drawShare) * fraction) : undefined
    );
    const tierConfidence = new Float64Array(input.summary.n).fill(NaN);
    for (let k = 0; k < m; k++)
      if (at.tier[k] !== NO_CLV_TIER) tierConfidence[at.customer[k]] = tally.agree[k] / D;
    return {
      draws: D,
      seed: input.seed,
      ...quantiles,
      tier,
      tierConfidence,
      tiers: tierIntervals(tier, pointClv, tally.totals, D),
    };
  }
}

/** The layout asked for (checked), or as many kept as the budget holds. */
function layoutOf(layout: DrawLayout | KeepBudget, m: number, D: number): DrawLayout {
  if ("keepBytes" in layout) {
    const kept = Math.min(m, Math.floor(layout.keepBytes / (4 * D)));
    return { kept, block: kept === m ? BLOCK : RECOMPUTED_BLOCK };
  }
  const { kept, block } = layout;
  if (!(Number.isInteger(kept) && kept >= 0 && Number.isInteger(block) && block >= 1))
    throw new RangeError("kept must be a whole number from 0, block from 1");
  return { kept: Math.min(kept, m), block };
}

/**
 * The progress bar's share of the pass over the draws; the quantiles take the rest, more when
 * customers' draws are computed again (weights from a CPU profile of 100,000 customers: the
 * pass 1, the quantiles 0.4, computing every customer's draws again 0.55). All kept, the bar
 * moves with the draws only, as it always did.
 */
function drawShareOf(kept: number, m: number): number {
  return kept === m ? 1 : 1 / (1.4 + (0.55 * (m - kept)) / m);
}

/** The kept draws for positions below `kept`, the recomputed ones from there on. */
function splitFill(kept: number, fromKept: BlockFill, recomputed: BlockFill): BlockFill {
  return (from, size, block, offset) => {
    const inKept = Math.max(0, Math.min(size, kept - from));
    if (inKept > 0) fromKept(from, inKept, block, offset);
    if (inKept < size) recomputed(from + inKept, size - inKept, block, offset + inKept);
  };
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
