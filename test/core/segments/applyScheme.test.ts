import { applyScheme } from "../../../src/core/segments/applyScheme";
import { BUILT_IN_SCHEMES } from "../../../src/core/segments/schemes";
import type { RfmScores, SegmentScheme } from "../../../src/core/types";

type Triple = [number, number, number];

const scoresOf = (triples: Triple[]): RfmScores => ({
  r: Uint8Array.from(triples, (t) => t[0]),
  f: Uint8Array.from(triples, (t) => t[1]),
  m: Uint8Array.from(triples, (t) => t[2]),
});

/** Segment ids (or null for no segment) of each triple. */
function idsOf(triples: Triple[], scheme: SegmentScheme): (string | null)[] {
  return Array.from(applyScheme(scoresOf(triples), scheme), (k) =>
    k < 0 ? null : scheme.segments[k].id
  );
}

const ALL_TRIPLES: Triple[] = [];
for (let r = 1; r <= 5; r++)
  for (let f = 1; f <= 5; f++) for (let m = 1; m <= 5; m++) ALL_TRIPLES.push([r, f, m]);

describe("applyScheme with the value tiers", () => {
  it("splits by total: >= 12 high, 8..11 mid, <= 7 low", () => {
    const triples: Triple[] = [
      [5, 5, 5],
      [4, 4, 4],
      [5, 5, 1],
      [4, 4, 3],
      [3, 3, 2],
      [2, 3, 3],
      [3, 2, 2],
      [1, 1, 1],
      [5, 1, 1],
    ];
    expect(idsOf(triples, BUILT_IN_SCHEMES["value-tiers"])).toEqual([
      "high",
      "high",
      "mid",
      "mid",
      "mid",
      "mid",
      "low",
      "low",
      "low",
    ]);
  });

  it("agrees with the rule for every score triple", () => {
    const expected = ALL_TRIPLES.map(([r, f, m]) =>
      r + f + m >= 12 ? "high" : r + f + m >= 8 ? "mid" : "low"
    );
    expect(idsOf(ALL_TRIPLES, BUILT_IN_SCHEMES["value-tiers"])).toEqual(expected);
  });
});

describe("applyScheme with the four segments", () => {
  const four = BUILT_IN_SCHEMES.four;

  it("assigns hand-made triples", () => {
    const triples: Triple[] = [
      [5, 5, 5], // high
      [4, 4, 4], // high
      [2, 5, 5], // churn risk (R <= 2, not high)
      [2, 3, 1], // churn risk through F >= 3
      [1, 1, 3], // churn risk through M >= 3
      [2, 2, 2], // low: R <= 2 but F and M < 3
      [5, 1, 2], // low
      [3, 3, 3], // potential
      [5, 5, 3], // potential: M too low for high, R too high for churn risk
      [3, 1, 3], // potential: F <= 2 but M > 2
    ];
    expect(idsOf(triples, four)).toEqual([
      "high",
      "high",
      "churnRisk",
      "churnRisk",
      "churnRisk",
      "low",
      "low",
      "potential",
      "potential",
      "potential",
    ]);
  });

  it("agrees with the rule for every score triple", () => {
    const expected = ALL_TRIPLES.map(([r, f, m]) => {
      if (r >= 4 && f >= 4 && m >= 4) return "high";
      if (r <= 2 && (f >= 3 || m >= 3)) return "churnRisk";
      if (f <= 2 && m <= 2) return "low";
      return "potential";
    });
    expect(idsOf(ALL_TRIPLES, four)).toEqual(expected);
  });
});

