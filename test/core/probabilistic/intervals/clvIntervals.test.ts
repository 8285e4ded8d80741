// The CLV intervals and tier confidence: deterministic, ordered, honest about a singular fit,
// exact at zero spread, narrower with more customers, and covering the CLV of the true parameters.
import {
  fitBgNbd,
  fitGammaGamma,
  probabilisticClv,
  simulateBgNbd,
  simulateGammaGamma,
  type BgNbdParams,
  type GammaGammaParams,
  type RfmtSummary,
} from "../../../../src/core/probabilistic";
import { clvTiers } from "../../../../src/core/clv/clvTiers";
import {
  clvIntervals,
  type ClvIntervalInput,
  type ClvIntervals,
} from "../../../../src/core/probabilistic/intervals/clvIntervals";
import { groupHistories } from "../../../../src/core/probabilistic/purchase/groupHistories";
import { seededUniform } from "../../../../src/core/probabilistic/simulate/seededRandom";
import { cdnowSummary } from "../cdnowSummary";

const TRUE_PURCHASE: BgNbdParams = { r: 0.3, alpha: 5, a: 0.8, b: 2.5 };
const TRUE_SPEND: GammaGammaParams = { p: 6, q: 4, v: 15 };

function simulated(customers: number, seed: number): RfmtSummary {
  const uniform = seededUniform(seed);
  const T = Float64Array.from({ length: customers }, () => 20 + 30 * uniform());
  const sim = simulateBgNbd(TRUE_PURCHASE, T, uniform);
  const monetary = simulateGammaGamma(TRUE_SPEND, sim.frequency, uniform);
  return { n: customers, unit: "weeks", ...sim, monetary };
}

/** Fits both models and asks for intervals of the fitted CLV. */
function fitted(summary: RfmtSummary, draws = 40, seed = 18) {
  const purchase = fitBgNbd(summary);
  const spend = fitGammaGamma(summary);
  const clv = probabilisticClv(summary, purchase.params, spend.params);
  const input: ClvIntervalInput = {
    summary,
    grouped: groupHistories(summary),
    model: "bgnbd",
    purchase,
    spend,
    horizonMonths: 12,
    monthlyDiscount: 0.01,
    margin: null,
    tiered: null,
    draws,
    seed,
  };
  return { input, clv, purchase, spend };
}

function intervalsOf(input: ClvIntervalInput, clv: Float64Array): ClvIntervals {
  const out = clvIntervals(input, clv);
  if (out.intervals === null) throw new Error(`no intervals: ${out.reason}`);
  return out.intervals;
}

const relativeWidth = (i: ClvIntervals, k: number) =>
  (i.tiers[k].p90 - i.tiers[k].p10) / i.tiers[k].total;

