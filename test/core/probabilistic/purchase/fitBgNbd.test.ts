// The fit: parameters recovered from simulated customers, its reports when it cannot converge,
// and its behaviour across time units and starting points.
import { Random } from "../../../../data/generate/random";
import {
  fitBgNbd,
  simulateBgNbd,
  type BgNbdParams,
  type PurchaseModel,
} from "../../../../src/core/probabilistic";
import { groupHistories } from "../../../../src/core/probabilistic/purchase/groupHistories";
import { groupedLogLikelihood } from "../../../../src/core/probabilistic/purchase/groupedLogLikelihood";
import { cdnowPurchases } from "../cdnowSummary";
import { standardErrors } from "../standardErrors";

function simulated(params: BgNbdParams, n: number, seed: number, model: PurchaseModel = "bgnbd") {
  const random = new Random(seed);
  // First purchases spread over the first 12 weeks of a 39-week window, as in CDNOW.
  const T = Float64Array.from({ length: n }, () => 27 + 12 * random.next());
  return simulateBgNbd(params, T, () => random.next(), { model });
}

describe("fitBgNbd", () => {
  it.each<[PurchaseModel, BgNbdParams]>([
    ["bgnbd", { r: 0.5, alpha: 6, a: 0.7, b: 3 }],
    ["bgnbd", { r: 2, alpha: 10, a: 1.5, b: 8 }],
    ["mbgnbd", { r: 0.5, alpha: 6, a: 0.7, b: 3 }],
  ])("%s recovers %p from 8,000 simulated customers within 4 standard errors", (model, truth) => {
    const data = simulated(truth, 8_000, 11, model);
    const fit = fitBgNbd(data, { model });
    expect(fit.converged).toBe(true);
    const grouped = groupHistories(data);
    const theta = [fit.params.r, fit.params.alpha, fit.params.a, fit.params.b].map(Math.log);
    const se = standardErrors(theta, (t, out) => {
      const [r, alpha, a, b] = t.map(Math.exp);
      groupedLogLikelihood(model, grouped, { r, alpha, a, b }, out);
    });
    const trueTheta = [truth.r, truth.alpha, truth.a, truth.b].map(Math.log);
    theta.forEach((value, k) => {
      expect(se[k]).toBeLessThan(0.5); // the data pin the parameter down at all
      expect(Math.abs(value - trueTheta[k])).toBeLessThan(4 * se[k]);
    });
  });

  it("finds the same optimum in days as in weeks: alpha x 7, the rest unchanged", () => {
    const weeks = cdnowPurchases();
    const days = {
      frequency: weeks.frequency,
      recency: weeks.recency.map((t) => 7 * t),
      T: weeks.T.map((t) => 7 * t),
    };
    const inWeeks = fitBgNbd(weeks);
    const inDays = fitBgNbd(days);
    expect(inDays.converged).toBe(true);
    expect(inDays.params.alpha / 7).toBeCloseTo(inWeeks.params.alpha, 3);
    expect(inDays.params.r).toBeCloseTo(inWeeks.params.r, 4);
    expect(inDays.params.a).toBeCloseTo(inWeeks.params.a, 4);
    expect(inDays.params.b).toBeCloseTo(inWeeks.params.b, 4);
    // Each of the sum(x) purchase times has a density 7 times smaller per day than per week.
    const repeats = weeks.frequency.reduce((sum, x) => sum + x, 0);
    expect(inDays.logLikelihood).toBeCloseTo(inWeeks.logLikelihood - repeats * Math.log(7), 4);
  });

  it("reaches the optimum from a start far from it", () => {
    const fit = fitBgNbd(cdnowPurchases(), { starts: [{ r: 30, alpha: 0.01, a: 20, b: 0.05 }] });
    expect(fit.converged).toBe(true);
    expect(fit.logLikelihood).toBeCloseTo(-9582.43, 1);
  });

  it("reports no convergence with the best point so far when stopped early", () => {
    const fit = fitBgNbd(cdnowPurchases(), { maxIterations: 3 });
    expect(fit.converged).toBe(false);
    expect(fit.message).toBe("fit.notConverged");
    expect(Object.values(fit.params).every((v) => Number.isFinite(v) && v > 0)).toBe(true);
    expect(fit.logLikelihood).toBeLessThan(-9582.43);
  });

  it("reports a fit that runs off to a limit of the model (nobody ever drops out)", () => {
    // One Poisson rate and p = 0 for everyone: r, alpha and b run off to infinity, a to 0.
    const random = new Random(5);
    const T = Float64Array.from({ length: 1500 }, () => 20 + 20 * random.next());
    const frequency = new Float64Array(1500);
    const recency = new Float64Array(1500);
    for (let i = 0; i < 1500; i++) {
      let t = 0;
      for (;;) {
        t -= Math.log(1 - random.next()) / 1;
        if (t > T[i]) break;
        frequency[i]++;
        recency[i] = t;
      }
    }
    for (const model of ["bgnbd", "mbgnbd"] as const) {
      const fit = fitBgNbd({ frequency, recency, T }, { model });
      expect(fit.converged).toBe(false);
      expect(fit.message).toBe("fit.atBound");
      // The point it reports is still the population it saw: rate 1, no dropout.
      expect(fit.params.r / fit.params.alpha).toBeCloseTo(1, 1);
      expect(fit.params.a / (fit.params.a + fit.params.b)).toBeLessThan(1e-3);
    }
  });

  it("says so when there is no usable customer, and counts the ones it used", () => {
    const none = fitBgNbd({
      frequency: Float64Array.of(-1),
      recency: Float64Array.of(0),
      T: Float64Array.of(3),
    });
    expect(none.message).toBe("fit.noCustomers");
    expect(none.customers).toBe(0);
    expect(none.params.r).toBeNaN();
    const some = cdnowPurchases();
    const withBad = {
      frequency: Float64Array.of(...some.frequency, 2, NaN),
      recency: Float64Array.of(...some.recency, 50, 1),
      T: Float64Array.of(...some.T, 40, 40),
    };
    expect(fitBgNbd(withBad).customers).toBe(2357);
  });

  it("reports progress per start, ending at 1", () => {
    const seen: number[] = [];
    fitBgNbd(cdnowPurchases(), { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
  });
});
