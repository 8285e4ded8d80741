import { quantileScores } from "../../../src/core/rfm/quantileScores";
import { sortedScorableValues } from "../../../src/core/rfm/sortedValues";

const f64 = (xs: number[]) => Float64Array.from(xs);
const all = (n: number) => new Uint8Array(n).fill(1);
const list = (a: Uint8Array) => Array.from(a);

/** Deterministic pseudo-random numbers for property checks (no Math.random in tests either). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** The rule of method.md section 3, written out directly (O(N^2)). */
function bruteForce(values: number[], eligible: number[], higherIsBetter: boolean): number[] {
  const pool = values.filter((_, i) => eligible[i] === 1);
  return values.map((v, i) => {
    if (eligible[i] !== 1) return 0;
    const worse = pool.filter((w) => (higherIsBetter ? w < v : w > v)).length;
    return 1 + Math.floor((5 * worse) / pool.length);
  });
}

describe("quantileScores", () => {
  it("scores 1..10 in pairs when N = 10 (F and M: higher is better)", () => {
    const s = quantileScores(f64([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), all(10), "higherIsBetter");
    expect(list(s)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("reverses the order for R: fewer days is better", () => {
    const s = quantileScores(f64([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), all(10), "lowerIsBetter");
    expect(list(s)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  });

  it("does not depend on the input order", () => {
    const s = quantileScores(f64([7, 1, 10, 4, 2, 9, 3, 6, 8, 5]), all(10), "higherIsBetter");
    expect(list(s)).toEqual([4, 1, 5, 2, 1, 5, 2, 3, 4, 3]);
  });

  it("gives every customer 1 when all values are equal, in both directions", () => {
    expect(list(quantileScores(f64([3, 3, 3, 3, 3, 3, 3]), all(7), "higherIsBetter"))).toEqual([
      1, 1, 1, 1, 1, 1, 1,
    ]);
    expect(list(quantileScores(f64([3, 3, 3, 3, 3, 3, 3]), all(7), "lowerIsBetter"))).toEqual([
      1, 1, 1, 1, 1, 1, 1,
    ]);
  });

  it("handles N not divisible by 5 (N = 7: floor(5L/7) for L = 0..6)", () => {
    const s = quantileScores(f64([1, 2, 3, 4, 5, 6, 7]), all(7), "higherIsBetter");
    expect(list(s)).toEqual([1, 1, 2, 3, 3, 4, 5]);
    const r = quantileScores(f64([1, 2, 3, 4, 5, 6, 7]), all(7), "lowerIsBetter");
    expect(list(r)).toEqual([5, 4, 3, 3, 2, 1, 1]);
  });

  it("gives ties the score of their lowest rank, at every boundary", () => {
    // N = 10: three 1s (L = 0), then L = 3..9 for 2..8.
    const s = quantileScores(f64([1, 1, 1, 2, 3, 4, 5, 6, 7, 8]), all(10), "higherIsBetter");
    expect(list(s)).toEqual([1, 1, 1, 2, 3, 3, 4, 4, 5, 5]);
    // A tie straddling the 20/40/60% lines stays together at the bottom score.
    const t = quantileScores(f64([5, 5, 5, 5, 5, 9]), all(6), "higherIsBetter");
    expect(list(t)).toEqual([1, 1, 1, 1, 1, 5]);
    // For R, ties count customers with strictly more days.
    const r = quantileScores(f64([10, 10, 20, 20, 20, 30]), all(6), "lowerIsBetter");
    // 10: L = 4 -> 1 + floor(20/6) = 4; 20: L = 1 -> 1; 30: L = 0 -> 1.
    expect(list(r)).toEqual([4, 4, 1, 1, 1, 1]);
  });

  it("scores a single customer 1", () => {
    expect(list(quantileScores(f64([42]), all(1), "higherIsBetter"))).toEqual([1]);
  });

  it("leaves customers without a purchase out of N and scores them 0", () => {
    const values = f64([100, 1, 2, 3, 4, 5, -7]);
    const eligible = Uint8Array.from([0, 1, 1, 1, 1, 1, 0]);
    expect(list(quantileScores(values, eligible, "higherIsBetter"))).toEqual([0, 1, 2, 3, 4, 5, 0]);
    expect(list(quantileScores(values, eligible, "lowerIsBetter"))).toEqual([0, 5, 4, 3, 2, 1, 0]);
  });

  it("gives a NaN value no score and leaves it out of N", () => {
    const s = quantileScores(f64([1, NaN, 2, 3, 4, 5]), all(6), "lowerIsBetter");
    expect(list(s)).toEqual([5, 0, 4, 3, 2, 1]);
  });

  it("returns an empty array for no customers and zeros when nobody is eligible", () => {
    expect(quantileScores(f64([]), new Uint8Array(0), "higherIsBetter").length).toBe(0);
    expect(list(quantileScores(f64([1, 2]), new Uint8Array(2), "higherIsBetter"))).toEqual([0, 0]);
  });

  it("orders negative values (net spend after returns) like any number", () => {
    const s = quantileScores(f64([-50, 0, 25, -10, 100]), all(5), "higherIsBetter");
    expect(list(s)).toEqual([1, 3, 4, 2, 5]);
  });

  it("matches the rule written out directly on random data with many ties", () => {
    const rand = lcg(7);
    for (const n of [1, 2, 3, 9, 13, 50, 123]) {
      const values = Array.from({ length: n }, () => Math.floor(rand() * 12));
      const eligible = Array.from({ length: n }, () => (rand() < 0.85 ? 1 : 0));
      for (const higher of [true, false]) {
        const got = quantileScores(
          f64(values),
          Uint8Array.from(eligible),
          higher ? "higherIsBetter" : "lowerIsBetter"
        );
        expect(list(got)).toEqual(bruteForce(values, eligible, higher));
      }
    }
  });

  it("keeps infinite values in order without lifting anyone past a score nobody reaches", () => {
    expect(list(quantileScores(f64([Infinity, Infinity]), all(2), "higherIsBetter"))).toEqual([
      1, 1,
    ]);
    expect(list(quantileScores(f64([-Infinity, -Infinity]), all(2), "lowerIsBetter"))).toEqual([
      1, 1,
    ]);
    expect(list(quantileScores(f64([-Infinity, 0, Infinity]), all(3), "higherIsBetter"))).toEqual([
      1, 2, 4,
    ]);
  });

  it("splits a million distinct values into five equal groups", () => {
    const n = 1_000_000;
    // i * 7919 mod n visits every value 0..n-1 once, in scrambled order.
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = (i * 7919) % n;
    const scores = quantileScores(values, all(n), "higherIsBetter");
    let mismatches = 0;
    for (let i = 0; i < n; i++) if (scores[i] !== 1 + Math.floor(values[i] / 200_000)) mismatches++;
    expect(mismatches).toBe(0);
  });

  it("gives the same scores from the values sorted by the caller", () => {
    const next = lcg(7);
    const values = f64(Array.from({ length: 500 }, () => Math.floor(next() * 40)));
    values[3] = NaN;
    const eligible = Uint8Array.from(values, () => (next() < 0.9 ? 1 : 0));
    const sorted = sortedScorableValues(values, eligible);
    for (const dir of ["higherIsBetter", "lowerIsBetter"] as const)
      expect(list(quantileScores(values, eligible, dir, sorted))).toEqual(
        list(quantileScores(values, eligible, dir))
      );
  });
});
