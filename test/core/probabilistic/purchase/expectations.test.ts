// Conditional expectations, E[X(t)] and P(alive) against closed forms at special points and
// properties every parameter set must satisfy.
import fc from "fast-check";
import {
  conditionalExpectedPurchases,
  expectedPurchasesNewCustomer,
  probabilityAlive,
  type BgNbdParams,
  type PurchaseModel,
} from "../../../../src/core/probabilistic";

const CDNOW: BgNbdParams = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };
const MODELS: PurchaseModel[] = ["bgnbd", "mbgnbd"];

const one = (x: number, tx: number, T: number) => ({
  frequency: Float64Array.of(x),
  recency: Float64Array.of(tx),
  T: Float64Array.of(T),
});

const paramsArb = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  a: fc.double({ min: 0.1, max: 5, noNaN: true }),
  b: fc.double({ min: 0.1, max: 10, noNaN: true }),
});
const historyArb = fc
  .record({
    x: fc.integer({ min: 0, max: 40 }),
    recencyShare: fc.double({ min: 0, max: 1, noNaN: true }),
    T: fc.double({ min: 0.5, max: 100, noNaN: true }),
  })
  .map(({ x, recencyShare, T }) => ({ x, tx: x === 0 ? 0 : recencyShare * T, T }));

describe("P(alive)", () => {
  it("is 1 under BG/NBD without repeat purchases, and the closed form under MBG/NBD", () => {
    for (const T of [0, 1, 40, 400]) {
      expect(probabilityAlive(one(0, 0, T), CDNOW, "bgnbd")[0]).toBe(1);
      const { r, alpha, a, b } = CDNOW;
      const mbg = 1 / (1 + (a / b) * Math.pow((alpha + T) / alpha, r));
      expect(probabilityAlive(one(0, 0, T), CDNOW, "mbgnbd")[0]).toBeCloseTo(mbg, 14);
    }
  });

  it("is 0 (not NaN) for a very frequent customer gone silent, as lifetimes' overflow test asks", () => {
    expect(probabilityAlive(one(1000, 10, 100), CDNOW)[0]).toBe(0);
  });

  it.each(MODELS)("%s: lies in [0, 1], falls as T grows and rises with recency", (model) => {
    fc.assert(
      fc.property(paramsArb, historyArb, (params, { x, tx, T }) => {
        const p = probabilityAlive(one(x, tx, T), params, model)[0];
        const later = probabilityAlive(one(x, tx, T + 5), params, model)[0];
        const recent = probabilityAlive(one(x, x === 0 ? 0 : (tx + T) / 2, T), params, model)[0];
        return p >= 0 && p <= 1 && later <= p + 1e-15 && recent >= p - 1e-15;
      }),
      { numRuns: 200, seed: 3 }
    );
  });

  it("is NaN for impossible rows", () => {
    const bad = {
      frequency: Float64Array.of(1, -1, 0, 1.5, NaN),
      recency: Float64Array.of(5, 0, 1, 1, 1),
      T: Float64Array.of(4, 3, 3, 3, 3),
    };
    expect(Array.from(probabilityAlive(bad, CDNOW)).every(Number.isNaN)).toBe(true);
  });
});

