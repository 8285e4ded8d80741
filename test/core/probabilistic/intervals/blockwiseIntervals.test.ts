// The ways to the CLV quantiles (every draw kept, or some or all customers' draws computed again
// block by block) give the same intervals, tier confidence, tier totals and per-draw values to
// the bit, whatever the block size and however many customers keep their draws: on generated customers sharing histories, with invalid histories, missing spend, a
// margin per row (some NaN), rows left out of the tiers, all three purchase models and draws
// near a = 1, where the expectations are interpolated.
import {
  probabilisticClv,
  simulateBgNbd,
  simulateGammaGamma,
  type GammaGammaParams,
  type PurchaseModel,
  type PurchaseParams,
  type RfmtSummary,
} from "../../../../src/core/probabilistic";
import {
  clvIntervals,
  KEEP_BYTES,
  type DrawLayout,
  type ClvIntervalInput,
  type ClvIntervals,
} from "../../../../src/core/probabilistic/intervals/clvIntervals";
import { groupHistories } from "../../../../src/core/probabilistic/purchase/groupHistories";
import { seededUniform } from "../../../../src/core/probabilistic/simulate/seededRandom";

const SPEND: GammaGammaParams = { p: 6, q: 4, v: 15 };

/**
 * Customers whose histories are rounded (whole weeks) so that many share
 * one grouped row, with every 37th history invalid and every 53rd spend missing.
 */
function customers(n: number, seed: number): RfmtSummary {
  const uniform = seededUniform(seed);
  const T = Float64Array.from({ length: n }, () => 20 + Math.floor(30 * uniform()));
  const sim = simulateBgNbd({ r: 0.5, alpha: 8, a: 0.8, b: 2.5 }, T, uniform);
  const monetary = simulateGammaGamma(SPEND, sim.frequency, uniform);
  const recency = sim.recency.map((t) => Math.round(t));
  for (let i = 0; i < n; i++) {
    if (i % 37 === 5) recency[i] = T[i] + 1;
    if (i % 53 === 7 && sim.frequency[i] > 0) monetary[i] = NaN;
  }
  return { n, unit: "weeks", frequency: sim.frequency, recency, T, monetary };
}

const diagonal = (values: number[]) =>
  values.map((v, i) => values.map((_, j) => (i === j ? v : 0)));

const PURCHASE: Record<PurchaseModel, { params: PurchaseParams; spread: number[] }> = {
  bgnbd: { params: { r: 0.5, alpha: 4, a: 0.8, b: 2.5 }, spread: [0.01, 0.01, 0.02, 0.02] },
  mbgnbd: { params: { r: 0.5, alpha: 4, a: 0.8, b: 2.5 }, spread: [0.01, 0.01, 0.02, 0.02] },
  pnbd: { params: { r: 0.5, alpha: 4, s: 0.7, beta: 9 }, spread: [0.01, 0.01, 0.02, 0.02] },
};

function inputOf(summary: RfmtSummary, model: PurchaseModel, draws: number): ClvIntervalInput {
  const { params, spread } = PURCHASE[model];
  const n = summary.n;
  return {
    summary,
    grouped: groupHistories(summary),
    model,
    purchase: { params, logCovariance: diagonal(spread) },
    spend: { params: SPEND, logCovariance: diagonal([0.01, 0.005, 0.01]) },
    horizonMonths: 12,
    monthlyDiscount: 0.01,
    margin: Float64Array.from({ length: n }, (_, i) => (i % 41 === 3 ? NaN : 0.2 + (i % 5) / 10)),
    tiered: Uint8Array.from({ length: n }, (_, i) => (i % 9 === 4 ? 0 : 1)),
    draws,
    seed: 18,
  };
}

function pointOf(input: ClvIntervalInput): Float64Array {
  const margin = input.margin as Float64Array;
  return probabilisticClv(input.summary, input.purchase.params, input.spend.params, {
    model: input.model,
    grouped: input.grouped,
  }).map((v, i) => v * margin[i]);
}

interface Run {
  intervals: ClvIntervals;
  /** onDrawValues' arrays, copied. */
  values: Float32Array[];
  progress: number[];
}

function run(input: ClvIntervalInput, clv: Float64Array, layout?: DrawLayout): Run {
  const values: Float32Array[] = [];
  const progress: number[] = [];
  const out = clvIntervals(
    {
      ...input,
      onDrawValues: (d, v) => (values[d] = v.slice()),
      onProgress: (f) => progress.push(f),
    },
    clv,
    layout
  );
  if (out.intervals === null) throw new Error(`no intervals: ${out.reason}`);
  return { intervals: out.intervals, values, progress };
}

/** The first index where two arrays differ in any bit (NaN payloads and -0 included), or -1. */
function firstDifference(a: Float64Array | Float32Array, b: Float64Array | Float32Array): number {
  if (a.length !== b.length) return -2;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return Math.floor(i / a.BYTES_PER_ELEMENT);
  return -1;
}

