// Each customer's draws for the quantiles of the CLV intervals (method.md section 4): kept from
// the pass over the draws, or computed again a block of customers at a time (clvIntervals.ts
// says when), and the quantiles taken from them.
import type { PurchaseParams } from "../types";
import { blendNearAOne, nearAOne } from "../purchase/interpolateNearAOne";
import type { DrawnPurchases, DrawnState } from "./drawnPurchases";
import { drawnClv, type Positions } from "./positions";
import { drawQuantile, NeighbourSort, selectRanks } from "./quantile";

/**
 * One draw of the purchase parameters, ready to give any grouped rows' discounted purchases:
 * its per-frequency sums, on both sides of a = 1 when a is near it (as interpolateNearAOne).
 */
export interface DrawPlan {
  sides: { params: PurchaseParams; state: DrawnState }[];
  share: number;
}

export function planOf(drawn: DrawnPurchases, params: PurchaseParams): DrawPlan {
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
export function rowsOfPlan(
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

/** Customers per block of the quantiles: a block's draws (256 x 200 float32) stay in the cache. */
export const BLOCK = 256;
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

/**
 * Puts the draws of positions from..from+size-1 into block, customer-major from the block's
 * customer `into` on ((into + b) D + d for position from + b).
 */
export type BlockFill = (from: number, size: number, block: Float32Array, into: number) => void;

/** From the draws kept (draw-major, `kept` positions a draw): transposed a block at a time. */
export function keptDraws(byDraw: Float32Array, kept: number, D: number): BlockFill {
  return (from, size, block, into) => {
    for (let d = 0; d < D; d++) {
      const offset = d * kept + from;
      for (let b = 0; b < size; b++) block[(into + b) * D + d] = byDraw[offset + b];
    }
  };
}

export interface Recompute {
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
export function recomputedDraws(r: Recompute): BlockFill {
  const { drawn, plans, at, spendDraws, D } = r;
  // A block's rows are at most its customers, unless some grouped row has no customer here.
  let rows = new Float64Array(r.block * D);
  let scratch = new Float64Array(r.block);
  return (from, size, block, into) => {
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
        block[(into + b) * D + d] = drawnClv(
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
export function customerQuantiles(
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
    fill(from, count, block, 0);
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