describe("conditional expected purchases", () => {
  it.each(MODELS)("%s: E[Y(t)] / t tends to P(alive) (r + x) / (alpha + T) as t -> 0", (model) => {
    // An active customer's rate is Gamma(r + x, alpha + T) given the history, so the expected
    // purchases in a short time t are t times P(alive) times that rate's mean.
    for (const [x, tx, T] of [
      [0, 0, 30],
      [2, 30.43, 38.86],
      [7, 12, 50],
    ]) {
      const t = 1e-5;
      const e = conditionalExpectedPurchases(t, one(x, tx, T), CDNOW, model)[0];
      const alive = probabilityAlive(one(x, tx, T), CDNOW, model)[0];
      const { r, alpha } = CDNOW;
      expect(e / t).toBeCloseTo((alive * (r + x)) / (alpha + T), 5);
    }
  });

  it.each(MODELS)("%s: tends to P(alive) E[1/p | history] as t -> infinity when a > 1", (model) => {
    // An active customer makes 1/p more purchases on average before dropping out, and having
    // survived x + s dropout chances, p | history ~ Beta(a, b + x + s): E[1/p] = (a+b+x+s-1)/(a-1).
    // The rest shrinks like t^-min(r, a-1) (slow buyers and late dropouts): at t = 1e6 with r = 5
    // and a = 3.5 it is far below the tolerance.
    const params: BgNbdParams = { r: 5, alpha: 3, a: 3.5, b: 2 };
    const s = model === "mbgnbd" ? 1 : 0;
    for (const [x, tx, T] of [
      [0, 0, 10],
      [3, 8, 10],
    ]) {
      const history = one(x, tx, T);
      const alive = probabilityAlive(history, params, model)[0];
      const limit = (alive * (params.a + params.b + x + s - 1)) / (params.a - 1);
      const e = conditionalExpectedPurchases(1e6, history, params, model)[0];
      expect(e).toBeCloseTo(limit, 8);
    }
  });

  it.each(MODELS)("%s: for a new customer (x = t_x = T = 0) equals E[X(t)]", (model) => {
    const times = Float64Array.of(0.5, 5, 52, 520, 5200);
    const fresh = expectedPurchasesNewCustomer(times, CDNOW, model);
    times.forEach((t, i) => {
      const conditional = conditionalExpectedPurchases(t, one(0, 0, 0), CDNOW, model)[0];
      expect(conditional).toBeCloseTo(fresh[i], 10);
    });
  });

  it.each(MODELS)(
    "%s: E[X(t)] / t tends to P(alive at 0) r / alpha, E[X(t)] to E[1/p] - s",
    (model) => {
      // A new MBG/NBD customer may drop out at once (probability E[p] = a / (a + b)); a BG/NBD one
      // cannot. Before dropping out it makes 1/p - s repeat purchases on average, p ~ Beta(a, b).
      const { r, alpha, a, b } = CDNOW;
      const aliveAtZero = model === "mbgnbd" ? b / (a + b) : 1;
      const rate = expectedPurchasesNewCustomer(1e-6, CDNOW, model)[0] / 1e-6;
      expect(rate).toBeCloseTo((aliveAtZero * r) / alpha, 6);
      const params: BgNbdParams = { r: 5, alpha: 3, a: 3.5, b: 2 };
      const s = model === "mbgnbd" ? 1 : 0;
      const limit = (params.a + params.b - 1) / (params.a - 1) - s;
      expect(expectedPurchasesNewCustomer(1e6, params, model)[0]).toBeCloseTo(limit, 8);
    }
  );

  it.each(MODELS)("%s: grows with t, stays >= 0, and is continuous across a = 1", (model) => {
    fc.assert(
      fc.property(
        paramsArb,
        historyArb,
        fc.double({ min: 0.01, max: 200, noNaN: true }),
        (params, h, t) => {
          const history = one(h.x, h.tx, h.T);
          const now = conditionalExpectedPurchases(t, history, params, model)[0];
          const later = conditionalExpectedPurchases(t * 1.5, history, params, model)[0];
          return Number.isFinite(now) && now >= 0 && later >= now * (1 - 1e-9);
        }
      ),
      { numRuns: 200, seed: 5 }
    );
    // At a = 1 the formula is 0/0. The values near it must continue those outside the band where
    // they are interpolated: a quadratic through a = 1 - 2e-3, 1 + 2e-3, 1 + 4e-3 predicts them
    // to O(h^3).
    const history = one(2, 30.43, 38.86);
    const at = (a: number) => conditionalExpectedPurchases(39, history, { ...CDNOW, a }, model)[0];
    const nodes = [1 - 2e-3, 1 + 2e-3, 1 + 4e-3];
    const values = nodes.map(at);
    const quadratic = (a: number) =>
      nodes.reduce((sum, ai, i) => {
        const others = nodes.filter((_, j) => j !== i);
        return sum + values[i] * others.reduce((w, aj) => (w * (a - aj)) / (ai - aj), 1);
      }, 0);
    for (const a of [1 - 1e-6, 1, 1 + 5e-5]) {
      expect(at(a)).toBeCloseTo(quadratic(a), 7);
    }
  });

  it("takes one t per customer as well as one for all, and is NaN for bad rows or t", () => {
    const history = {
      frequency: Float64Array.of(0, 2, 5, -1),
      recency: Float64Array.of(0, 30.43, 20, 0),
      T: Float64Array.of(20, 38.86, 40, 10),
    };
    const each = conditionalExpectedPurchases(Float64Array.of(10, 20, 30, 40), history, CDNOW);
    [10, 20, 30].forEach((t, i) => {
      expect(each[i]).toBe(conditionalExpectedPurchases(t, history, CDNOW)[i]);
    });
    expect(each[3]).toBeNaN();
    expect(conditionalExpectedPurchases(-1, history, CDNOW)[0]).toBeNaN();
    expect(conditionalExpectedPurchases(0, history, CDNOW)[1]).toBe(0);
    expect(() => conditionalExpectedPurchases(Float64Array.of(1), history, CDNOW)).toThrow(
      RangeError
    );
  });
});
