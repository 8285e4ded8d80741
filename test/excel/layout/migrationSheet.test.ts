import { compareTiers, type Migration, type TierSnapshot } from "../../../src/core/migration";
import type { Language } from "../../../src/core/types";
import {
  migrationBlocks,
  migrationChartSpecs,
  migrationHeadline,
  migrationTitleLines,
  type MigrationBlock,
  type MigrationBlockId,
} from "../../../src/excel/layout/migrationSheet";
import { safeText } from "../../../src/excel/layout/safeText";

const LANGUAGES: Language[] = ["zh-CN", "en-US"];

const SEGMENTS = [
  { key: "high", label: { "zh-CN": "高价值客户", "en-US": "High value" } },
  { key: "low", label: { "zh-CN": "=低价值", "en-US": "=Low" } },
];

function snap(
  ids: string[],
  abc: number[],
  segment: number[],
  value: number[],
  stage: number[],
  names: (string | null)[] | null = null
): TierSnapshot {
  return {
    runAt: "t",
    asOf: "2024-03-31",
    schemeId: "four",
    schemeName: { "zh-CN": "四类客户", "en-US": "Four segments" },
    segments: SEGMENTS,
    ids,
    names,
    abc: Uint8Array.from(abc),
    segment: Int16Array.from(segment),
    value: Float64Array.from(value),
    churn: Uint8Array.from(stage.map((s) => (s >= 4 ? 1 : 0))),
    stage: Uint8Array.from(stage),
  };
}

// x: A to B (down) and at risk; y: C to A (up); z: gone; w: new; v: no purchase, C to C.
const previous = snap(
  ["x", "y", "z", "v"],
  [0, 2, 1, 2],
  [0, 1, 1, -1],
  [500, 20, 80, 0],
  [2, 1, 2, 0],
  [null, null, "Zed", null]
);
const current = {
  ...snap(
    ["=HYPERLINK(1)", "y", "x", "v"],
    [1, 0, 1, 2],
    [0, 0, 1, -1],
    [90, 700, 450.25, 0],
    [1, 3, 4, 0]
  ),
  asOf: "2024-06-30",
};
const m = compareTiers(previous, current);

const byId = (blocks: MigrationBlock[], id: MigrationBlockId): MigrationBlock => {
  const block = blocks.find((b) => b.id === id);
  if (!block) throw new Error(`no block ${id}`);
  return block;
};