function expectSame(kept: Run, blockwise: Run): void {
  const a = kept.intervals;
  const b = blockwise.intervals;
  expect(firstDifference(b.p10, a.p10)).toBe(-1);
  expect(firstDifference(b.p50, a.p50)).toBe(-1);
  expect(firstDifference(b.p90, a.p90)).toBe(-1);
  expect(firstDifference(b.tierConfidence, a.tierConfidence)).toBe(-1);
  expect(Array.from(b.tier)).toEqual(Array.from(a.tier));
  expect(b.tiers).toEqual(a.tiers);
  for (const [i, t] of b.tiers.entries())
    expect(
      firstDifference(
        Float64Array.of(t.p10, t.p50, t.p90, t.total),
        Float64Array.of(a.tiers[i].p10, a.tiers[i].p50, a.tiers[i].p90, a.tiers[i].total)
      )
    ).toBe(-1);
  expect(blockwise.values.length).toBe(kept.values.length);
  kept.values.forEach((v, d) => expect(firstDifference(blockwise.values[d], v)).toBe(-1));
}

describe("blockwise CLV intervals", () => {
  const summary = customers(1500, 7);
  const m = groupHistories(summary).customers;
  /** Today's way: every draw kept, transposed 256 customers at a time. */
  const allKept: DrawLayout = { kept: m, block: 256 };
  /** None kept, some, all but one: blocks of 1, 7 (which divides neither m nor 100), all and more. */
  const layouts: DrawLayout[] = [
    { kept: 0, block: 1 },
    { kept: 0, block: 7 },
    { kept: 0, block: 1024 },
    { kept: 0, block: m + 5 },
    { kept: 100, block: 7 },
    { kept: 333, block: 1 },
    { kept: m - 1, block: 256 },
    { kept: m, block: 7 },
  ];

  it.each<PurchaseModel>(["bgnbd", "mbgnbd", "pnbd"])(
    "%s: the same figures to the bit whatever is kept and whatever the block",
    (model) => {
      const input = inputOf(summary, model, 23);
      const clv = pointOf(input);
      const kept = run(input, clv, allKept);
      // The data has what the test is about: shared rows, invalid histories, NaN figures.
      expect(input.grouped.rows).toBeLessThan(0.7 * m);
      expect(Math.max(...input.grouped.weight)).toBeGreaterThan(20);
      expect(m).toBeLessThan(summary.n);
      expect(
        kept.intervals.p50.some((v, i) => Number.isNaN(v) && input.grouped.rowOf[i] >= 0)
      ).toBe(true);
      expect(kept.intervals.tierConfidence.some((c) => c > 0 && c < 1)).toBe(true);
      expect(m % 7).not.toBe(0);
      for (const layout of layouts) expectSame(kept, run(input, clv, layout));
      // Left to the size, these few customers keep every draw.
      expectSame(kept, run(input, clv));
      expect(m * 23 * 4).toBeLessThan(KEEP_BYTES);
    }
  );

  it("the same to the bit with draws near a = 1, where each draw is computed on both sides", () => {
    const input = inputOf(summary, "bgnbd", 11);
    // a within 1e-4 of 1 in every draw: the spread of ln a is 1e-6.
    const near = {
      ...input,
      purchase: {
        params: { r: 0.5, alpha: 4, a: 1.00001, b: 2.5 },
        logCovariance: diagonal([0.01, 0.01, 1e-12, 0.02]),
      },
    };
    const clv = pointOf(near);
    const kept = run(near, clv, allKept);
    expect(kept.intervals.p50.some((v) => v > 0)).toBe(true);
    for (const layout of [layouts[0], layouts[4], { kept: 0, block: 13 }])
      expectSame(kept, run(near, clv, layout));
  });

  it("reports progress up to 1 in order, through the draws and then the blocks", () => {
    const input = inputOf(summary, "bgnbd", 5);
    const clv = pointOf(input);
    for (const layout of [allKept, { kept: 0, block: 1 }, { kept: 500, block: 100 }]) {
      const { progress } = run(input, clv, layout);
      expect(progress.at(-1)).toBe(1);
      for (let k = 1; k < progress.length; k++)
        expect(progress[k]).toBeGreaterThanOrEqual(progress[k - 1]);
      // All kept, the draws alone move the bar, as before; else the quantiles report too (block
      // 1: every 65,536 customers, then at the end).
      const draws = progress.filter((f) => f < 1).length;
      expect(progress.length).toBe(layout === allKept ? 5 : 6);
      expect(draws).toBe(layout === allKept ? 4 : 5);
    }
  });

  it("refuses a layout that is not whole numbers (kept from 0, block from 1)", () => {
    const input = inputOf(summary, "bgnbd", 3);
    const clv = pointOf(input);
    expect(() => clvIntervals(input, clv, { kept: 0, block: 0 })).toThrow(RangeError);
    expect(() => clvIntervals(input, clv, { kept: 2.5, block: 4 })).toThrow(RangeError);
    expect(() => clvIntervals(input, clv, { kept: -1, block: 4 })).toThrow(RangeError);
  });
});
