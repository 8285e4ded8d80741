import { scoreTiers } from "../../../src/core/valueScore/scoreTiers";

describe("scoreTiers", () => {
  it("tiers scores like ABC's customer-share mode: top 20% A, next 30% B, rest C", () => {
    const score = Float64Array.from([55, 90, 10, 70, 100, 40, 20, 85, 0, 60]);
    // Order: 100, 90 | 85, 70, 60 | 55, 40, 20, 10, 0.
    expect(Array.from(scoreTiers(score))).toEqual([2, 0, 2, 1, 0, 2, 2, 1, 2, 1]);
  });

  it("takes user cuts", () => {
    expect(Array.from(scoreTiers(Float64Array.from([1, 2, 3, 4]), [0.5, 0.75]))).toEqual([
      2, 1, 0, 0,
    ]);
  });
});
