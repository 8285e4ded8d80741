// The multiselect behind the CLV quantiles puts the asked ranks where a sort would, with ties,
// sorted and reversed input, and lengths from 1 to a few hundred; the neighbour sort sorts or
// says it gave up.
import {
  drawQuantile,
  NeighbourSort,
  selectRanks,
} from "../../../../src/core/probabilistic/intervals/quantile";
import { seededUniform } from "../../../../src/core/probabilistic/simulate/seededRandom";

describe("selectRanks", () => {
  const uniform = seededUniform(7);
  const shapes: [string, (n: number) => Float64Array][] = [
    ["random", (n) => Float64Array.from({ length: n }, () => uniform() * 100)],
    ["few values", (n) => Float64Array.from({ length: n }, () => Math.floor(uniform() * 3))],
    ["sorted", (n) => Float64Array.from({ length: n }, (_, i) => i)],
    ["reversed", (n) => Float64Array.from({ length: n }, (_, i) => n - i)],
    ["all equal", (n) => new Float64Array(n).fill(5)],
  ];
  it.each(shapes)("matches a sort on %s values", (_, make) => {
    for (const n of [1, 2, 3, 5, 10, 37, 200, 201]) {
      const a = make(n);
      const sorted = a.slice().sort();
      const ranks = [
        ...new Set(
          [0.1, 0.5, 0.9].flatMap((q) => {
            const below = Math.floor((n - 1) * q);
            return [below, Math.min(below + 1, n - 1)];
          })
        ),
      ].sort((x, y) => x - y);
      selectRanks(a, n, ranks);
      for (const k of ranks) expect(a[k]).toBe(sorted[k]);
      for (const q of [0.1, 0.5, 0.9])
        expect(drawQuantile(a, n, q)).toBe(drawQuantile(sorted, n, q));
      // Only reordered: the same values.
      expect(Array.from(a.slice().sort())).toEqual(Array.from(sorted));
    }
  });
});

describe("NeighbourSort", () => {
  it("sorts customer after customer, or says it gave up with every value still there", () => {
    const uniform = seededUniform(11);
    const D = 200;
    const sorter = new NeighbourSort(D);
    const base = Float64Array.from({ length: D }, () => uniform());
    let sorted = 0;
    let gaveUp = 0;
    // Neighbours alike (a small jitter of one ranking) and, every fifth, a stranger.
    for (let c = 0; c < 100; c++) {
      const stranger = c % 5 === 4;
      const draws = Float32Array.from(base, (v) => (stranger ? uniform() : v + 0.0005 * uniform()));
      const out = new Float64Array(D);
      const expected = Float64Array.from(draws).sort();
      if (sorter.sort(draws, 0, out)) {
        sorted++;
        expect(Array.from(out)).toEqual(Array.from(expected));
      } else {
        gaveUp++;
        expect(Array.from(out.slice().sort())).toEqual(Array.from(expected));
      }
    }
    // The neighbours of a stranger start from its half-sorted order: some of them give up too.
    expect(sorted).toBeGreaterThan(30);
    expect(gaveUp).toBeGreaterThan(0);
  });
});
