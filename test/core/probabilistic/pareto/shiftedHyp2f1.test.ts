// The Pareto/NBD hypergeometric term F = 2F1(m, b; m + 1; z): against plain series of positive
// terms, its gradient against central differences, and its cost where a fit running off towards
// the Poisson limit takes it (x near 1 with m in the thousands, b = s + 1 large): there the Gauss
// series took up to 20,000 terms per customer and evaluation, or gave NaN or wrong values, and
// the Pareto/NBD fit on rfm_data_orders.csv took 100 s. The cost is counted in series terms and
// continued-fraction steps (out.steps), not timed.
import { paretoLogLikelihood } from "../../../../src/core/probabilistic/pareto/paretoLogLikelihood";
import {
  shiftedHyp2f1,
  type ShiftedHyp2f1,
} from "../../../../src/core/probabilistic/pareto/shiftedHyp2f1";
import { groupHistories } from "../../../../src/core/probabilistic/purchase/groupHistories";
import { readRfmOrdersHistory } from "../../../../data/rfmOrders";

const fresh = (): ShiftedHyp2f1 => ({ log: 0, dm: 0, db: 0, dz: 0, steps: 0 });

/**
 * ln F by a series of positive terms summed to the end, whatever it costs: for z > 0 the Gauss
 * series itself, for z < 0 Pfaff's (1 - z)^-b sum (b)_k / (m + 1)_k w^k, w = z / (z - 1).
 */
function reference(m: number, b: number, z: number): number {
  let term = 1;
  let sum = 1;
  if (z > 0) {
    for (let k = 0; k < 5e6; k++) {
      term *= ((b + k) * z) / (k + 1);
      const t = (term * m) / (m + k + 1);
      sum += t;
      if (k > b * z && t < 1e-18 * sum) break;
    }
    return Math.log(sum);
  }
  const w = z / (z - 1);
  for (let k = 0; k < 5e6; k++) {
    term *= ((b + k) * w) / (m + 1 + k);
    sum += term;
    if (term < 1e-18 * sum) break;
  }
  return -b * Math.log1p(-z) + Math.log(sum);
}

type Case = [number, number, number];

const CASES: Case[] = [
  [3, 1.5, 0.5], // the everyday series
  [3, 1.5, -3],
  [8000.5, 1.54, 0.998], // where the rfm_data_orders fit went: the series gave NaN
  [3, 1.5, 0.999], // small parameters, z near 1: 37,000 terms
  [1000, 900, 0.3], // b z large: the terms rise for some 400 steps first
  [1000, 50, -0.4], // alternating terms 1e9 times their sum: the series was wrong
  [40, 30, -0.45],
  [1.1e5, 1e5, -2000], // Pfaff with b near m and w near 1
  [2e4, 1.5, -800],
];

describe("shiftedHyp2f1", () => {
  it.each(CASES)("matches a plain positive series at m %p b %p z %p", (m, b, z) => {
    const got = shiftedHyp2f1(m, b, z, fresh()).log;
    const expected = reference(m, b, z);
    expect(Math.abs(got - expected)).toBeLessThan(1e-12 * Math.max(1, Math.abs(expected)));
  });

  it.each(CASES)("has derivatives equal to central differences at %p %p %p", (m, b, z) => {
    const got = shiftedHyp2f1(m, b, z, fresh());
    const at = (mm: number, bb: number, zz: number) => shiftedHyp2f1(mm, bb, zz, fresh()).log;
    const hm = 1e-6 * m;
    const hb = 1e-6 * b;
    const hz = 1e-7 * Math.min(Math.abs(z), 1 - z);
    const dm = (at(m + hm, b, z) - at(m - hm, b, z)) / (2 * hm);
    const db = (at(m, b + hb, z) - at(m, b - hb, z)) / (2 * hb);
    const dz = (at(m, b, z + hz) - at(m, b, z - hz)) / (2 * hz);
    const close = (a: number, e: number, scale: number) =>
      expect(Math.abs(a - e)).toBeLessThan(1e-5 * Math.max(Math.abs(e), scale));
    // Each derivative times its step size is a change in ln F: compared on that scale.
    close(got.dm, dm, 1e-6 / m);
    close(got.db, db, 1e-6 / b);
    close(got.dz, dz, 1e-6 / Math.min(Math.abs(z), 1 - z));
  });

  // The series need about 37 / (1 - x) terms (x = z, or Pfaff's w for z < -1/2), the continued
  // fraction about 12 / sqrt(1 - x) steps at worst: 530 instead of 37,000 at x = 0.999.
  it.each(CASES)("takes few terms or steps at %p %p %p", (m, b, z) => {
    const x = z < -0.5 ? z / (z - 1) : Math.abs(z);
    const bound = Math.max(300, 20 / Math.sqrt(1 - x));
    expect(shiftedHyp2f1(m, b, z, fresh()).steps).toBeLessThanOrEqual(bound);
  });

  it("keeps the series, term for term, where it is quick", () => {
    // A CDNOW-like customer: the series converges in a few dozen terms and is what is used.
    const out = shiftedHyp2f1(2.5, 1.6, 0.4, fresh());
    expect(out.steps).toBeGreaterThan(10);
    expect(out.steps).toBeLessThan(200);
  });
});

describe("the Pareto/NBD likelihood where a fit runs off to the Poisson limit", () => {
  // Points the fit on rfm_data_orders.csv visits (r and alpha, then s and beta, growing together):
  // the series gave NaN at the first two (the line search stepped back, again and again) and took
  // thousands of terms per customer at the third.
  it.each([
    [8315, 248_600, 0.5375, 575.9],
    [52_350, 1_565_000, 0.5753, 629.4],
    [1246, 36_900, 107_100, 97_840_000],
  ])("is finite at r %p alpha %p s %p beta %p", (r, alpha, s, beta) => {
    const grouped = groupHistories(readRfmOrdersHistory());
    const gradient = new Float64Array(4);
    const ll = paretoLogLikelihood(grouped, { r, alpha, s, beta }, gradient);
    expect(Number.isFinite(ll)).toBe(true);
    expect(gradient.every(Number.isFinite)).toBe(true);
    // Near the limit the likelihood is that of a Poisson process with little dropout: about the
    // -17,306 every model reaches on this file, not the -18,135 of the first start.
    expect(ll).toBeGreaterThan(-17_400);
  });
});