describe("migration sheet blocks", () => {
  it("has every block, each row as wide as its header, titles translated", () => {
    for (const language of LANGUAGES) {
      const blocks = migrationBlocks(m, language);
      expect(blocks.map((b) => b.id)).toEqual([
        "migrationHeadline",
        "migrationAbcCounts",
        "migrationAbcMovers",
        "migrationAbcValueBefore",
        "migrationAbcValueNow",
        "migrationSegmentCounts",
        "migrationSegmentValueBefore",
        "migrationSegmentValueNow",
        "migrationUpgraded",
        "migrationDowngraded",
        "migrationNew",
        "migrationGone",
        "migrationFormerAChurnRisk",
      ]);
      for (const b of blocks) {
        expect(b.title).not.toMatch(/^migration\./);
        expect(b.grid.formats).toHaveLength(b.grid.header.length);
        for (const h of b.grid.header) expect(h).not.toMatch(/^(migration|col|stage)\./);
        for (const row of b.grid.rows) expect(row).toHaveLength(b.grid.header.length);
        const headers = b.grid.header.map((h) => h.replace(/^'/, "").toLowerCase());
        expect(new Set(headers).size).toBe(headers.length);
      }
    }
  });

  it("shows the headline counts", () => {
    const grid = byId(migrationBlocks(m, "en-US"), "migrationHeadline").grid;
    expect(grid.header).toEqual(["Moved up", "Moved down", "Same class", "New", "Gone"]);
    expect(grid.rows).toEqual([[1, 1, 1, 1, 1]]);
  });

  it("lays the ABC counts out as last run (rows) by now (columns), gone and total last", () => {
    const grid = byId(migrationBlocks(m, "en-US"), "migrationAbcCounts").grid;
    expect(grid.header).toEqual(["Last run \\ Now", "A", "B", "C", "Gone", "Total"]);
    expect(grid.rows).toEqual([
      ["A", 0, 1, 0, 0, 1],
      ["B", 0, 0, 0, 1, 1],
      ["C", 1, 0, 1, 0, 2],
      ["New", 0, 1, 0, 0, 1],
    ]);
    expect(grid.formats).toEqual(["general", ...new Array(5).fill("integer")]);
  });

  it("leaves value cells blank where no value can be: new at the last run, gone now", () => {
    const blocks = migrationBlocks(m, "en-US");
    const before = byId(blocks, "migrationAbcValueBefore").grid.rows;
    expect(before[3].slice(1)).toEqual(["", "", "", "", ""]);
    expect(before[0]).toEqual(["A", 0, 500, 0, 0, 500]);
    expect(before[1]).toEqual(["B", 0, 0, 0, 80, 80]);
    const now = byId(blocks, "migrationAbcValueNow").grid.rows;
    expect(now.map((r) => r[4])).toEqual(["", "", "", ""]);
    expect(now[0]).toEqual(["A", 0, 450.25, 0, "", 450.25]);
    expect(now[3]).toEqual(["New", 0, 90, 0, "", 90]);
  });

  it("labels segments in the display language, safely, with a row for no purchase", () => {
    const zh = byId(migrationBlocks(m, "zh-CN"), "migrationSegmentCounts").grid;
    const high = safeText("高价值客户");
    const low = safeText("=低价值");
    expect(zh.header).toEqual(["上次 \\ 本次", high, low, "无购买", "退出", "合计"]);
    expect(zh.rows.map((r) => r[0])).toEqual([high, low, "无购买", "新增"]);
    const en = byId(migrationBlocks(m, "en-US"), "migrationSegmentCounts").grid;
    expect(en.header[2]).toBe(safeText("=Low"));
  });

  it("lists customers with their moves, user text kept as text", () => {
    const blocks = migrationBlocks(m, "en-US");
    const up = byId(blocks, "migrationUpgraded").grid;
    expect(up.header).toEqual([
      "Customer",
      "Customer name",
      "ABC last run",
      "ABC now",
      "Segment last run",
      "Segment now",
      "Value last run",
      "Value now",
    ]);
    expect(up.rows).toEqual([
      [safeText("y"), "", "C", "A", safeText("=Low"), safeText("High value"), 20, 700],
    ]);
    const added = byId(blocks, "migrationNew").grid;
    expect(added.rows[0][0]).toBe(safeText("=HYPERLINK(1)"));
    expect(added.rows[0].at(-1)).toBe("New");
    const gone = byId(blocks, "migrationGone").grid;
    expect(gone.rows).toEqual([[safeText("z"), safeText("Zed"), "B", safeText("=Low"), 80]]);
    const risk = byId(migrationBlocks(m, "zh-CN"), "migrationFormerAChurnRisk").grid;
    expect(risk.rows).toHaveLength(1);
    expect(risk.rows[0][0]).toBe(safeText("x"));
    expect(risk.rows[0].at(-1)).toBe("流失预警");
  });

  it("drops the name column when neither run has names", () => {
    const unnamed = compareTiers({ ...previous, names: null }, current);
    const up = byId(migrationBlocks(unnamed, "en-US"), "migrationUpgraded").grid;
    expect(up.header).not.toContain("Customer name");
    expect(up.rows[0]).toHaveLength(up.header.length);
  });

  it("keeps headers distinct when a segment is called like one of ours", () => {
    const clash = [
      { key: "high", label: { "zh-CN": "合计", "en-US": "Total" } },
      { key: "low", label: { "zh-CN": "合计", "en-US": "total" } },
    ];
    const mm = compareTiers({ ...previous, segments: clash }, { ...current, segments: clash });
    const header = byId(migrationBlocks(mm, "en-US"), "migrationSegmentCounts").grid.header;
    const plain = header.map((h) => h.replace(/^'/, "").toLowerCase());
    expect(new Set(plain).size).toBe(header.length);
    expect(header.at(-1)).toMatch(/^Total \(\d\)$/);
  });
});

describe("migration headline and title", () => {
  const counts = (up: number, down: number, added: number, gone: number): Migration => ({
    ...m,
    counts: { up, down, new: added, gone, same: 0 },
  });

  it("reads as the pane shows it", () => {
    expect(migrationHeadline(counts(37, 52, 12, 9), "en-US")).toBe(
      "37 customers moved up, 52 down, 12 new, 9 gone"
    );
    expect(migrationHeadline(counts(1, 0, 0, 2), "en-US")).toBe(
      "1 customer moved up, 0 down, 0 new, 2 gone"
    );
    expect(migrationHeadline(counts(37, 52, 12, 9), "zh-CN")).toBe(
      "37 位客户升级，52 位降级，新增 12 位，退出 9 位"
    );
  });

  it("names both as-of dates, and warns when the scheme changed", () => {
    expect(migrationTitleLines(m, "en-US")).toEqual([
      "Tier migration from 2024-03-31 to 2024-06-30: 1 customer moved up, 1 down, 1 new, 1 gone",
    ]);
    const other = {
      ...current,
      schemeId: "named",
      schemeName: { "zh-CN": "命名细分", "en-US": "Named segments" },
    };
    const lines = migrationTitleLines(compareTiers(previous, other), "en-US");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("(Four segments to Named segments)");
  });
});

describe("migration chart", () => {
  it("stacks last run's classes by where they are now, from the count matrix", () => {
    for (const language of LANGUAGES) {
      const blocks = migrationBlocks(m, language);
      const [spec] = migrationChartSpecs(m, language);
      expect(spec.type).toBe("ColumnStacked");
      const block = byId(blocks, spec.block);
      const header = block.grid.header;
      const names = block.grid.names ?? [];
      expect(spec.categoryColumn).toBe(names[0]);
      // Series: the current classes A, B, C and gone; never the total column.
      expect(spec.seriesColumns.map((c) => header[names.indexOf(c)])).toEqual([
        "A",
        "B",
        "C",
        language === "zh-CN" ? "退出" : "Gone",
      ]);
      expect(spec.colors).toHaveLength(spec.seriesColumns.length);
      expect(spec.title).not.toMatch(/^migration\./);
    }
  });

  it("draws the movers only: stays are blank in its matrix, and the title counts them", () => {
    const counts = m.abc.counts;
    let stayed = 0;
    for (let i = 0; i < 3; i++) stayed += counts[i][i];
    expect(stayed).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const [spec] = migrationChartSpecs(m, language);
      expect(spec.block).toBe("migrationAbcMovers");
      expect(spec.title).toContain(String(stayed));
      const movers = byId(migrationBlocks(m, language), spec.block).grid;
      const all = byId(migrationBlocks(m, language), "migrationAbcCounts").grid;
      movers.rows.forEach((row, i) => {
        row.slice(1, -1).forEach((cell, j) => {
          // A class to itself is a stay (blank); every other cell is the count matrix's.
          expect(cell).toBe(i === j && i < 3 ? "" : all.rows[i][j + 1]);
        });
        const moved = counts[i].reduce((a, n, j) => a + (i === j && i < 3 ? 0 : n), 0);
        expect(row[row.length - 1]).toBe(moved);
      });
    }
  });
});
