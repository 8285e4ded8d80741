import fc from "fast-check";
import { ABC_LABELS, classifyAbc, countClasses } from "../../../src/core/abc/classifyAbc";
import type { AbcOptions } from "../../../src/core/abc/classifyAbc";

const DEFAULTS: AbcOptions = {
  mode: "value",
  valueCuts: [0.8, 0.95],
  countCuts: [0.2, 0.5],
  absoluteCuts: [1_000_000, 500_000],
};

function labels(values: number[], opts: Partial<AbcOptions> = {}): string {
  const { cls } = classifyAbc(Float64Array.from(values), { ...DEFAULTS, ...opts });
  return Array.from(cls, (c) => ABC_LABELS[c]).join("");
}

describe("classifyAbc, value-share mode", () => {
  it("keeps the customer that crosses 80% in A (cumulative before 0, 0.5, 0.81, 0.91)", () => {
    expect(labels([50, 31, 10, 9])).toBe("AABB");
  });

  it("makes C the customers whose cumulative share before is at least 95%", () => {
    // Before: 0, 0.6, 0.8, 0.95, 0.97 -> A, A, B (0.8 is not below 0.8), C, C.
    expect(labels([60, 20, 15, 2, 3])).toBe("AABCC");
  });

  it("puts a customer whose share before is exactly 80% in B", () => {
    expect(labels([40, 40, 20])).toBe("AAB");
  });

  it("reports share, cumulative share, rank and order", () => {
    const r = classifyAbc(Float64Array.from([10, 50, 31, 9]), DEFAULTS);
    expect(Array.from(r.order)).toEqual([1, 2, 0, 3]);
    expect(Array.from(r.rank)).toEqual([3, 1, 2, 4]);
    expect(Array.from(r.share)).toEqual([0.1, 0.5, 0.31, 0.09]);
    expect(r.cumShare[1]).toBeCloseTo(0.5, 12);
    expect(r.cumShare[2]).toBeCloseTo(0.81, 12);
    expect(r.cumShare[0]).toBeCloseTo(0.91, 12);
    expect(r.cumShare[3]).toBe(1);
    expect(Array.from(r.cls)).toEqual([1, 0, 0, 1]);
  });

  it("keeps input order for ties", () => {
    const r = classifyAbc(Float64Array.from([5, 9, 5, 9, 5]), DEFAULTS);
    expect(Array.from(r.order)).toEqual([1, 3, 0, 2, 4]);
    expect(Array.from(r.rank)).toEqual([3, 1, 4, 2, 5]);
  });

  it("makes zero and negative values C, with share 0, left out of the total", () => {
    const values = Float64Array.from([-20, 60, 0, 40]);
    const r = classifyAbc(values, DEFAULTS);
    // S = 100 (the -20 is not subtracted): before 0 -> A, before 0.6 -> A.
    expect(Array.from(r.cls, (c) => ABC_LABELS[c])).toEqual(["C", "A", "C", "A"]);
    expect(Array.from(r.share)).toEqual([0, 0.6, 0, 0.4]);
    expect(Array.from(r.order)).toEqual([1, 3, 2, 0]);
    // Non-positive customers carry the cumulative share of the last positive one.
    expect(r.cumShare[2]).toBe(1);
    expect(r.cumShare[0]).toBe(1);
  });

  it("ranks NaN last, as C with share 0", () => {
    const r = classifyAbc(Float64Array.from([NaN, 10, NaN, 30]), DEFAULTS);
    expect(Array.from(r.order)).toEqual([3, 1, 0, 2]);
    expect(Array.from(r.cls)).toEqual([2, 0, 2, 0]);
    expect(r.share[0]).toBe(0);
  });

  it("gives everyone C and cumulative share 0 when no value is positive", () => {
    const r = classifyAbc(Float64Array.from([0, -5, 0]), DEFAULTS);
    expect(Array.from(r.cls)).toEqual([2, 2, 2]);
    expect(Array.from(r.cumShare)).toEqual([0, 0, 0]);
  });

  it("handles an empty input", () => {
    const r = classifyAbc(new Float64Array(0), DEFAULTS);
    expect(r.cls.length).toBe(0);
    expect(r.order.length).toBe(0);
  });

  it("follows user-edited cuts", () => {
    expect(labels([50, 31, 10, 9], { valueCuts: [0.5, 0.9] })).toBe("ABBC");
  });
});

describe("classifyAbc, customer-share mode", () => {
  it("splits 10 customers 2 / 3 / 5", () => {
    expect(labels([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], { mode: "count" })).toBe("AABBBCCCCC");
  });

  it("splits 7 customers by position / N: 0/7, 1/7 A; 2/7, 3/7 B; 4/7.. C", () => {
    expect(labels([7, 6, 5, 4, 3, 2, 1], { mode: "count" })).toBe("AABBCCC");
  });

  it("counts every customer in N but still makes non-positive values C", () => {
    // N = 5: positions 0 A, 1 B (0.2), 2 B (0.4), 3 C, 4 C; the 0 at position 1 is forced to C.
    expect(labels([9, 0, 8, 7, 6], { mode: "count" })).toBe("ACBBC");
  });
});

describe("classifyAbc, absolute mode", () => {
  const abs = { mode: "absolute" as const };
  it("is A above 1,000,000 and B at exactly 1,000,000", () => {
    expect(labels([1_000_000.01, 1_000_000], abs)).toBe("AB");
  });

  it("is B at exactly 500,000 and C just below it", () => {
    expect(labels([500_000, 499_999.99], abs)).toBe("BC");
  });

  it("is C for zero and negative values even with a cut at or below zero", () => {
    expect(labels([0, -1, 5], { mode: "absolute", absoluteCuts: [10, -100] })).toBe("CCB");
  });
});

describe("classifyAbc at scale", () => {
  // Speed is measured by `npm run bench`, never by a timed unit test; this checks the radix
  // sort's order on a million values with many ties.
  it("ranks 1,000,000 customers by value, ties in input order", () => {
    const n = 1_000_000;
    const values = new Float64Array(n);
    let seed = 7;
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      values[i] = Math.round(Math.exp((seed / 2147483648) * 10) * 100) / 100;
    }
    const r = classifyAbc(values, DEFAULTS);
    for (let i = 1; i < n; i++) {
      const prev = values[r.order[i - 1]];
      const cur = values[r.order[i]];
      if (prev < cur || (prev === cur && r.order[i - 1] > r.order[i]))
        throw new Error(`bad order at ${i}`);
    }
    expect(r.rank[r.order[n - 1]]).toBe(n);
  });
});

describe("countClasses", () => {
  // The value score's tiers take classifyAbc's count-mode classes without its ranks and shares:
  // the classes must be the same for any values (ties, NaN, zeros, negatives) and cuts.
  it("gives classifyAbc's count-mode classes", () => {
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.constantFrom(0, -0, NaN, 1, 2, 3, -1),
      fc.integer({ min: -3, max: 5 })
    );
    const cut = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), cut, cut, (values, a, b) => {
        const cuts: [number, number] = [Math.min(a, b), Math.max(a, b)];
        const x = Float64Array.from(values);
        const abc = classifyAbc(x, { ...DEFAULTS, mode: "count", countCuts: cuts });
        expect(Array.from(countClasses(x, cuts))).toEqual(Array.from(abc.cls));
      }),
      { numRuns: 2000 }
    );
  });
});
