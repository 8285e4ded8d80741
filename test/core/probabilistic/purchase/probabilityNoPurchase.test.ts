// P(no purchase in the next t units | history): against the process it describes (customers
// simulated purchase by purchase, seeded: the share who bought nothing in (T, T + t] given their
// histories), the Pareto/NBD closed form against a direct quadrature of its integral, and limits.
import { Random } from "../../../../data/generate/random";
import {
  probabilityAlive,
  probabilityNoPurchase,
  simulateBgNbd,
  simulateParetoNbd,
  type BgNbdParams,
  type ParetoNbdParams,
  type PurchaseModel,
  type PurchaseParams,
} from "../../../../src/core/probabilistic";
import { paretoPurchaseWithin } from "../../../../src/core/probabilistic/pareto/paretoExpectations";
import { expectWithinFourErrors } from "../withinFourErrors";

const BG: BgNbdParams = { r: 0.5, alpha: 6, a: 0.7, b: 3 };
const PNBD: ParetoNbdParams = { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 };
const CUSTOMERS = 20_000;
const HORIZON = 13;

function simulated(model: PurchaseModel, seed: number) {
  const random = new Random(seed);
  const T = Float64Array.from({ length: CUSTOMERS }, () => 10 + 40 * random.next());
  const uniform = () => random.next();
  return model === "pnbd"
    ? simulateParetoNbd(PNBD, T, uniform, { horizon: HORIZON })
    : simulateBgNbd(BG, T, uniform, { model, horizon: HORIZON });
}

describe.each<[PurchaseModel, PurchaseParams, number]>([
  ["bgnbd", BG, 11],
  ["mbgnbd", BG, 12],
  ["pnbd", PNBD, 13],
])("%s by simulation", (model, params, seed) => {
  const sim = simulated(model, seed);
  const p0 = probabilityNoPurchase(HORIZON, sim, params, model);
  it.each<[string, (i: number) => boolean]>([
    ["everyone", () => true],
    ["x = 0", (i) => sim.frequency[i] === 0],
    ["x = 1", (i) => sim.frequency[i] === 1],
    ["x >= 2", (i) => sim.frequency[i] >= 2],
  ])("matches the simulated share with no purchase in (T, T + t] (%s)", (_, keep) => {
    expectWithinFourErrors(
      Float64Array.from(sim.future, (f, i) => (f === 0 ? 1 : 0) - p0[i]),
      keep
    );
  });

  it("is 1 at t = 0, grows less likely with t, and stays above P(dropped out)", () => {
    const alive = probabilityAlive(sim, params, model);
    const at0 = probabilityNoPurchase(0, sim, params, model);
    const longer = probabilityNoPurchase(4 * HORIZON, sim, params, model);
    for (let i = 0; i < 500; i++) {
      expect(at0[i]).toBe(1);
      expect(longer[i]).toBeLessThanOrEqual(p0[i]);
      expect(longer[i]).toBeGreaterThanOrEqual(1 - alive[i] - 1e-12);
    }
  });
});

describe("the Pareto/NBD term P(a purchase within t | alive)", () => {
  /** Simpson's rule on the integrand E[lambda e^(-lambda u)] E[e^(-mu u)] over (0, t). */
  function quadrature(p: ParetoNbdParams, t: number, x: number, T: number): number {
    const shape = p.r + x;
    const a = p.alpha + T;
    const b = p.beta + T;
    const f = (u: number) =>
      (shape / a) * Math.pow(a / (a + u), shape + 1) * Math.pow(b / (b + u), p.s);
    const steps = 2_000;
    const h = t / steps;
    let sum = f(0) + f(t);
    for (let k = 1; k < steps; k++) sum += (k % 2 ? 4 : 2) * f(k * h);
    return (sum * h) / 3;
  }

  it.each<[ParetoNbdParams, number, number, number]>([
    [PNBD, 13, 0, 30],
    [PNBD, 52, 5, 38],
    [{ r: 1, alpha: 5, s: 2, beta: 30 }, 26, 12, 39], // alpha < beta
    [{ r: 2, alpha: 40, s: 0.5, beta: 3 }, 10, 3, 20], // alpha > beta, the direct series
    [{ r: 1, alpha: 8, s: 1, beta: 8 }, 20, 2, 10], // alpha = beta, z = 0
    // alpha and beta far apart (a fit's search went there, s = 80, beta = 2000 alpha): the Gauss
    // series would need hundreds of thousands of terms; the y-series of dropoutIntegral takes it.
    [{ r: 0.55, alpha: 10, s: 80, beta: 20_000 }, 13, 2, 38],
    [{ r: 0.55, alpha: 10, s: 80, beta: 20_000 }, 52, 0, 20],
    [{ r: 3, alpha: 50_000, s: 0.7, beta: 4 }, 13, 6, 30],
  ])("equals the integral for %p, t %d, x %d, T %d", (p, t, x, T) => {
    expect(paretoPurchaseWithin(p, t, x, T)).toBeCloseTo(quadrature(p, t, x, T), 8);
  });

  it("stays finite for frequent customers (x = 1000, T = 500)", () => {
    const w = paretoPurchaseWithin(PNBD, 1, 1000, 500);
    expect(w).toBeGreaterThan(0.5);
    expect(w).toBeLessThanOrEqual(1);
  });
});

it("is NaN for an invalid history or a negative or infinite t", () => {
  const history = {
    frequency: Float64Array.of(2, 1),
    recency: Float64Array.of(5, 40),
    T: Float64Array.of(30, 30),
  };
  expect(probabilityNoPurchase(10, history, BG)[1]).toBeNaN();
  expect(probabilityNoPurchase(-1, history, BG)[0]).toBeNaN();
  expect(probabilityNoPurchase(Infinity, history, PNBD, "pnbd")[0]).toBeNaN();
});
