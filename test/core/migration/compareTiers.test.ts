import fc from "fast-check";
import {
  abcDirection,
  compareTiers,
  NO_SEGMENT,
  type CustomerMove,
  type FlowMatrix,
  type Migration,
  type TierSnapshot,
} from "../../../src/core/migration";
import { STAGES, type Stage } from "../../../src/core/types";
import { snapshotPairs } from "./snapshotArbitraries";

const SEGMENTS = [
  { key: "high", label: { "zh-CN": "高价值客户", "en-US": "High value" } },
  { key: "low", label: { "zh-CN": "低价值客户", "en-US": "Low value" } },
];

interface Row {
  id: string;
  abc: "A" | "B" | "C";
  segment: string | null;
  value: number;
  stage?: Stage;
  churn?: number;
  name?: string;
}

function snap(rows: Row[], asOf = "2024-03-31"): TierSnapshot {
  return {
    runAt: `${asOf}T09:00:00.000Z`,
    asOf,
    schemeId: "value-tiers",
    schemeName: { "zh-CN": "按 RFM 总分分层", "en-US": "Value tiers by RFM total" },
    segments: SEGMENTS,
    ids: rows.map((r) => r.id),
    names: rows.some((r) => r.name) ? rows.map((r) => r.name ?? null) : null,
    abc: Uint8Array.from(rows.map((r) => "ABC".indexOf(r.abc))),
    segment: Int16Array.from(
      rows.map((r) => (r.segment === null ? -1 : SEGMENTS.findIndex((s) => s.key === r.segment)))
    ),
    value: Float64Array.from(rows.map((r) => r.value)),
    churn: Uint8Array.from(rows.map((r) => r.churn ?? 0)),
    stage: Uint8Array.from(rows.map((r) => STAGES.indexOf(r.stage ?? "repeat"))),
  };
}

const ids = (moves: CustomerMove[]): string[] => moves.map((m) => m.id);

describe("abcDirection", () => {
  it("ranks A above B above C", () => {
    expect(abcDirection(2, 0)).toBe("up");
    expect(abcDirection(1, 0)).toBe("up");
    expect(abcDirection(0, 2)).toBe("down");
    expect(abcDirection(1, 1)).toBe("same");
    expect(abcDirection(null, 2)).toBe("new");
  });
});

