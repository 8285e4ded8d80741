// The per-draw re-tiering must be clvTiers itself, ties and unknown CLVs included.
import { clvTiers } from "../../../../src/core/clv/clvTiers";
import {
  placesBelow,
  TierScratch,
  tiersInto,
} from "../../../../src/core/probabilistic/intervals/drawTiers";
import { seededUniform } from "../../../../src/core/probabilistic/simulate/seededRandom";

function randomClv(n: number, seed: number): Float64Array {
  const uniform = seededUniform(seed);
  // Few distinct values, some NaN: ties at every cut are common.
  return Float64Array.from({ length: n }, () => {
    const u = uniform();
    if (u < 0.1) return NaN;
    if (u < 0.15) return 0;
    return Math.floor(uniform() * 8) * 12.5;
  });
}

describe("tiersInto", () => {
  it("gives clvTiers' tiers for every size, with ties and NaN", () => {
    for (let n = 0; n <= 60; n++) {
      for (let seed = 1; seed <= 5; seed++) {
        const clv = randomClv(n, seed * 1000 + n);
        const out = tiersInto(new Uint8Array(n), clv, new TierScratch(n));
        expect(Array.from(out)).toEqual(Array.from(clvTiers(clv)));
      }
    }
  });

  it("gives clvTiers' tiers for distinct values and for all-equal values", () => {
    const uniform = seededUniform(7);
    const distinct = Float64Array.from({ length: 1001 }, () => uniform() * 1000);
    const equal = new Float64Array(37).fill(5);
    for (const clv of [distinct, equal]) {
      const out = tiersInto(new Uint8Array(clv.length), clv, new TierScratch(clv.length));
      expect(Array.from(out)).toEqual(Array.from(clvTiers(clv)));
    }
  });

  it("counts places as clvTiers does: i / known below the cut", () => {
    expect(placesBelow(0.2, 10)).toBe(2);
    expect(placesBelow(0.2, 11)).toBe(3);
    expect(placesBelow(0.5, 10)).toBe(5);
    expect(placesBelow(0.2, 0)).toBe(0);
    expect(placesBelow(0.2, 1)).toBe(1);
  });
});
