// The log-space likelihood against the paper's formula written plainly, its gradient against
// finite differences, and the grouping of identical histories.
import betaln from "@stdlib/math-base-special-betaln";
import gammaln from "@stdlib/math-base-special-gammaln";
import type { BgNbdParams, PurchaseModel } from "../../../../src/core/probabilistic";
import { purchaseLogLikelihood } from "../../../../src/core/probabilistic";
import { groupHistories } from "../../../../src/core/probabilistic/purchase/groupHistories";
import { groupedLogLikelihood } from "../../../../src/core/probabilistic/purchase/groupedLogLikelihood";

/**
 * FHL 2005 eq. 6 (BG/NBD) and Batislam et al. 2007 (MBG/NBD) as products, integrating
 * (1-p)^x [(1-p)^s e^-lambda T + p/(1-p)^(1-s) e^-lambda t_x] lambda^x over p ~ Beta(a, b) and
 * lambda ~ Gamma(r, alpha). Fine for the small values used here; overflows for large ones.
 */
function plainLikelihood(
  model: PurchaseModel,
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  tx: number,
  T: number
): number {
  const s = model === "mbgnbd" ? 1 : 0;
  const gammaPart = (t: number) =>
    (Math.exp(gammaln(r + x) - gammaln(r)) * Math.pow(alpha, r)) / Math.pow(alpha + t, r + x);
  const beta = (p: number, q: number) => Math.exp(betaln(p, q) - betaln(a, b));
  const stayed = beta(a, b + x + s) * gammaPart(T);
  const left = s === 1 || x > 0 ? beta(a + 1, b + x + s - 1) * gammaPart(tx) : 0;
  return stayed + left;
}

const ROWS: [number, number, number][] = [
  [0, 0, 10],
  [0, 0, 0.5],
  [1, 3.2, 10],
  [2, 9.9, 10],
  [5, 4, 38.86],
  [12, 30.43, 38.86],
];
const PARAMS: BgNbdParams[] = [
  { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 },
  { r: 2, alpha: 0.7, a: 3.5, b: 0.4 },
  { r: 0.05, alpha: 40, a: 0.1, b: 12 },
];
const MODELS: PurchaseModel[] = ["bgnbd", "mbgnbd"];

function historyOf(rows: [number, number, number][]) {
  return {
    frequency: Float64Array.from(rows, (row) => row[0]),
    recency: Float64Array.from(rows, (row) => row[1]),
    T: Float64Array.from(rows, (row) => row[2]),
  };
}

describe("groupedLogLikelihood", () => {
  it.each(MODELS)("%s: equals the log of the plain formula, row by row", (model) => {
    for (const params of PARAMS) {
      for (const row of ROWS) {
        const ll = purchaseLogLikelihood(historyOf([row]), params, model);
        expect(ll).toBeCloseTo(Math.log(plainLikelihood(model, params, ...row)), 10);
      }
    }
  });

  it.each(MODELS)("%s: its gradient matches central differences in the log-parameters", (model) => {
    const g = groupHistories(historyOf(ROWS));
    for (const params of PARAMS) {
      const theta = [params.r, params.alpha, params.a, params.b].map(Math.log);
      const at = (t: number[]): BgNbdParams => ({
        r: Math.exp(t[0]),
        alpha: Math.exp(t[1]),
        a: Math.exp(t[2]),
        b: Math.exp(t[3]),
      });
      const gradient = new Float64Array(4);
      groupedLogLikelihood(model, g, params, gradient);
      const h = 1e-6;
      for (let k = 0; k < 4; k++) {
        const up = theta.slice();
        const down = theta.slice();
        up[k] += h;
        down[k] -= h;
        const numeric =
          (groupedLogLikelihood(model, g, at(up), null) -
            groupedLogLikelihood(model, g, at(down), null)) /
          (2 * h);
        expect(Math.abs(gradient[k] - numeric)).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
      }
    }
  });

  it("stays finite for a very frequent customer, where the plain formula overflows", () => {
    const params = PARAMS[0];
    const row: [number, number, number] = [400, 50, 1000];
    const plain = plainLikelihood("bgnbd", params, ...row); // 0 * Infinity: NaN
    expect(plain > 0 && Number.isFinite(plain)).toBe(false);
    const g = groupHistories(historyOf([row]));
    for (const model of MODELS) {
      const gradient = new Float64Array(4);
      expect(Number.isFinite(groupedLogLikelihood(model, g, params, gradient))).toBe(true);
      expect(gradient.every(Number.isFinite)).toBe(true);
    }
  });

  it("counts identical histories once with their weight, and leaves out impossible rows", () => {
    const rows: [number, number, number][] = [
      ...ROWS,
      ...ROWS,
      [1, 11, 10],
      [-1, 0, 5],
      [0, 2, 5],
      [1.5, 1, 5],
      [2, 1, NaN],
    ];
    const g = groupHistories(historyOf(rows));
    expect(g.rows).toBe(ROWS.length);
    expect(g.customers).toBe(2 * ROWS.length);
    expect(Array.from(g.rowOf.slice(2 * ROWS.length))).toEqual([-1, -1, -1, -1, -1]);
    const once = purchaseLogLikelihood(historyOf(ROWS), PARAMS[1]);
    expect(purchaseLogLikelihood(historyOf(rows), PARAMS[1])).toBeCloseTo(2 * once, 9);
  });
});
