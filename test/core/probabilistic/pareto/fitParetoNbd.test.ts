// Pareto/NBD: the fit on lifetimes' CDNOW calibration summary (lifetimes 0.11.3, run for
// reference: r 0.5533, alpha 10.577, s 0.6063, beta 11.669, log-likelihood about -9595.0), the
// analytic gradient against central differences, and its predictions' limits.
import {
  conditionalExpectedPurchases,
  expectedPurchasesNewCustomer,
  fitParetoNbd,
  probabilityAlive,
  purchaseLogLikelihood,
  type ParetoNbdParams,
} from "../../../../src/core/probabilistic";
import { paretoLogLikelihood } from "../../../../src/core/probabilistic/pareto/paretoLogLikelihood";
import { groupHistories } from "../../../../src/core/probabilistic/purchase/groupHistories";
import { readRfmOrdersHistory } from "../../../../data/rfmOrders";
import { cdnowPurchases } from "../cdnowSummary";
import { expectSignificant } from "../expectSignificant";

const LIFETIMES: ParetoNbdParams = { r: 0.5533, alpha: 10.577, s: 0.6063, beta: 11.669 };
const KEYS = ["r", "alpha", "s", "beta"] as const;

describe("fitParetoNbd on CDNOW", () => {
  const data = cdnowPurchases();
  const fit = fitParetoNbd(data);
  const params = fit.params as ParetoNbdParams;

  it("gives lifetimes' parameters to 3 significant digits", () => {
    expect(fit.converged).toBe(true);
    expect(fit.model).toBe("pnbd");
    expect(fit.customers).toBe(2357);
    for (const k of KEYS) expectSignificant(params[k], LIFETIMES[k], 3);
    expect(fit.logLikelihood).toBeCloseTo(-9595.0, 0);
  });

  it("evaluates the published log-likelihood at lifetimes' parameters", () => {
    expect(purchaseLogLikelihood(data, LIFETIMES, "pnbd")).toBeCloseTo(-9595.0, 0);
  });

  it.each<ParetoNbdParams>([
    LIFETIMES,
    { r: 1, alpha: 5, s: 2, beta: 30 },
    { r: 1, alpha: 1, s: 0.5, beta: 30 }, // alpha << beta: the Pfaff branch of the 2F1
    { r: 1, alpha: 50, s: 0.5, beta: 3 }, // alpha >> beta: z near 1
  ])("has an analytic gradient equal to central differences at %p", (p) => {
    const g = groupHistories(data);
    const gradient = new Float64Array(4);
    const ll = paretoLogLikelihood(g, p, gradient);
    expect(Number.isFinite(ll)).toBe(true);
    const h = 1e-5;
    KEYS.forEach((k, i) => {
      const up = { ...p, [k]: p[k] * Math.exp(h) };
      const down = { ...p, [k]: p[k] * Math.exp(-h) };
      const numeric =
        (paretoLogLikelihood(g, up, null) - paretoLogLikelihood(g, down, null)) / (2 * h);
      expect(Math.abs(gradient[i] - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
    });
  });
});

describe("the Pareto/NBD gradient towards the Poisson limit", () => {
  // Where the 2F1 comes from its continued fraction. The log-likelihood there sums terms like
  // m ln(alpha + u) of size 1e5 and carries a relative noise of some 1e-11: central differences
  // need a wider step (1e-3 in the log-parameters) and are then good to about 3e-5.
  it.each<ParetoNbdParams>([
    { r: 8315, alpha: 248_600, s: 0.5375, beta: 575.9 }, // z = 0.998, m in the thousands
    { r: 1246, alpha: 36_900, s: 107_100, beta: 97_840_000 }, // b = s + 1 = 1e5
  ])("equals central differences at %p", (p) => {
    const g = groupHistories(cdnowPurchases());
    const gradient = new Float64Array(4);
    expect(Number.isFinite(paretoLogLikelihood(g, p, gradient))).toBe(true);
    const h = 1e-3;
    KEYS.forEach((k, i) => {
      const up = { ...p, [k]: p[k] * Math.exp(h) };
      const down = { ...p, [k]: p[k] * Math.exp(-h) };
      const numeric =
        (paretoLogLikelihood(g, up, null) - paretoLogLikelihood(g, down, null)) / (2 * h);
      expect(Math.abs(gradient[i] - numeric)).toBeLessThan(1e-4 * Math.max(1, Math.abs(numeric)));
    });
  });
});

describe("fitParetoNbd on rfm_data_orders.csv", () => {
  // Every purchase model runs off towards its Poisson limit on this file (r and alpha, s and
  // beta growing together): the fit says so, as BG/NBD's and MBG/NBD's do (it took 100 s to).
  it("says it ran to the edge of its parameters, with no standard errors", () => {
    const fit = fitParetoNbd(readRfmOrdersHistory());
    expect(fit.customers).toBe(995);
    expect(fit.converged).toBe(false);
    expect(fit.message).toBe("fit.atBound");
    expect(Number.isFinite(fit.logLikelihood)).toBe(true);
    expect(fit.standardErrors.r).toBeNaN();
  });
});

describe("Pareto/NBD predictions", () => {
  const p = LIFETIMES;
  const one = (x: number, tx: number, T: number) => ({
    frequency: Float64Array.of(x),
    recency: Float64Array.of(tx),
    T: Float64Array.of(T),
  });

  it("stays finite for x = 1000, T = 500, and a recent frequent buyer is alive", () => {
    const h = one(1000, 499, 500);
    const g = groupHistories(h);
    const gradient = new Float64Array(4);
    expect(Number.isFinite(paretoLogLikelihood(g, p, gradient))).toBe(true);
    expect(gradient.every(Number.isFinite)).toBe(true);
    expect(probabilityAlive(h, p, "pnbd")[0]).toBeGreaterThan(0.99);
    const expected = conditionalExpectedPurchases(10, h, p, "pnbd")[0];
    // About (r + x) / (alpha + T) purchases per week, times 10 weeks, times survival.
    expect(expected).toBeGreaterThan(15);
    expect(expected).toBeLessThan((10 * (p.r + 1000)) / (p.alpha + 500));
    // The same buyer silent for the last 400 weeks is almost surely gone.
    expect(probabilityAlive(one(1000, 100, 500), p, "pnbd")[0]).toBeLessThan(1e-10);
  });

  it("P(alive) is 1 for a purchase at the end and falls with time since the last one", () => {
    const h = {
      frequency: Float64Array.of(2, 2, 2, 0),
      recency: Float64Array.of(30, 20, 5, 0),
      T: Float64Array.of(30, 30, 30, 30),
    };
    const alive = probabilityAlive(h, p, "pnbd");
    expect(alive[0]).toBe(1);
    expect(alive[1]).toBeLessThan(alive[0]);
    expect(alive[2]).toBeLessThan(alive[1]);
    expect(alive[3]).toBeGreaterThan(0);
    expect(alive[3]).toBeLessThan(1);
  });

  it("a new customer's expectation is the limit of a conditional one with no history", () => {
    // E[Y(t) | x = 0, t_x = 0, T = 0] is the expectation of a customer just acquired.
    const fresh = conditionalExpectedPurchases(39, one(0, 0, 0), p, "pnbd")[0];
    expect(fresh).toBeCloseTo(expectedPurchasesNewCustomer(39, p, "pnbd")[0], 10);
  });

  it("at s = 1 takes the logarithmic limit instead of dividing by zero", () => {
    const near = expectedPurchasesNewCustomer(52, { ...p, s: 1 + 1e-9 }, "pnbd")[0];
    const at = expectedPurchasesNewCustomer(52, { ...p, s: 1 }, "pnbd")[0];
    expect(at).toBeCloseTo(((p.r * p.beta) / p.alpha) * Math.log(1 + 52 / p.beta), 10);
    expect(near).toBeCloseTo(at, 6);
  });
});
