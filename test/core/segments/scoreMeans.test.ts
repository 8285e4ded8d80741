import { hasScore, scoreMeans } from "../../../src/core/segments/scoreMeans";

describe("scoreMeans", () => {
  it("averages R, F and M over customers with a score", () => {
    const means = scoreMeans({
      r: Uint8Array.from([5, 0, 2, 4]),
      f: Uint8Array.from([1, 0, 2, 2]),
      m: Uint8Array.from([3, 0, 3, 4]),
    });
    expect(means).toEqual({ r: 11 / 3, f: 5 / 3, m: 10 / 3, count: 3 });
  });

  it("gives NaN means when nobody has a score", () => {
    const means = scoreMeans({ r: new Uint8Array(2), f: new Uint8Array(2), m: new Uint8Array(2) });
    expect(means.count).toBe(0);
    expect([means.r, means.f, means.m].every(Number.isNaN)).toBe(true);
  });
});

describe("hasScore", () => {
  it("needs R, F and M all within 1..5", () => {
    expect(hasScore(1, 1, 1)).toBe(true);
    expect(hasScore(5, 5, 5)).toBe(true);
    expect(hasScore(0, 3, 3)).toBe(false);
    expect(hasScore(3, 0, 3)).toBe(false);
    expect(hasScore(3, 3, 0)).toBe(false);
    expect(hasScore(6, 3, 3)).toBe(false);
  });
});
