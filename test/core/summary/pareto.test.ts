import { classifyAbc } from "../../../src/core/abc/classifyAbc";
import { paretoPoints } from "../../../src/core/summary/pareto";

function orderOf(values: Float64Array): Int32Array {
  return classifyAbc(values, {
    mode: "value",
    valueCuts: [0.8, 0.95],
    countCuts: [0.2, 0.5],
    absoluteCuts: [1e6, 5e5],
  }).order;
}

describe("paretoPoints", () => {
  it("lists cumulative shares over positive customers from {0,0} to {1,1}", () => {
    const values = Float64Array.from([10, 0, 50, -5, 40]);
    const points = paretoPoints(values, orderOf(values));
    expect(points).toEqual([
      { customerShare: 0, valueShare: 0 },
      { customerShare: 1 / 3, valueShare: 0.5 },
      { customerShare: 2 / 3, valueShare: 0.9 },
      { customerShare: 1, valueShare: 1 },
    ]);
  });

  it("returns only the endpoints when no value is positive", () => {
    const values = Float64Array.from([0, -1, NaN]);
    expect(paretoPoints(values, orderOf(values))).toEqual([
      { customerShare: 0, valueShare: 0 },
      { customerShare: 1, valueShare: 1 },
    ]);
  });

  describe("down-sampling", () => {
    // 1,000 customers, values 1000 down to 1: the value share is k(2001 - k) / 1001000.
    const n = 1000;
    const values = Float64Array.from({ length: n }, (_, i) => n - i);
    const order = orderOf(values);
    const total = (n * (n + 1)) / 2;
    const firstReaching = (share: number) => {
      let cum = 0;
      for (let k = 1; k <= n; k++) {
        cum += n - k + 1;
        if (cum / total >= share) return k;
      }
      return n;
    };

    it("keeps at most maxPoints points, endpoints included, in increasing order", () => {
      for (const max of [201, 50, 10]) {
        const points = paretoPoints(values, order, max);
        expect(points.length).toBeLessThanOrEqual(max);
        expect(points.length).toBeGreaterThanOrEqual(max - 2);
        expect(points[0]).toEqual({ customerShare: 0, valueShare: 0 });
        expect(points[points.length - 1]).toEqual({ customerShare: 1, valueShare: 1 });
        for (let i = 1; i < points.length; i++) {
          expect(points[i].customerShare).toBeGreaterThan(points[i - 1].customerShare);
          expect(points[i].valueShare).toBeGreaterThanOrEqual(points[i - 1].valueShare);
        }
      }
    });

    it("defaults to 201 points", () => {
      expect(paretoPoints(values, order).length).toBeLessThanOrEqual(201);
      expect(paretoPoints(values, order).length).toBeGreaterThan(195);
    });

    it("always keeps the points where the value share first reaches 80% and 95%", () => {
      const k80 = firstReaching(0.8);
      const k95 = firstReaching(0.95);
      for (const max of [201, 37, 4]) {
        const shares = paretoPoints(values, order, max).map((p) => p.customerShare);
        expect(shares).toContain(k80 / n);
        expect(shares).toContain(k95 / n);
      }
      // By hand: k(2001 - k) >= 800800 first at k = 554 (553 x 1448 = 800744, 554 x 1447 = 801638).
      expect(k80).toBe(554);
    });

    it("spaces the other points evenly by customer share", () => {
      const points = paretoPoints(values, order, 12); // 10 even points: k = round(j * 1000 / 9)
      const even = Array.from({ length: 10 }, (_, j) => Math.round((j * n) / 9) / n);
      const shares = points.map((p) => p.customerShare);
      for (const s of even) expect(shares).toContain(s);
    });
  });
});
