import { CLV_TIERS, NO_CLV_TIER, clvTiers } from "../../../src/core/clv/clvTiers";

function names(clv: number[]): string[] {
  return Array.from(clvTiers(Float64Array.from(clv)), (t) =>
    t === NO_CLV_TIER ? "-" : CLV_TIERS[t]
  );
}

describe("clvTiers", () => {
  it("splits 10 customers 2 high, 3 mid, 5 low by CLV", () => {
    const clv = [50, 900, 10, 400, 700, 30, 200, 100, 20, 300];
    // Order: 900, 700 | 400, 300, 200 | 100, 50, 30, 20, 10.
    expect(names(clv)).toEqual([
      "low",
      "high",
      "low",
      "mid",
      "high",
      "low",
      "mid",
      "low",
      "low",
      "mid",
    ]);
  });

  it("leaves NaN out of N and gives it 255", () => {
    // 5 known: positions 0 high (0), 1 mid (0.2), 2 mid (0.4), 3 and 4 low.
    expect(names([NaN, 5, 4, 3, NaN, 2, 1])).toEqual([
      "-",
      "high",
      "mid",
      "mid",
      "-",
      "low",
      "low",
    ]);
  });

  it("keeps input order for ties", () => {
    // 10 equal values: the first two in input order are high, the next three mid.
    expect(names(new Array<number>(10).fill(7))).toEqual([
      "high",
      "high",
      "mid",
      "mid",
      "mid",
      "low",
      "low",
      "low",
      "low",
      "low",
    ]);
  });

  it("ranks negative and zero CLV like any other value", () => {
    // N = 3: 5 at 0/3 high, 0 at 1/3 mid, -10 at 2/3 low.
    expect(names([-10, 0, 5])).toEqual(["low", "mid", "high"]);
  });
});
