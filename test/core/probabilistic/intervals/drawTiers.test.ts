// The per-draw re-tiering must be clvTiers itself, ties and unknown CLVs included.
import { clvTiers } from "../../../../src/core/clv/clvTiers";
import {
  bracketedCuts,
  placesBelow,
  tierCuts,
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

describe("bracketedCuts", () => {
  /** tierCuts over every known value, the reference. */
  function allCuts(clv: Float64Array) {
    const values = Float64Array.from(clv.filter((v) => !Number.isNaN(v)));
    return tierCuts(clv, values, values.length);
  }
  const known = (clv: Float64Array) => clv.filter((v) => !Number.isNaN(v)).length;

  it.each([
    ["continuous values with NaN", 1],
    ["few distinct values (ties at the cuts)", 2],
    ["sorted ascending", 3],
  ])("gives tierCuts' cuts and tie budgets: %s", (_, shape) => {
    const uniform = seededUniform(shape * 31);
    const n = 50_000;
    const clv = Float64Array.from({ length: n }, (_, i) => {
      if (uniform() < 0.05) return NaN;
      if (shape === 1) return Math.exp(3 * uniform());
      if (shape === 2) return Math.floor(uniform() * 6) * 12.5;
      return i;
    });
    const got = bracketedCuts(clv, known(clv), new TierScratch(n));
    // With few distinct values a bracket may hold too many to keep: then it says null.
    if (shape !== 2) expect(got).not.toBeNull();
    if (got !== null) expect(got).toEqual(allCuts(clv));
  });

  it("says null rather than guess below its minimum size or when its sample misses", () => {
    const small = Float64Array.from({ length: 1000 }, (_, i) => i);
    expect(bracketedCuts(small, 1000, new TierScratch(1000))).toBeNull();
    // Every sampled customer (each 16th) far above the rest: the brackets cannot hold the cuts.
    const n = 40_000;
    const skewed = Float64Array.from({ length: n }, (_, i) => (i % 16 === 0 ? 1e6 + i : i));
    expect(bracketedCuts(skewed, n, new TierScratch(n))).toBeNull();
  });
});
