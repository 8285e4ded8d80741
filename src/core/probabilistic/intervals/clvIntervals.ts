// How sure the probabilistic CLV is (method.md section 4, "CLV intervals"): the fitted parameters
// are drawn again and again from their sampling distribution (multivariate normal on the
// log-parameters, the fits' covariance), every customer's CLV is recomputed under each draw with
// the point CLV's own formulas (no refit), and the spread of those CLVs is the interval. The same
// draws re-tier every customer, so the share of draws that keeps a customer in their tier is the
// tier confidence, and each tier's total under every draw gives the tier's value, give or take.
import { CLV_TIERS, NO_CLV_TIER } from "../../clv/clvTiers";
import type { GroupedHistories } from "../purchase/groupHistories";
import { interpolateNearAOne } from "../purchase/interpolateNearAOne";
import { parameterNames } from "../purchase/paramsOf";
import { fillStandardNormals, seededUniform } from "../simulate/seededRandom";
import { expectedSpendInto } from "../spend/conditionalExpectedSpend";
import {
  MONTH_IN_UNIT,
  type GammaGammaParams,
  type PurchaseModel,
  type PurchaseParams,
  type RfmtSummary,
} from "../types";
import { DrawnPurchases } from "./drawnPurchases";
import { parameterDraws } from "./parameterDraws";
import { drawQuantile } from "./quantile";
import { TierScratch, tiersInto } from "./drawTiers";

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
 * The intervals, or why there are none. `pointClv` is the CLV the faces show (per summary row,
 * margin applied): the draws reproduce it exactly when the covariance is zero.
 */
export function clvIntervals(input: ClvIntervalInput, pointClv: Float64Array): ClvIntervalOutcome {
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
  const margin = marginsOf(input.margin, n);
  const tiered = input.tiered ?? new Uint8Array(n).fill(1);
  // Every draw's CLV, draw by draw (contiguous writes), for the quantiles: float32 halves the
  // memory (100,000 customers x 200 draws = 80 MB) and keeps 7 significant digits.
  const byDraw = new Float32Array(n * D);
  const discounted = new Float64Array(g.rows);
  const spendPer = new Float64Array(n);
  const tieredClv = new Float64Array(n);
  const tierOfDraw = new Uint8Array(n);
  const agree = new Uint16Array(n);
  const scratch = new TierScratch(n);
  const tierTotals = new Float64Array(D * CLV_TIERS.length);
  const rowOf = g.rowOf;
  for (let d = 0; d < D; d++) {
    const params = purchaseParamsOf(input.model, purchaseDraws, d);
    const spendParams = {
      p: spendDraws[d * 3],
      q: spendDraws[d * 3 + 1],
      v: spendDraws[d * 3 + 2],
    };
    expectedSpendInto(spendPer, s.frequency, s.monetary, spendParams);
    // Near a = 1 the interpolation computes two fresh columns; elsewhere the buffer is reused.
    const perRow = interpolateNearAOne(params, (p) =>
      drawn.into(p === params ? discounted : new Float64Array(g.rows), p)
    );
    const stored = byDraw.subarray(d * n, (d + 1) * n);
    for (let i = 0; i < n; i++) {
      const row = rowOf[i];
      // The point CLV's order of operations: spend x purchases, then the margin.
      const value = row < 0 ? NaN : spendPer[i] * perRow[row] * margin[i];
      stored[i] = value;
      tieredClv[i] = tiered[i] ? value : NaN;
    }
    input.onDrawValues?.(d, stored);
    tiersInto(tierOfDraw, tieredClv, scratch);
    const totals = d * CLV_TIERS.length;
    for (let i = 0; i < n; i++) {
      const t = tier[i];
      if (t === NO_CLV_TIER) continue;
      if (tierOfDraw[i] === t) agree[i]++;
      tierTotals[totals + t] += tieredClv[i];
    }
    input.onProgress?.((d + 1) / D);
  }
  return {
    reason: null,
    intervals: {
      draws: D,
      seed: input.seed,
      ...customerQuantiles(byDraw, pointClv, D),
      tier,
      tierConfidence: Float64Array.from(tier, (t, i) => (t === NO_CLV_TIER ? NaN : agree[i] / D)),
      tiers: tierIntervals(tier, pointClv, tierTotals, D),
    },
  };
}

/** Customers per block of the quantiles: a block's draws (256 x 200 float32) stay in the cache. */
const BLOCK = 256;

function customerQuantiles(byDraw: Float32Array, pointClv: Float64Array, D: number) {
  const n = pointClv.length;
  const p10 = new Float64Array(n).fill(NaN);
  const p50 = new Float64Array(n).fill(NaN);
  const p90 = new Float64Array(n).fill(NaN);
  const block = new Float32Array(BLOCK * D);
  for (let from = 0; from < n; from += BLOCK) {
    const size = Math.min(BLOCK, n - from);
    // Transposed a block at a time: draw-major in, customer-major out.
    for (let d = 0; d < D; d++) {
      const at = d * n + from;
      for (let b = 0; b < size; b++) block[b * D + d] = byDraw[at + b];
    }
    for (let b = 0; b < size; b++) {
      const i = from + b;
      if (Number.isNaN(pointClv[i])) continue;
      // A typed array sorts numerically and puts NaN (a draw with no figure) last.
      const own = block.subarray(b * D, (b + 1) * D).sort();
      let finite = D;
      while (finite > 0 && Number.isNaN(own[finite - 1])) finite--;
      p10[i] = drawQuantile(own, finite, 0.1);
      p50[i] = drawQuantile(own, finite, 0.5);
      p90[i] = drawQuantile(own, finite, 0.9);
    }
  }
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
