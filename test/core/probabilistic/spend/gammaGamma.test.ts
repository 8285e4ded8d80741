// Gamma-Gamma: the published CDNOW fit, the likelihood's gradient, the expected spend against the
// posterior mean computed by quadrature, recovery from simulated spends, and q <= 1.
import { Random } from "../../../../data/generate/random";
import {
  conditionalExpectedSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  pearsonCorrelation,
  simulateGammaGamma,
  type GammaGammaParams,
} from "../../../../src/core/probabilistic";
import { spendData } from "../../../../src/core/probabilistic/spend/spendData";
import { spendLogLikelihood } from "../../../../src/core/probabilistic/spend/spendLogLikelihood";
import { cdnowSummary } from "../cdnowSummary";
import { expectSignificant } from "../expectSignificant";
import { standardErrors } from "../standardErrors";

describe("fitGammaGamma on CDNOW", () => {
  const summary = cdnowSummary();
  const fit = fitGammaGamma(summary);

  it("reproduces p 6.2488, q 3.7446, v 15.4477 on the 946 repeat customers", () => {
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    expectSignificant(fit.params.p, 6.2488, 4);
    expectSignificant(fit.params.q, 3.7446, 4);
    expectSignificant(fit.params.v, 15.4477, 5);
    expect(fit.spendDefined).toBe(true);
    expect(fit.message).toBeNull();
  });

  it("reports the frequency-monetary correlation of the repeat customers (weak on CDNOW)", () => {
    const repeat = (i: number) => summary.frequency[i] > 0;
    const expected = pearsonCorrelation(summary.frequency, summary.monetary, repeat);
    expect(fit.frequencyMonetaryCorrelation).toBeCloseTo(expected, 12);
    expect(Math.abs(fit.frequencyMonetaryCorrelation)).toBeLessThan(0.3);
    expect(fit.warnings).toEqual([]);
  });

  it("gives the same p and q in cents, and v x 100: the fit does not depend on the currency", () => {
    const cents = fitGammaGamma({
      frequency: summary.frequency,
      monetary: summary.monetary.map((m) => 100 * m),
    });
    expect(cents.params.p).toBeCloseTo(fit.params.p, 5);
    expect(cents.params.q).toBeCloseTo(fit.params.q, 5);
    expect(cents.params.v / 100).toBeCloseTo(fit.params.v, 4);
    // Each mean spend's density is 100 times smaller per cent than per dollar.
    expect(cents.logLikelihood).toBeCloseTo(fit.logLikelihood - 946 * Math.log(100), 5);
  });
});