describe("applyScheme with the eight classic segments", () => {
  const eight = BUILT_IN_SCHEMES.eight;

  it("splits each score at the population mean, high when at least the mean", () => {
    // Means: R (5+3+1+3)/4 = 3, F (4+2+2+4)/4 = 3, M (1+5+3+3)/4 = 3.
    const triples: Triple[] = [
      [5, 4, 1],
      [3, 2, 5],
      [1, 2, 3],
      [3, 4, 3],
    ];
    expect(idsOf(triples, eight)).toEqual([
      "generalValue",
      "importantDevelopment",
      "importantWinBack",
      "importantValue",
    ]);
  });

  it("covers all eight patterns", () => {
    // Means 3 for R, F and M: 4 is high, 2 is low.
    const triples: Triple[] = [
      [4, 4, 4],
      [4, 2, 4],
      [2, 4, 4],
      [2, 2, 4],
      [4, 4, 2],
      [4, 2, 2],
      [2, 4, 2],
      [2, 2, 2],
    ];
    expect(idsOf(triples, eight)).toEqual([
      "importantValue",
      "importantDevelopment",
      "importantRetention",
      "importantWinBack",
      "generalValue",
      "generalDevelopment",
      "generalRetention",
      "generalWinBack",
    ]);
  });

  it("uses a fractional mean: score 3 is low against a mean of 3.25", () => {
    // R mean (4+3+3+3)/4 = 3.25; F and M means 3.
    expect(
      idsOf(
        [
          [4, 3, 3],
          [3, 3, 3],
          [3, 3, 3],
          [3, 3, 3],
        ],
        eight
      )
    ).toEqual(["importantValue", "importantRetention", "importantRetention", "importantRetention"]);
  });

  it("calls everyone high when all scores are equal", () => {
    expect(
      idsOf(
        [
          [2, 2, 2],
          [2, 2, 2],
        ],
        eight
      )
    ).toEqual(["importantValue", "importantValue"]);
  });

  it("takes the mean over customers with a score only", () => {
    // Without the two no-score rows the R mean is 3; counting their zeros would make it 1.5.
    expect(
      idsOf(
        [
          [2, 3, 3],
          [4, 3, 3],
          [0, 0, 0],
          [0, 0, 0],
        ],
        eight
      )
    ).toEqual(["importantRetention", "importantValue", null, null]);
  });
});

describe("applyScheme with the named segments of the R rfm package", () => {
  const named = BUILT_IN_SCHEMES.named;

  it("agrees with the package's rfm_segment loop for every score triple", () => {
    // The package's test vectors, in its order; first match wins, no match is "Others".
    const ids = [
      "champions",
      "loyal",
      "potentialLoyalist",
      "newCustomers",
      "promising",
      "needAttention",
      "aboutToSleep",
      "atRisk",
      "cantLose",
      "lost",
    ];
    const rLo = [4, 2, 3, 4, 3, 2, 2, 1, 1, 1];
    const rHi = [5, 5, 5, 5, 4, 3, 3, 2, 1, 2];
    const fLo = [4, 3, 1, 1, 1, 2, 1, 2, 4, 1];
    const fHi = [5, 5, 3, 1, 1, 3, 2, 5, 5, 2];
    const mLo = fLo;
    const mHi = fHi;
    const expected = ALL_TRIPLES.map(([r, f, m]) => {
      const i = ids.findIndex(
        (_, k) =>
          r >= rLo[k] && r <= rHi[k] && f >= fLo[k] && f <= fHi[k] && m >= mLo[k] && m <= mHi[k]
      );
      return i < 0 ? "others" : ids[i];
    });
    expect(idsOf(ALL_TRIPLES, named)).toEqual(expected);
  });

  it("assigns hand-made triples, earlier rules shadowing later ones as in the package", () => {
    const triples: Triple[] = [
      [5, 5, 5], // Champions
      [2, 3, 3], // Loyal Customers
      [5, 1, 1], // Potential Loyalist comes before New Customers, which it contains
      [3, 1, 1], // and before Promising
      [3, 2, 3], // fits Need Attention, but Potential Loyalist (R 3-5, F 1-3, M 1-3) comes first
      [2, 2, 3], // Need Attention
      [2, 1, 2], // About To Sleep
      [1, 5, 5], // At Risk comes before Can't Lose Them
      [1, 1, 2], // Lost
      [1, 1, 3], // Others
      [2, 1, 4], // Others
    ];
    expect(idsOf(triples, named)).toEqual([
      "champions",
      "loyal",
      "potentialLoyalist",
      "potentialLoyalist",
      "potentialLoyalist",
      "needAttention",
      "aboutToSleep",
      "atRisk",
      "lost",
      "others",
      "others",
    ]);
  });
});