describe("compareTiers on a hand-made quarter", () => {
  // Last quarter: a A, b A, c B, d C, e C (no purchase), f B. This quarter: f is gone, g is new,
  // c rose to A, b fell to B and is at risk, a stayed A but is lost, d stayed C, e rose to B.
  const previous = snap([
    { id: "a", abc: "A", segment: "high", value: 900 },
    { id: "b", abc: "A", segment: "high", value: 800, name: "Bo" },
    { id: "c", abc: "B", segment: "low", value: 300 },
    { id: "d", abc: "C", segment: "low", value: 50 },
    { id: "e", abc: "C", segment: null, value: 0 },
    { id: "f", abc: "B", segment: "low", value: 200, name: "Fei" },
  ]);
  const current = snap(
    [
      { id: "g", abc: "B", segment: "high", value: 400 },
      { id: "c", abc: "A", segment: "high", value: 1000 },
      { id: "b", abc: "B", segment: "low", value: 820, stage: "atRisk", churn: 1 },
      { id: "a", abc: "A", segment: "high", value: 950, stage: "lost", churn: 1 },
      { id: "d", abc: "C", segment: "low", value: 60 },
      { id: "e", abc: "B", segment: "low", value: 150 },
    ],
    "2024-06-30"
  );
  const m = compareTiers(previous, current);

  it("counts the moves", () => {
    expect(m.counts).toEqual({ up: 2, down: 1, new: 1, gone: 1, same: 2 });
  });

  it("fills the ABC matrix: rows A, B, C, new; columns A, B, C, gone", () => {
    expect(m.abc.fromKeys).toEqual(["A", "B", "C"]);
    expect(m.abc.toKeys).toEqual(["A", "B", "C"]);
    expect(m.abc.counts).toEqual([
      [1, 1, 0, 0],
      [1, 0, 0, 1],
      [0, 1, 1, 0],
      [0, 1, 0, 0],
    ]);
    expect(m.abc.valueBefore).toEqual([
      [900, 800, 0, 0],
      [300, 0, 0, 200],
      [0, 0, 50, 0],
      [0, 0, 0, 0],
    ]);
    expect(m.abc.valueNow).toEqual([
      [950, 820, 0, 0],
      [1000, 0, 0, 0],
      [0, 150, 60, 0],
      [0, 400, 0, 0],
    ]);
  });

  it("fills the segment matrix by key, with a slot for customers without a purchase", () => {
    expect(m.segments.fromKeys).toEqual(["high", "low", NO_SEGMENT]);
    expect(m.segments.toKeys).toEqual(["high", "low"]);
    expect(m.segments.counts).toEqual([
      [1, 1, 0],
      [1, 1, 1],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    expect(m.schemeChanged).toBe(false);
  });

  it("lists who moved, most value first", () => {
    expect(ids(m.upgraded)).toEqual(["c", "e"]);
    expect(ids(m.downgraded)).toEqual(["b"]);
    expect(ids(m.newCustomers)).toEqual(["g"]);
    expect(ids(m.goneCustomers)).toEqual(["f"]);
    expect(m.goneCustomers[0]).toEqual({
      id: "f",
      name: "Fei",
      from: "B",
      to: null,
      segmentFrom: "low",
      segmentTo: null,
      valueBefore: 200,
      valueNow: null,
      stageNow: null,
    });
    expect(m.upgraded[1]).toMatchObject({ from: "C", to: "B", segmentFrom: NO_SEGMENT });
  });

  it("names the former A customers now at risk or lost", () => {
    expect(ids(m.formerAChurnRisk)).toEqual(["a", "b"]);
    expect(m.formerAChurnRisk[1]).toMatchObject({ name: "Bo", stageNow: "atRisk", to: "B" });
  });

  it("lists only the newly at risk; those at risk at the last run already are a count", () => {
    const before = snap([
      { id: "a", abc: "A", segment: "high", value: 900, stage: "atRisk", churn: 1 },
      { id: "b", abc: "A", segment: "high", value: 800 },
      { id: "c", abc: "A", segment: "high", value: 700, stage: "lost", churn: 1 },
    ]);
    const after = snap(
      [
        { id: "a", abc: "A", segment: "high", value: 900, stage: "lost", churn: 1 },
        { id: "b", abc: "B", segment: "low", value: 800, stage: "atRisk", churn: 1 },
        // c bought again: no longer at risk, so neither listed nor counted.
        { id: "c", abc: "A", segment: "high", value: 750 },
      ],
      "2024-06-30"
    );
    const moved = compareTiers(before, after);
    expect(ids(moved.formerAChurnRisk)).toEqual(["b"]);
    expect(moved.formerAStillAtRisk).toBe(1);
  });

  it("says when the scheme changed", () => {
    const other = { ...current, schemeId: "four" };
    expect(compareTiers(previous, other).schemeChanged).toBe(true);
  });

  it("finds nothing moved when a run is compared with itself", () => {
    const same = compareTiers(current, current);
    expect(same.counts).toEqual({ up: 0, down: 0, new: 0, gone: 0, same: 6 });
    expect(same.upgraded.length + same.downgraded.length).toBe(0);
  });
});

// An independent computation: per-customer records in plain objects, then the counts, the
// matrices as "from|to" -> totals, and the lists, each by its definition in the brief.
const NEW = "(new)";
const GONE = "(gone)";

interface Rec {
  abc: string;
  seg: string;
  value: number;
  warned: boolean;
  name: string | null;
  stage: Stage;
}

function records(s: TierSnapshot): Record<string, Rec> {
  const out: Record<string, Rec> = {};
  s.ids.forEach((id, k) => {
    out[id] = {
      abc: "ABC"[s.abc[k]],
      seg: s.segment[k] < 0 ? NO_SEGMENT : s.segments[s.segment[k]].key,
      value: s.value[k],
      warned: s.churn[k] === 1 || s.stage[k] === 4 || s.stage[k] === 5,
      name: s.names ? s.names[k] : null,
      stage: STAGES[s.stage[k]],
    };
  });
  return out;
}

/** A cell's count and sums, with the sums of magnitudes that bound their rounding. */
type Cells = Record<
  string,
  { count: number; before: number; now: number; beforeScale?: number; nowScale?: number }
>;

function naive(previous: TierSnapshot, current: TierSnapshot) {
  const p = records(previous);
  const c = records(current);
  const all = [...new Set([...previous.ids, ...current.ids])];
  const counts = { up: 0, down: 0, new: 0, gone: 0, same: 0 };
  const abc: Cells = {};
  const seg: Cells = {};
  const lists: Record<string, string[]> = { up: [], down: [], new: [], gone: [], formerA: [] };
  let stillAtRisk = 0;
  const add = (cells: Cells, key: string, before: number, now: number) => {
    const cell = (cells[key] ??= { count: 0, before: 0, now: 0, beforeScale: 0, nowScale: 0 });
    cell.count++;
    if (Number.isFinite(before)) {
      cell.before += before;
      cell.beforeScale = (cell.beforeScale ?? 0) + Math.abs(before);
    }
    if (Number.isFinite(now)) {
      cell.now += now;
      cell.nowScale = (cell.nowScale ?? 0) + Math.abs(now);
    }
  };
  for (const id of all) {
    const was = p[id];
    const is = c[id];
    add(abc, `${was?.abc ?? NEW}|${is?.abc ?? GONE}`, was?.value ?? NaN, is?.value ?? NaN);
    add(seg, `${was?.seg ?? NEW}|${is?.seg ?? GONE}`, was?.value ?? NaN, is?.value ?? NaN);
    let kind: keyof typeof counts;
    if (!was) kind = "new";
    else if (!is) kind = "gone";
    else if (was.abc === is.abc) kind = "same";
    else kind = was.abc < is.abc ? "down" : "up"; // "A" < "B" as text: A to B is a move down
    counts[kind]++;
    if (kind !== "same") lists[kind].push(id);
    if (was?.abc === "A" && is?.warned) {
      if (was.warned) stillAtRisk++;
      else lists.formerA.push(id);
    }
  }
  return { counts, abc, seg, lists, stillAtRisk, p, c };
}

function cellsOf(f: FlowMatrix): Cells {
  const out: Cells = {};
  f.counts.forEach((row, i) =>
    row.forEach((count, j) => {
      if (count === 0) return;
      const from = i < f.fromKeys.length ? f.fromKeys[i] : NEW;
      const to = j < f.toKeys.length ? f.toKeys[j] : GONE;
      out[`${from}|${to}`] = { count, before: f.valueBefore[i][j], now: f.valueNow[i][j] };
    })
  );
  return out;
}

function expectSameCells(actual: Cells, expected: Cells): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const key of Object.keys(expected)) {
    const a = actual[key];
    const e = expected[key];
    expect(a.count).toBe(e.count);
    // Sums in another order: equal up to rounding, which is relative to the magnitudes summed
    // (a large value and its opposite cancel differently in another order).
    const close = (x: number, y: number, scale = 0) =>
      expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
    close(a.before, e.before, e.beforeScale);
    close(a.now, e.now, e.nowScale);
  }
}