describe("Gamma-Gamma likelihood", () => {
  it("has the gradient of its central differences", () => {
    const summary = cdnowSummary();
    const data = spendData(summary);
    for (const params of [
      { p: 6.25, q: 3.74, v: 15.4 },
      { p: 0.5, q: 0.8, v: 200 },
    ]) {
      const gradient = new Float64Array(3);
      spendLogLikelihood(data, params, gradient);
      const theta = [params.p, params.q, params.v].map(Math.log);
      const at = (t: number[]): GammaGammaParams => ({
        p: Math.exp(t[0]),
        q: Math.exp(t[1]),
        v: Math.exp(t[2]),
      });
      for (let k = 0; k < 3; k++) {
        const up = theta.slice();
        const down = theta.slice();
        // h = 1e-4: the sum over 946 customers carries rounding that smaller steps would amplify.
        up[k] += 1e-4;
        down[k] -= 1e-4;
        const numeric =
          (spendLogLikelihood(data, at(up), null) - spendLogLikelihood(data, at(down), null)) /
          2e-4;
        expect(Math.abs(gradient[k] - numeric)).toBeLessThan(1e-5 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it("integrates to 1 over the mean spend (it is a density of m given x)", () => {
    // Trapezoid rule on a log grid: the integral of f(m | x) dm over m > 0.
    const params = { p: 3, q: 4, v: 20 };
    for (const x of [1, 4]) {
      let integral = 0;
      let previous = 0;
      let previousM = 0;
      for (let k = -4000; k <= 6000; k++) {
        const m = Math.exp(k / 500);
        const density = Math.exp(
          gammaGammaLogLikelihood(
            { frequency: Float64Array.of(x), monetary: Float64Array.of(m) },
            params
          )
        );
        if (k > -4000) integral += ((density + previous) / 2) * (m - previousM);
        previous = density;
        previousM = m;
      }
      expect(integral).toBeCloseTo(1, 5);
    }
  });

  it("leaves out one-time buyers and non-positive spends", () => {
    const frequency = Float64Array.of(0, 2, 3, 1, NaN);
    const monetary = Float64Array.of(0, 10, -5, 0, 4);
    expect(spendData({ frequency, monetary }).customers).toBe(1);
  });
});

describe("conditional expected spend", () => {
  it("is the posterior mean of p / nu, computed here by quadrature over nu", () => {
    // Given x purchases averaging m, nu has density proportional to nu^(q-1) e^(-v nu) (its prior)
    // times nu^(p x) e^(-nu x m) (the gamma likelihood of the x amounts); the mean spend is p / nu.
    const params = { p: 6.25, q: 3.74, v: 15.44 };
    const frequency = Float64Array.of(0, 1, 2, 10);
    const monetary = Float64Array.of(0, 35, 12.5, 80);
    const expected = conditionalExpectedSpend(frequency, monetary, params);
    frequency.forEach((x, i) => {
      const shape = params.q + params.p * x;
      const rate = params.v + x * monetary[i];
      let weight = 0;
      let weighted = 0;
      for (let k = 1; k <= 200_000; k++) {
        const nu = (k / 200_000) * (shape / rate) * 20;
        const density = Math.exp((shape - 1) * Math.log(nu) - rate * nu);
        weight += density;
        weighted += density * (params.p / nu);
      }
      expect(expected[i]).toBeCloseTo(weighted / weight, 4);
    });
  });

  it("is NaN for everyone when q <= 1, and for bad rows", () => {
    const frequency = Float64Array.of(0, 2, -1, 2);
    const monetary = Float64Array.of(0, 10, 10, NaN);
    expect(
      Array.from(conditionalExpectedSpend(frequency, monetary, { p: 2, q: 0.9, v: 5 })).every(
        Number.isNaN
      )
    ).toBe(true);
    const spend = conditionalExpectedSpend(frequency, monetary, { p: 2, q: 3, v: 5 });
    expect(spend[0]).toBeCloseTo(5, 12); // p v / (q - 1)
    expect(spend[2]).toBeNaN();
    expect(spend[3]).toBeNaN();
  });
});

describe("fitGammaGamma on simulated spends", () => {
  function simulatedSpends(params: GammaGammaParams, n: number, seed: number) {
    const random = new Random(seed);
    const frequency = Float64Array.from(
      { length: n },
      () => 1 + Math.floor(-Math.log(1 - random.next()) * 3)
    );
    return { frequency, monetary: simulateGammaGamma(params, frequency, () => random.next()) };
  }

  it("recovers the parameters within 4 standard errors", () => {
    const truth = { p: 4, q: 3, v: 40 };
    const data = simulatedSpends(truth, 5000, 17);
    const fit = fitGammaGamma(data);
    expect(fit.converged).toBe(true);
    const d = spendData(data);
    const theta = [fit.params.p, fit.params.q, fit.params.v].map(Math.log);
    const se = standardErrors(theta, (t, out) => {
      spendLogLikelihood(d, { p: Math.exp(t[0]), q: Math.exp(t[1]), v: Math.exp(t[2]) }, out);
    });
    [truth.p, truth.q, truth.v].map(Math.log).forEach((value, k) => {
      expect(Math.abs(theta[k] - value)).toBeLessThan(4 * se[k]);
    });
    // Spends drawn independently of frequency: no correlation warning.
    expect(fit.warnings).not.toContain("fit.frequencySpendCorrelated");
  });

  it("detects q <= 1 (a heavy-tailed spend) and reports it instead of a spend", () => {
    const data = simulatedSpends({ p: 4, q: 0.6, v: 40 }, 5000, 23);
    const fit = fitGammaGamma(data);
    expect(fit.converged).toBe(true);
    expect(fit.params.q).toBeLessThanOrEqual(1);
    expect(fit.spendDefined).toBe(false);
    expect(fit.warnings).toContain("fit.spendUndefined");
    expect(
      Array.from(conditionalExpectedSpend(data.frequency, data.monetary, fit.params)).every(
        Number.isNaN
      )
    ).toBe(true);
  });

  it("warns when spend follows frequency, which the model assumes it does not", () => {
    const frequency = Float64Array.from({ length: 400 }, (_, i) => 1 + (i % 8));
    const random = new Random(29);
    const monetary = frequency.map((x) => 10 * x * (0.8 + 0.4 * random.next()));
    const fit = fitGammaGamma({ frequency, monetary });
    expect(fit.frequencyMonetaryCorrelation).toBeGreaterThan(0.3);
    expect(fit.warnings).toContain("fit.frequencySpendCorrelated");
  });

  it("says so when no customer has repeat purchases", () => {
    const fit = fitGammaGamma({
      frequency: Float64Array.of(0, 0),
      monetary: Float64Array.of(0, 0),
    });
    expect(fit.converged).toBe(false);
    expect(fit.message).toBe("fit.noRepeatCustomers");
    expect(fit.customers).toBe(0);
  });
});