describe("clvIntervals", () => {
  const cdnow = fitted(cdnowSummary());
  const base = intervalsOf(cdnow.input, cdnow.clv);

  it("gives the same figures for the same seed and others for another", () => {
    const again = intervalsOf(cdnow.input, cdnow.clv);
    expect(Array.from(again.p10)).toEqual(Array.from(base.p10));
    expect(Array.from(again.tierConfidence)).toEqual(Array.from(base.tierConfidence));
    expect(again.tiers).toEqual(base.tiers);
    const other = intervalsOf({ ...cdnow.input, seed: 19 }, cdnow.clv);
    expect(other.tiers[0].p10).not.toBe(base.tiers[0].p10);
  });

  it("orders P10 <= P50 <= P90 around the point CLV, confidence in [0, 1]", () => {
    let inside = 0;
    for (let i = 0; i < cdnow.clv.length; i++) {
      expect(base.p10[i]).toBeLessThanOrEqual(base.p50[i]);
      expect(base.p50[i]).toBeLessThanOrEqual(base.p90[i]);
      // Within 1%: the draws centre on the fit.
      if (base.p10[i] <= cdnow.clv[i] * 1.01 && cdnow.clv[i] <= base.p90[i] * 1.01) inside++;
      expect(base.tierConfidence[i]).toBeGreaterThanOrEqual(0);
      expect(base.tierConfidence[i]).toBeLessThanOrEqual(1);
    }
    expect(inside / cdnow.clv.length).toBeGreaterThan(0.95);
    expect(Array.from(base.tier)).toEqual(Array.from(clvTiers(cdnow.clv)));
    // Some customers sit near a cut: not every one is sure of the tier.
    expect(Math.min(...base.tierConfidence)).toBeLessThan(0.9);
    for (const t of base.tiers) {
      expect(t.p10).toBeLessThan(t.p50);
      expect(t.p50).toBeLessThan(t.p90);
      expect(t.p10).toBeLessThan(t.total);
      expect(t.total).toBeLessThan(t.p90);
    }
    expect(base.tiers.map((t) => t.customers)).toEqual([472, 707, 1178]);
  });

  it("reproduces the point CLV and is sure of every tier when the covariance is zero", () => {
    const zero = (k: number) => Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const out = intervalsOf(
      {
        ...cdnow.input,
        purchase: { params: cdnow.purchase.params, logCovariance: zero(4) },
        spend: { params: cdnow.spend.params, logCovariance: zero(3) },
        draws: 5,
      },
      cdnow.clv
    );
    for (let i = 0; i < cdnow.clv.length; i++) {
      // The draws' interpolation in T and float32 storage: 7 digits.
      expect(out.p10[i]).toBeCloseTo(cdnow.clv[i], 4);
      expect(out.p90[i]).toBeCloseTo(cdnow.clv[i], 4);
      expect(out.tierConfidence[i]).toBe(1);
    }
  });

  it("leaves the intervals out when a fit has no covariance (singular information)", () => {
    const noPurchase = clvIntervals(
      { ...cdnow.input, purchase: { params: cdnow.purchase.params, logCovariance: null } },
      cdnow.clv
    );
    expect(noPurchase).toEqual({ intervals: null, reason: "purchaseCovariance" });
    const noSpend = clvIntervals(
      { ...cdnow.input, spend: { params: cdnow.spend.params, logCovariance: null } },
      cdnow.clv
    );
    expect(noSpend).toEqual({ intervals: null, reason: "spendCovariance" });
  });

  it("applies the margin as the point CLV does and tiers only the tiered rows", () => {
    const tiered = Uint8Array.from(cdnow.clv, (_, i) => (i % 10 === 0 ? 0 : 1));
    const half = intervalsOf(
      { ...cdnow.input, margin: 0.5, tiered },
      cdnow.clv.map((v) => v * 0.5)
    );
    for (let i = 0; i < 50; i++) expect(half.p50[i]).toBeCloseTo(base.p50[i] * 0.5, 4);
    expect(half.tier[0]).toBe(255);
    expect(half.tierConfidence[0]).toBeNaN();
    expect(half.tiers.reduce((s, t) => s + t.customers, 0)).toBe(tiered.reduce((s, v) => s + v, 0));
  });

  it("with no row tiered (a group's draws under CLV by group) gives the same intervals, no tiers", () => {
    const none = intervalsOf(
      { ...cdnow.input, tiered: new Uint8Array(cdnow.clv.length) },
      cdnow.clv
    );
    expect(none.p10).toEqual(base.p10);
    expect(none.p50).toEqual(base.p50);
    expect(none.p90).toEqual(base.p90);
    expect(none.tier.every((t) => t === 255)).toBe(true);
    expect(none.tierConfidence.every((c) => Number.isNaN(c))).toBe(true);
    expect(none.tiers.map((t) => [t.customers, t.total, t.p50])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});

describe("clvIntervals on customers simulated from known parameters", () => {
  it("narrows as customers grow, and tiers get surer", () => {
    const small = fitted(simulated(300, 5), 30);
    const large = fitted(simulated(3000, 5), 30);
    const s = intervalsOf(small.input, small.clv);
    const l = intervalsOf(large.input, large.clv);
    // Ten times the customers: about a third of the width (1 / sqrt(10)).
    for (const k of [0, 1, 2]) expect(relativeWidth(l, k)).toBeLessThan(relativeWidth(s, k) / 2);
    const mean = (a: Float64Array) => a.reduce((sum, v) => sum + v, 0) / a.length;
    expect(mean(l.tierConfidence)).toBeGreaterThan(mean(s.tierConfidence));
  });

  it("covers the total CLV under the true parameters about as often as an 80% interval should", () => {
    let covered = 0;
    let usable = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const { input, clv } = fitted(simulated(400, 100 + seed), 30, seed);
      // A small sample can leave a fit at a singular point: no intervals, and nothing to check.
      const outcome = clvIntervals(input, clv);
      if (outcome.intervals === null) continue;
      usable++;
      const out = outcome.intervals;
      // The high tier's customers, valued under the true parameters.
      const truth = probabilisticClv(input.summary, TRUE_PURCHASE, TRUE_SPEND);
      let total = 0;
      for (let i = 0; i < clv.length; i++) if (out.tier[i] === 0) total += truth[i];
      if (out.tiers[0].p10 <= total && total <= out.tiers[0].p90) covered++;
    }
    // 80% nominal: 8 runs cover 4 or more with probability above 0.98; intervals far too narrow
    // (a covariance divided by the customers, say) cover none.
    expect(usable).toBeGreaterThanOrEqual(8);
    expect(covered / usable).toBeGreaterThanOrEqual(0.5);
  });
});