describe("applyScheme", () => {
  it("gives every customer with a score exactly one segment of every built-in scheme", () => {
    for (const scheme of Object.values(BUILT_IN_SCHEMES)) {
      const out = applyScheme(scoresOf(ALL_TRIPLES), scheme);
      expect(out).toHaveLength(125);
      for (const k of out) {
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThan(scheme.segments.length);
      }
    }
  });

  it("gives -1 to customers without a score", () => {
    const out = applyScheme(
      scoresOf([
        [0, 0, 0],
        [5, 5, 5],
        [3, 0, 2],
        [3, 2, 0],
        [6, 1, 1],
      ]),
      BUILT_IN_SCHEMES.four
    );
    expect(Array.from(out)).toEqual([-1, 0, -1, -1, -1]);
  });

  it("returns an empty array for no customers", () => {
    expect(applyScheme(scoresOf([]), BUILT_IN_SCHEMES.eight)).toHaveLength(0);
  });

  it("uses rules on totals and leaves unset conditions open", () => {
    const scheme: SegmentScheme = {
      id: "custom",
      name: { "zh-CN": "自定义", "en-US": "Custom" },
      segments: [
        { id: "a", label: { "zh-CN": "甲", "en-US": "A" }, action: "high" },
        { id: "b", label: { "zh-CN": "乙", "en-US": "B" }, action: "low" },
        { id: "c", label: { "zh-CN": "丙", "en-US": "C" }, action: "potential" },
      ],
      rules: [
        { segment: "b", m: [5, 5], total: [13, 15] },
        { segment: "a", total: [10, 15] },
      ],
      fallback: "c",
    };
    expect(
      idsOf(
        [
          [5, 5, 5],
          [5, 5, 4],
          [4, 3, 3],
          [3, 3, 3],
        ],
        scheme
      )
    ).toEqual(["b", "a", "a", "c"]);
  });

  it("gives everyone the fallback when there are no rules", () => {
    const scheme: SegmentScheme = { ...structuredClone(BUILT_IN_SCHEMES.four), rules: [] };
    expect(
      idsOf(
        [
          [5, 5, 5],
          [1, 1, 1],
        ],
        scheme
      )
    ).toEqual(["potential", "potential"]);
  });

  it("throws on a rule or fallback naming a segment the scheme does not have", () => {
    const badRule: SegmentScheme = {
      ...structuredClone(BUILT_IN_SCHEMES.four),
      rules: [{ segment: "nope" }],
    };
    expect(() => applyScheme(scoresOf([[1, 1, 1]]), badRule)).toThrow(/nope/);
    const badFallback: SegmentScheme = {
      ...structuredClone(BUILT_IN_SCHEMES.four),
      fallback: "gone",
    };
    expect(() => applyScheme(scoresOf([[1, 1, 1]]), badFallback)).toThrow(/gone/);
  });

  it("assigns a million customers by the same rules", () => {
    const n = 1_000_000;
    const scores: RfmScores = { r: new Uint8Array(n), f: new Uint8Array(n), m: new Uint8Array(n) };
    for (let i = 0; i < n; i++) {
      scores.r[i] = 1 + (i % 5);
      scores.f[i] = 1 + (Math.floor(i / 5) % 5);
      scores.m[i] = 1 + (Math.floor(i / 25) % 5);
    }
    const out = applyScheme(scores, BUILT_IN_SCHEMES["value-tiers"]);
    let wrong = 0;
    for (let i = 0; i < n; i++) {
      const total = scores.r[i] + scores.f[i] + scores.m[i];
      if (out[i] !== (total >= 12 ? 0 : total >= 8 ? 1 : 2)) wrong++;
    }
    expect(wrong).toBe(0);
  });
});
