import {
  quantileType7,
  rPackageBreaks,
  rPackageScores,
} from "../../../src/core/rfm/rPackageScores";

const f64 = (xs: number[]) => Float64Array.from(xs);
const all = (n: number) => new Uint8Array(n).fill(1);
const oneTo = (n: number) => f64(Array.from({ length: n }, (_, i) => i + 1));
const list = (a: Uint8Array) => Array.from(a);

describe("quantileType7 (R's default quantile)", () => {
  it("gives R's documented results", () => {
    expect(quantileType7(oneTo(10), 0.2)).toBeCloseTo(2.8, 12); // quantile(1:10, 0.2)
    expect(quantileType7(f64([1, 2, 3, 4]), 0.4)).toBeCloseTo(2.2, 12); // quantile(c(1,2,3,4), 0.4)
    // quantile(1:10) = 1, 3.25, 5.5, 7.75, 10
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantileType7(oneTo(10), p))).toEqual([
      1, 3.25, 5.5, 7.75, 10,
    ]);
  });

  it("returns an order statistic without interpolating when it lands on one or between equal ones", () => {
    expect(quantileType7(f64([1, 2, 3, 4, 5, 6]), 0.2)).toBe(2); // index 1 + 5 * 0.2 = 2
    expect(quantileType7(f64([1, 3, 3, 7]), 0.5)).toBe(3);
    expect(quantileType7(f64([42]), 0.8)).toBe(42);
  });

  it("clamps p to [0, 1] and gives NaN for no data", () => {
    expect(quantileType7(f64([1, 5]), -0.1)).toBe(1);
    expect(quantileType7(f64([1, 5]), 1.5)).toBe(5);
    expect(quantileType7(f64([]), 0.5)).toBeNaN();
  });
});

describe("rPackageBreaks", () => {
  it("adds 1 to the 20/40/60/80% quantiles and closes the bins with min and max + 1", () => {
    const { lower, upper } = rPackageBreaks(f64([10, 3, 7, 1, 5, 2, 9, 4, 8, 6]), all(10));
    // quantile(1:10, c(.2, .4, .6, .8)) = 2.8, 4.6, 6.4, 8.2
    const b = [3.8, 5.6, 7.4, 9.2];
    [1, ...b].forEach((x, i) => expect(lower[i]).toBeCloseTo(x, 12));
    [...b, 11].forEach((x, i) => expect(upper[i]).toBeCloseTo(x, 12));
  });

  it("uses only eligible customers", () => {
    const { lower, upper } = rPackageBreaks(
      f64([1000, 1, 2, 3, 4, 5, 6, -3]),
      Uint8Array.from([0, 1, 1, 1, 1, 1, 1, 0])
    );
    expect(lower[0]).toBe(1);
    expect(upper[4]).toBe(7);
  });

  it("gives NaN bins when nobody is eligible", () => {
    const { lower, upper } = rPackageBreaks(f64([1, 2]), new Uint8Array(2));
    expect(lower.every(Number.isNaN) && upper.every(Number.isNaN)).toBe(true);
    expect(lower).toHaveLength(5);
  });
});

describe("rPackageScores", () => {
  it("scores the bin number for F and M, 6 minus it for R", () => {
    // Bins of 1..10: [1, 3.8) [3.8, 5.6) [5.6, 7.4) [7.4, 9.2) [9.2, 11)
    expect(list(rPackageScores(oneTo(10), all(10), "higherIsBetter"))).toEqual([
      1, 1, 1, 2, 2, 3, 3, 4, 4, 5,
    ]);
    expect(list(rPackageScores(oneTo(10), all(10), "lowerIsBetter"))).toEqual([
      5, 5, 5, 4, 4, 3, 3, 2, 2, 1,
    ]);
  });

  it("leaves the bins of repeated quantiles empty and puts the ties in the later bin", () => {
    // Eight 1s: quantiles 1, 1, 1, 1.2 -> breaks 2, 2, 2, 2.2: bins [1,2) [2,2) [2,2) [2,2.2) [2.2,11).
    const values = f64([1, 1, 1, 1, 1, 1, 1, 1, 2, 10]);
    expect(list(rPackageScores(values, all(10), "higherIsBetter"))).toEqual([
      1, 1, 1, 1, 1, 1, 1, 1, 4, 5,
    ]);
    expect(list(rPackageScores(values, all(10), "lowerIsBetter"))).toEqual([
      5, 5, 5, 5, 5, 5, 5, 5, 2, 1,
    ]);
  });

  it("puts all-equal values in the first bin (F 1, R 5)", () => {
    expect(list(rPackageScores(f64([3, 3, 3]), all(3), "higherIsBetter"))).toEqual([1, 1, 1]);
    expect(list(rPackageScores(f64([3, 3, 3]), all(3), "lowerIsBetter"))).toEqual([5, 5, 5]);
  });

  it("uses R's probabilities: k * 0.2, so the 60% break of 1..16 is just above 11", () => {
    // seq(0, 1, length.out = 6)[4] is 3 * 0.2 = 0.6000000000000001; quantile(1:16, that) is
    // 10.000000000000002, so the break is 11.000000000000002 and 11 stays in bin 3 (with p = 0.6
    // exactly it would move to bin 4).
    const { upper } = rPackageBreaks(oneTo(16), all(16));
    expect(upper[2]).toBeGreaterThan(11);
    expect(upper[2] - 11).toBeLessThan(1e-14);
    const scores = list(rPackageScores(oneTo(16), all(16), "higherIsBetter"));
    expect(scores).toEqual([1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 5]);
  });

  it("differs from the default quantile scoring, as the package does", () => {
    // Default scoring of 1..10 is 1,1,2,2,3,3,4,4,5,5; the package puts 3 in bin 1 and 9 in bin 4.
    const s = rPackageScores(oneTo(10), all(10), "higherIsBetter");
    expect(s[2]).toBe(1);
    expect(s[8]).toBe(4);
  });

  it("gives 0 to customers without a purchase and to NaN, and leaves them out of the breaks", () => {
    const values = f64([500, 1, 2, 3, 4, 5, NaN]);
    const eligible = Uint8Array.from([0, 1, 1, 1, 1, 1, 1]);
    // 1..5: quantiles 1.8, 2.6, 3.4, 4.2 -> breaks 2.8, 3.6, 4.4, 5.2.
    expect(list(rPackageScores(values, eligible, "higherIsBetter"))).toEqual([0, 1, 1, 2, 3, 4, 0]);
  });

  it("scores a single customer as the package does (bin 1)", () => {
    expect(list(rPackageScores(f64([7]), all(1), "higherIsBetter"))).toEqual([1]);
    expect(list(rPackageScores(f64([7]), all(1), "lowerIsBetter"))).toEqual([5]);
  });
});