function expectSortedBy(moves: CustomerMove[], field: "valueBefore" | "valueNow"): void {
  for (let i = 1; i < moves.length; i++) {
    const a = moves[i - 1][field] ?? -Infinity;
    const b = moves[i][field] ?? -Infinity;
    expect(a).toBeGreaterThanOrEqual(b);
  }
}

describe("compareTiers against an independent computation", () => {
  it("agrees on counts, matrices and lists over random pairs of runs", () => {
    fc.assert(
      fc.property(snapshotPairs, ([previous, current]) => {
        const m: Migration = compareTiers(previous, current);
        const want = naive(previous, current);
        expect(m.counts).toEqual(want.counts);
        expectSameCells(cellsOf(m.abc), want.abc);
        expectSameCells(cellsOf(m.segments), want.seg);
        const sorted = (xs: string[]) => [...xs].sort();
        expect(sorted(ids(m.upgraded))).toEqual(sorted(want.lists.up));
        expect(sorted(ids(m.downgraded))).toEqual(sorted(want.lists.down));
        expect(sorted(ids(m.newCustomers))).toEqual(sorted(want.lists.new));
        expect(sorted(ids(m.goneCustomers))).toEqual(sorted(want.lists.gone));
        expect(sorted(ids(m.formerAChurnRisk))).toEqual(sorted(want.lists.formerA));
        expect(m.formerAStillAtRisk).toBe(want.stillAtRisk);
        expectSortedBy(m.upgraded, "valueNow");
        expectSortedBy(m.downgraded, "valueBefore");
        expectSortedBy(m.newCustomers, "valueNow");
        expectSortedBy(m.goneCustomers, "valueBefore");
        expectSortedBy(m.formerAChurnRisk, "valueBefore");
      }),
      { numRuns: 300 }
    );
  });

  it("describes each listed customer by both runs", () => {
    fc.assert(
      fc.property(snapshotPairs, ([previous, current]) => {
        const m = compareTiers(previous, current);
        const { p, c } = naive(previous, current);
        const lists = [m.upgraded, m.downgraded, m.newCustomers, m.goneCustomers];
        for (const move of [...lists.flat(), ...m.formerAChurnRisk]) {
          const was = p[move.id];
          const is = c[move.id];
          const known = (r: Rec | undefined) =>
            r === undefined || !Number.isFinite(r.value) ? null : r.value;
          expect(move).toEqual({
            id: move.id,
            name: is?.name ?? was?.name ?? null,
            from: was?.abc ?? null,
            to: is?.abc ?? null,
            segmentFrom: was?.seg ?? null,
            segmentTo: is?.seg ?? null,
            valueBefore: known(was),
            valueNow: known(is),
            stageNow: is?.stage ?? null,
          });
        }
      }),
      { numRuns: 200 }
    );
  });

  it("sums each matrix's rows to the last run and its columns to this run", () => {
    fc.assert(
      fc.property(snapshotPairs, ([previous, current]) => {
        const m = compareTiers(previous, current);
        const f = m.abc;
        for (let cls = 0; cls < 3; cls++) {
          const before = previous.abc.filter((x) => x === cls).length;
          const now = current.abc.filter((x) => x === cls).length;
          expect(f.counts[cls].reduce((a, b) => a + b, 0)).toBe(before);
          expect(f.counts.reduce((a, row) => a + row[cls], 0)).toBe(now);
        }
      })
    );
  });
});
