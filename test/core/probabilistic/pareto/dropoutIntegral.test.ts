// The Pareto/NBD dropout integral by the y-series (dropoutIntegral) where alpha and beta are far
// apart: against a plain quadrature of the integral, its gradient against central differences,
// and the region where it steps aside for the Gauss series.
import {
  dropoutIntegral,
  type DropoutIntegral,
} from "../../../../src/core/probabilistic/pareto/dropoutIntegral";

const out = (): DropoutIntegral => ({ log: 0, gradient: new Float64Array(4) });

/** int_{tx}^{T} (alpha+u)^-(r+x) (beta+u)^-(s+1) du by Simpson's rule in ln(alpha + u). */
function quadrature(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number
): number {
  const n = 20000;
  const a = Math.log(alpha + tx);
  const b = Math.log(alpha + T);
  const h = (b - a) / n;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const v = a + i * h;
    const u = Math.exp(v) - alpha;
    // du = e^v dv
    const f = Math.exp(v - (r + x) * v - (s + 1) * Math.log(beta + u));
    sum += f * (i === 0 || i === n ? 1 : i % 2 === 1 ? 4 : 2);
  }
  return (sum * h) / 3;
}

type Case = [number, number, number, number, number, number, number];

const CASES: Case[] = [
  // r, alpha, s, beta, x, tx, T: the hang's region (s = 80, beta some 2,000 alpha) and others.
  [0.55, 0.9, 79.5, 2000, 0, 0, 52],
  [0.55, 0.9, 79.5, 2000, 3, 20, 52],
  [2.5, 1, 10, 5000, 12, 30.5, 60],
  [0.3, 3000, 5, 2, 1, 4, 39], // alpha >> beta: p = s + 1
  [1.2, 4000, 0.7, 1.5, 2, 0.5, 38.9],
];

describe("dropoutIntegral", () => {
  it.each(CASES)(
    "matches a quadrature at r %p alpha %p s %p beta %p x %p tx %p T %p",
    (r, alpha, s, beta, x, tx, T) => {
      const got = dropoutIntegral(r, alpha, s, beta, x, tx, T, out());
      expect(got).not.toBeNull();
      const expected = Math.log(quadrature(r, alpha, s, beta, x, tx, T));
      expect(Math.abs((got as DropoutIntegral).log - expected)).toBeLessThan(1e-9);
    }
  );

  it.each(CASES)(
    "has a gradient equal to central differences at %p %p %p %p",
    (r, alpha, s, beta, x, tx, T) => {
      const params = [r, alpha, s, beta];
      const got = dropoutIntegral(r, alpha, s, beta, x, tx, T, out()) as DropoutIntegral;
      const gradient = Float64Array.from(got.gradient);
      params.forEach((value, i) => {
        const h = 1e-6 * value;
        const at = (v: number) => {
          const q = params.slice();
          q[i] = v;
          return (dropoutIntegral(q[0], q[1], q[2], q[3], x, tx, T, out()) as DropoutIntegral).log;
        };
        const numeric = (at(value + h) - at(value - h)) / (2 * h);
        expect(Math.abs(gradient[i] - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      });
    }
  );

  it("steps aside where the Gauss series is the quick one", () => {
    // alpha and beta close: y near 1.
    expect(dropoutIntegral(0.5, 10, 0.6, 11, 2, 10, 39, out())).toBeNull();
    // Many purchases with y small: (m - 1) y2 too large for the alternating series.
    expect(dropoutIntegral(0.5, 10, 200, 2000, 1000, 400, 500, out())).toBeNull();
    expect(dropoutIntegral(1, 5, 1, 5, 1, 1, 2, out())).toBeNull();
  });
});
