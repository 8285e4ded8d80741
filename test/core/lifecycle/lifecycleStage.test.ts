import { churnWarnings, lifecycleStages } from "../../../src/core/lifecycle/lifecycleStage";
import type { CustomerTable, RfmScores, Stage } from "../../../src/core/types";
import { STAGES } from "../../../src/core/types";

interface Row {
  purchase?: boolean;
  recency: number;
  f: number;
  gap?: number;
  r?: number;
  fScore?: number;
}

const OPTS = { gapMultiple: 2, gapFloorDays: 30, atRiskDays: 180, lostDays: 365 };

function setup(rows: Row[]): { c: CustomerTable; scores: RfmScores } {
  const col = (pick: (r: Row) => number) => Float64Array.from(rows.map(pick));
  const c: CustomerTable = {
    n: rows.length,
    ids: rows.map((_, i) => `c${i}`),
    names: null,
    firstRow: Int32Array.from(rows.map((_, i) => i + 2)),
    hasPurchase: Uint8Array.from(rows.map((r) => (r.purchase === false ? 0 : 1))),
    recencyDays: col((r) => r.recency),
    frequency: col((r) => r.f),
    monetary: col(() => 100),
    firstDay: col(() => NaN),
    lastDay: col(() => NaN),
    medianGapDays: col((r) => r.gap ?? NaN),
    rows: Int32Array.from(rows.map((r) => r.f)),
    profit: null,
    annualSpend: null,
    strategic: null,
  };
  const scores: RfmScores = {
    r: Uint8Array.from(rows.map((r) => (r.purchase === false ? 0 : (r.r ?? 3)))),
    f: Uint8Array.from(rows.map((r) => (r.purchase === false ? 0 : (r.fScore ?? 3)))),
    m: Uint8Array.from(rows.map((r) => (r.purchase === false ? 0 : 3))),
  };
  return { c, scores };
}

function stagesOf(rows: Row[], pAlive?: number[]): Stage[] {
  const { c, scores } = setup(rows);
  const model =
    pAlive === undefined
      ? undefined
      : { pAlive: Float64Array.from(pAlive), pNoPurchase: new Float64Array(rows.length).fill(NaN) };
  return Array.from(lifecycleStages(c, scores, OPTS, model), (s) => STAGES[s]);
}

describe("lifecycleStages", () => {
  it("gives potential to customers without a purchase, whatever else holds", () => {
    expect(stagesOf([{ purchase: false, recency: NaN, f: 0 }])).toEqual(["potential"]);
  });

  it("gives new for one purchase and repeat for two or more", () => {
    expect(
      stagesOf([
        { recency: 10, f: 1 },
        { recency: 10, f: 2 },
        { recency: 10, f: 9 },
      ])
    ).toEqual(["new", "repeat", "repeat"]);
  });

  it("gives loyal when the F and R scores are both at least 4, before repeat and new", () => {
    expect(
      stagesOf([
        { recency: 10, f: 6, r: 4, fScore: 4 },
        { recency: 10, f: 1, r: 5, fScore: 5 },
        { recency: 10, f: 6, r: 3, fScore: 5 },
        { recency: 10, f: 6, r: 5, fScore: 3 },
      ])
    ).toEqual(["loyal", "loyal", "repeat", "repeat"]);
  });

  it("gives atRisk above 180 days (not at 180), before loyal", () => {
    expect(
      stagesOf([
        { recency: 181, f: 6, r: 5, fScore: 5 },
        { recency: 180, f: 6, r: 5, fScore: 5 },
      ])
    ).toEqual(["atRisk", "loyal"]);
  });

  it("gives atRisk above twice the median gap (not at it)", () => {
    expect(
      stagesOf([
        { recency: 61, f: 3, gap: 30 },
        { recency: 60, f: 3, gap: 30 },
        { recency: 170, f: 1, gap: NaN },
      ])
    ).toEqual(["atRisk", "repeat", "new"]);
  });

  it("never flags a gap below the 30-day floor: a weekly buyer is not at risk after a week", () => {
    // Weekly buyer: 2 x 7 = 14 days, but the floor is 30: at risk only beyond 30 days.
    expect(
      stagesOf([
        { recency: 15, f: 9, gap: 7 },
        { recency: 30, f: 9, gap: 7 },
        { recency: 31, f: 9, gap: 7 },
      ])
    ).toEqual(["repeat", "repeat", "atRisk"]);
    const { c, scores } = setup([{ recency: 15, f: 9, gap: 7 }]);
    const noFloor = lifecycleStages(c, scores, { ...OPTS, gapFloorDays: 0 });
    expect(STAGES[noFloor[0]]).toBe("atRisk");
  });

  it("gives atRisk when P(alive) is below 0.5, and ignores an unknown P(alive)", () => {
    expect(
      stagesOf(
        [
          { recency: 5, f: 3 },
          { recency: 5, f: 3 },
          { recency: 5, f: 3 },
        ],
        [0.49, 0.5, NaN]
      )
    ).toEqual(["atRisk", "repeat", "repeat"]);
  });

  it("gives lost above 365 days (not at 365), before atRisk", () => {
    expect(
      stagesOf([
        { recency: 366, f: 9, gap: 10, r: 5, fScore: 5 },
        { recency: 365, f: 9, gap: 10 },
      ])
    ).toEqual(["lost", "atRisk"]);
  });

  it("follows user thresholds", () => {
    const { c, scores } = setup([
      { recency: 50, f: 1 },
      { recency: 20, f: 2, gap: 5 },
    ]);
    const s = lifecycleStages(c, scores, {
      gapMultiple: 5,
      gapFloorDays: 0,
      atRiskDays: 30,
      lostDays: 40,
    });
    expect(Array.from(s, (i) => STAGES[i])).toEqual(["lost", "repeat"]);
  });
});

describe("the P(no purchase) rule (lifecycle.noPurchaseAtRisk)", () => {
  const rows: Row[] = [
    { recency: 10, f: 2 },
    { recency: 10, f: 2 },
    { recency: 10, f: 2 },
  ];
  const model = {
    pAlive: Float64Array.of(0.9, 0.2, 0.9),
    pNoPurchase: Float64Array.of(0.85, 0.5, NaN),
  };

  it("replaces P(alive) < 0.5 when set: above the threshold is at risk, NaN never", () => {
    const { c, scores } = setup(rows);
    const s = lifecycleStages(c, scores, { ...OPTS, noPurchaseAtRisk: 0.8 }, model);
    expect(Array.from(s, (i) => STAGES[i])).toEqual(["atRisk", "repeat", "repeat"]);
  });

  it("leaves the P(alive) rule in place when null", () => {
    const { c, scores } = setup(rows);
    const s = lifecycleStages(c, scores, { ...OPTS, noPurchaseAtRisk: null }, model);
    expect(Array.from(s, (i) => STAGES[i])).toEqual(["repeat", "atRisk", "repeat"]);
  });
});

describe("churnWarnings", () => {
  it("flags atRisk and lost only", () => {
    const stages = Uint8Array.from(STAGES.map((_, i) => i));
    expect(Array.from(churnWarnings(stages))).toEqual([0, 0, 0, 0, 1, 1]);
  });
});
