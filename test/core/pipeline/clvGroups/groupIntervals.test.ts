// CLV intervals with CLV by group (method.md section 4): a customer's draws are around the fit
// their CLV comes from (their group's own, or the pooled one for a group too small to fit), the
// same seed rule gives the same figures every run, and all customers are re-tiered together.
import { clvAnalysis, type ClvAnalysis } from "../../../../src/core/pipeline/clvAnalysis";
import { groupSeed } from "../../../../src/core/pipeline/clvGroups/groupIntervals";
import { INTERVAL_SEED } from "../../../../src/core/pipeline/clvIntervalsOf";
import { NO_CLV_TIER } from "../../../../src/core/clv/clvTiers";
import type { CellValue, SheetInput } from "../../../../src/core/types";
import { cdnowSheet } from "../cdnowInput";

const AS_OF = "1997-09-30";
const DRAWS = 40;

/** CDNOW customers 1-40 "phone" (too few to fit), the rest "web" (odd id) or "store" (even). */
function withChannel(sheet: SheetInput): SheetInput {
  const [header, ...rows] = sheet.values;
  const channel = (id: number) => (id <= 40 ? "phone" : id % 2 === 1 ? "web" : "store");
  const values: CellValue[][] = [[...header, "Channel"]];
  for (const row of rows) values.push([...row, channel(Number(row[0]))]);
  return { values };
}

const run = (input: SheetInput, groupBy: "none" | "column"): ClvAnalysis =>
  clvAnalysis(input, {
    asOf: AS_OF,
    clv: { probabilistic: { groupBy, intervalDraws: DRAWS } },
  });

/** |a - b| relative to b: the pooled draws on a subset interpolate at the subset's own T nodes. */
const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-9);

describe("CLV intervals with one fit per group", () => {
  const input = withChannel(cdnowSheet("19970930"));
  const grouped = run(input, "column");
  const pooled = run(input, "none");
  const g = grouped.probabilistic;
  const iv = g.intervals;
  if (iv === null) throw new Error(`no intervals: ${JSON.stringify(grouped.warnings)}`);
  const channelOf = (k: number) => {
    const id = Number(grouped.ids[k]);
    return id <= 40 ? "phone" : id % 2 === 1 ? "web" : "store";
  };
  const customers = grouped.ids.map((_, k) => k).filter((k) => Number.isFinite(g.clv[k]));

  it("gives every customer with a CLV an ordered interval and a tier confidence", () => {
    expect(g.groups?.groups.map((x) => [x.label, x.fallback?.code ?? "own"])).toEqual([
      ["phone", "tooSmall"],
      ["store", "own"],
      ["web", "own"],
    ]);
    expect(grouped.warnings.map((w) => w.code)).not.toContain("clvGroupIntervalsLeftOut");
    for (const k of customers) {
      expect(iv.p10[k]).toBeLessThanOrEqual(iv.p50[k]);
      expect(iv.p50[k]).toBeLessThanOrEqual(iv.p90[k]);
      expect(iv.tier[k]).toBe(g.clvTier[k]);
      if (iv.tier[k] !== NO_CLV_TIER) {
        expect(iv.tierConfidence[k]).toBeGreaterThanOrEqual(0);
        expect(iv.tierConfidence[k]).toBeLessThanOrEqual(1);
      }
    }
    expect(iv.draws).toBe(DRAWS);
    expect(iv.seed).toBe(INTERVAL_SEED);
  });

  it("draws a pooled group's customers around the pooled fit, as an ungrouped run does", () => {
    const ref = pooled.probabilistic.intervals;
    if (ref === null) throw new Error("no pooled intervals");
    const phone = customers.filter((k) => channelOf(k) === "phone");
    expect(phone.length).toBeGreaterThan(10);
    for (const k of phone) {
      expect(g.clv[k]).toBe(pooled.probabilistic.clv[k]);
      expect(relative(iv.p10[k], ref.p10[k])).toBeLessThan(1e-5);
      expect(relative(iv.p90[k], ref.p90[k])).toBeLessThan(1e-5);
    }
  });

  it("draws an own-fit group's customers around their group's fit, not the pooled one", () => {
    const ref = pooled.probabilistic.intervals;
    if (ref === null) throw new Error("no pooled intervals");
    const web = customers.filter((k) => channelOf(k) === "web" && g.clv[k] > 1);
    // The group's own CLV sits inside its own interval; the pooled interval is another one.
    const inside = web.filter((k) => iv.p10[k] <= g.clv[k] && g.clv[k] <= iv.p90[k]);
    expect(inside.length / web.length).toBeGreaterThan(0.9);
    const moved = web.filter((k) => relative(iv.p50[k], ref.p50[k]) > 1e-3);
    expect(moved.length / web.length).toBeGreaterThan(0.9);
  });

  it("re-tiers all customers together: the tiers' counts and totals are the run's", () => {
    for (const t of iv.tiers) {
      const members = customers.filter((k) => g.clvTier[k] === iv.tiers.indexOf(t));
      expect(t.customers).toBe(members.length);
      const total = members.reduce((sum, k) => sum + g.clv[k], 0);
      expect(relative(t.total, total)).toBeLessThan(1e-9);
      expect(t.p10).toBeLessThanOrEqual(t.p90);
    }
  });

  it("gives the same figures to the bit when no customer keeps their draws (past KEEP_BYTES)", () => {
    // The groups drawn side by side, each computing every customer's draws again for the
    // quantiles: the same as keeping them all (this run's 2,357 customers fit in KEEP_BYTES).
    let recomputed: ClvAnalysis | null = null;
    jest.isolateModules(() => {
      jest.doMock("../../../../src/core/probabilistic/intervals/clvIntervals", () => ({
        ...jest.requireActual<object>("../../../../src/core/probabilistic/intervals/clvIntervals"),
        KEEP_BYTES: 0,
      }));
      const isolated = jest.requireActual<{ clvAnalysis: typeof clvAnalysis }>(
        "../../../../src/core/pipeline/clvAnalysis"
      );
      recomputed = isolated.clvAnalysis(input, {
        asOf: AS_OF,
        clv: { probabilistic: { groupBy: "column", intervalDraws: DRAWS } },
      });
    });
    const other = (recomputed as ClvAnalysis | null)?.probabilistic.intervals;
    if (!other) throw new Error("no intervals");
    const bits = (a: Float64Array) =>
      Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length * 2));
    expect(bits(other.p10)).toEqual(bits(iv.p10));
    expect(bits(other.p50)).toEqual(bits(iv.p50));
    expect(bits(other.p90)).toEqual(bits(iv.p90));
    expect(bits(other.tierConfidence)).toEqual(bits(iv.tierConfidence));
    expect(other.tiers).toEqual(iv.tiers);
  });

  it("is the same every run (the seed rule), and a group's seed follows its label", () => {
    const again = run(input, "column").probabilistic.intervals;
    expect(Array.from(again?.p50 ?? [])).toEqual(Array.from(iv.p50));
    expect(Array.from(again?.tierConfidence ?? [])).toEqual(Array.from(iv.tierConfidence));
    expect(groupSeed("web")).toBe(groupSeed("web"));
    expect(groupSeed("web")).not.toBe(groupSeed("store"));
    expect(groupSeed("web")).not.toBe(INTERVAL_SEED);
  });
});
