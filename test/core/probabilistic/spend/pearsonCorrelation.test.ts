import { pearsonCorrelation } from "../../../../src/core/probabilistic";

describe("pearsonCorrelation", () => {
  it("is 1 or -1 on a line and 0 on a symmetric pattern", () => {
    expect(pearsonCorrelation([1, 2, 3, 4], [3, 5, 7, 9])).toBeCloseTo(1, 15);
    expect(pearsonCorrelation([1, 2, 3, 4], [9, 7, 5, 3])).toBeCloseTo(-1, 15);
    expect(pearsonCorrelation([-2, -1, 0, 1, 2], [4, 1, 0, 1, 4])).toBeCloseTo(0, 15);
  });

  it("matches the textbook value on a small table", () => {
    // x = 1..5, y = 2, 4, 5, 4, 5: Sxy = 6, Sxx = 10, Syy = 6: r = 6 / sqrt(60).
    expect(pearsonCorrelation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 14);
  });

  it("keeps its digits for large values with a small spread", () => {
    const x = [1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4, 1e9 + 5];
    expect(pearsonCorrelation(x, [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 9);
  });

  it("uses only the kept positions, and is NaN with fewer than 2 or no spread", () => {
    expect(pearsonCorrelation([1, 2, 3, 100], [1, 2, 3, -100], (i) => i < 3)).toBeCloseTo(1, 15);
    expect(pearsonCorrelation([1], [1])).toBeNaN();
    expect(pearsonCorrelation([1, 1, 1], [1, 2, 3])).toBeNaN();
  });
});
