import { percentileRanks, weightedValueScore } from "../../../src/core/valueScore/valueScore";

const ranks = (values: number[]) => Array.from(percentileRanks(Float64Array.from(values)));

describe("percentileRanks", () => {
  it("spreads distinct values from 0 to 1", () => {
    expect(ranks([30, 10, 20, 40, 50])).toEqual([0.5, 0, 0.25, 0.75, 1]);
  });

  it("gives ties the mid-rank", () => {
    // N = 5. 10: L 0, E 1 -> 0. 20 (x3): L 1, E 3 -> (1 + 1) / 4 = 0.5. 30: L 4 -> 1.
    expect(ranks([20, 10, 20, 30, 20])).toEqual([0.5, 0, 0.5, 1, 0.5]);
    // All equal: L 0, E 4 -> 1.5 / 3 = 0.5.
    expect(ranks([7, 7, 7, 7])).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it("leaves NaN out of N and keeps it NaN", () => {
    // Known: 1, 2, 3 -> N = 3.
    expect(ranks([NaN, 3, 1, NaN, 2])).toEqual([NaN, 1, 0, NaN, 0.5]);
  });

  it("gives a lone value 1", () => {
    expect(ranks([NaN, -4])).toEqual([NaN, 1]);
  });

  it("ranks negative values below positive ones", () => {
    expect(ranks([-5, 0, 5])).toEqual([0, 0.5, 1]);
  });
});

describe("weightedValueScore", () => {
  it("blends percentile ranks by weight into 0..100", () => {
    const historical = Float64Array.from([100, 300, 200]); // ranks 0, 1, 0.5
    const potential = Float64Array.from([9, 1, 5]); // ranks 1, 0, 0.5
    const strategic = Float64Array.from([1, 1, 3]); // ranks 0.25, 0.25, 1
    const score = weightedValueScore([
      { values: historical, weight: 0.4 },
      { values: potential, weight: 0.4 },
      { values: strategic, weight: 0.2 },
    ]);
    expect(score[0]).toBeCloseTo(100 * (0.4 * 0 + 0.4 * 1 + 0.2 * 0.25), 9);
    expect(score[1]).toBeCloseTo(100 * (0.4 * 1 + 0.4 * 0 + 0.2 * 0.25), 9);
    expect(score[2]).toBeCloseTo(100 * (0.4 * 0.5 + 0.4 * 0.5 + 0.2 * 1), 9);
  });

  it("renormalises the weights over the metrics known for a customer", () => {
    const historical = Float64Array.from([100, 300, 200]); // ranks 0, 1, 0.5
    const strategic = Float64Array.from([NaN, 2, 1]); // ranks NaN, 1, 0
    const score = weightedValueScore([
      { values: historical, weight: 0.4 },
      { values: strategic, weight: 0.2 },
    ]);
    expect(score[0]).toBeCloseTo(0, 9); // only historical: 100 x 0
    expect(score[1]).toBeCloseTo(100, 9);
    expect(score[2]).toBeCloseTo((100 * (0.4 * 0.5 + 0.2 * 0)) / 0.6, 9);
  });

  it("is NaN for a customer with no known metric, and empty for no metrics", () => {
    const score = weightedValueScore([{ values: Float64Array.from([NaN, 1, 2]), weight: 1 }]);
    expect(score[0]).toBeNaN();
    expect(score[2]).toBe(100);
    expect(weightedValueScore([]).length).toBe(0);
  });
});
