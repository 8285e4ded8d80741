import { segment } from "../../../src/core/segment";
import { chartSpecs } from "../../../src/excel/layout/chartSpecs";
import { safeText } from "../../../src/excel/layout/safeText";
import { EXPLANATION_COLUMN, summaryBlocks } from "../../../src/excel/layout/summaryBlocks";
import { groupExplanations } from "../../../src/core/explain";
import { readPublicCsv } from "../../../data/publicData";
import { cdnowSheet } from "../../core/pipeline/cdnowInput";

describe("summary blocks and chart specs", () => {
  const rows = readPublicCsv("rfm-r/rfm_data_orders.csv");
  const result = segment({ values: rows }, { language: "en-US", asOf: "2006-12-31" });
  const blocks = summaryBlocks(result, "en-US");

  it("has one table per summary, each row as wide as its header", () => {
    expect(blocks.map((b) => b.id)).toEqual([
      "abc",
      "segments",
      "stages",
      "clvTiers",
      "pareto",
      "rfGrid",
      "thresholds",
      // This small table has one customer far above 20% of the value.
      "dataWarnings",
    ]);
    for (const b of blocks) {
      expect(b.grid.formats).toHaveLength(b.grid.header.length);
      for (const row of b.grid.rows) expect(row).toHaveLength(b.grid.header.length);
    }
  });

  it("ends every group table with the core's one-line explanation of each group", () => {
    const lines = groupExplanations(result, "en-US");
    for (const [index, kind] of [
      [0, "abc"],
      [1, "segments"],
      [2, "stages"],
      [3, "clvTiers"],
    ] as const) {
      const grid = blocks[index].grid;
      expect(grid.header.at(-1)).toBe("What it means");
      expect(grid.names?.at(-1)).toBe(EXPLANATION_COLUMN);
      const groups = result.summary[kind];
      expect(grid.rows.map((r) => r.at(-1))).toEqual(
        groups.map((g) => safeText(lines[kind][g.key]))
      );
    }
  });

  it("carries the core's ABC summary: counts add up to the customers, shares to one", () => {
    const abc = blocks[0].grid;
    expect(abc.rows.map((r) => r[0])).toEqual(["A", "B", "C"].map(safeText));
    expect(abc.rows.reduce((s, r) => s + (r[1] as number), 0)).toBe(result.customers.n);
    expect(abc.rows.reduce((s, r) => s + (r[4] as number), 0)).toBeCloseTo(1, 6);
  });

  it("lays the R x F grid out as R5..R1 by F1..F5 with the core's counts", () => {
    const grid = blocks[5].grid;
    expect(grid.rows.map((r) => r[0])).toEqual(["R5", "R4", "R3", "R2", "R1"]);
    const total = grid.rows.reduce(
      (s, r) => s + (r.slice(1) as number[]).reduce((a, b) => a + b, 0),
      0
    );
    expect(total).toBe(result.summary.rfGrid.reduce((s, c) => s + c.count, 0));
    const cell = result.summary.rfGrid.find((c) => c.r === 4 && c.f === 2);
    expect(grid.rows[1][2]).toBe(cell?.count);
  });

  it("has a chart for every block a simple run charts, and none of the probabilistic ones", () => {
    const charted = chartSpecs("zh-CN", []).filter((spec) =>
      blocks.some((b) => b.id === spec.block)
    );
    expect(charted.map((s) => s.id)).toEqual([
      "abc",
      "pareto",
      "revenueShare",
      "segments",
      "clvTiers",
    ]);
  });

  it("points every chart at existing block columns, the probabilistic ones too", () => {
    const probabilistic = segment(cdnowSheet("19980331"), {
      language: "zh-CN",
      clv: { model: "probabilistic", probabilistic: { calibrationEnd: "1997-09-30" } },
    });
    const all = summaryBlocks(probabilistic, "zh-CN");
    // After the blocks every run has (thresholds last of them), before the data warnings.
    const shared = blocks.findIndex((b) => b.id === "thresholds") + 1;
    expect(
      all
        .map((b) => b.id)
        .slice(shared)
        .filter((id) => id !== "dataWarnings")
    ).toEqual([
      "probabilisticFit",
      "calibration",
      "pAlive",
      "modelChoice",
      "modelComparison",
      "accuracy",
      "projection",
    ]);
    for (const spec of chartSpecs("zh-CN", [])) {
      const block = all.find((b) => b.id === spec.block);
      expect(block).toBeDefined();
      const width = block?.grid.header.length ?? 0;
      // Charts name their columns: every name is a column of the block, one name per column.
      const names = block?.grid.names ?? [];
      expect(names).toHaveLength(width);
      for (const name of [spec.categoryColumn ?? names[0], ...spec.seriesColumns])
        expect(names).toContain(name);
      expect(spec.title).not.toMatch(/^chart\./);
      for (const row of block?.grid.rows ?? []) expect(row).toHaveLength(width);
    }
  });
});

describe("the summary sheet's data warnings", () => {
  it("lists an as-of date far from the data, as the pane does", () => {
    const rows = readPublicCsv("rfm-r/rfm_data_orders.csv");
    const far = segment({ values: rows }, { language: "en-US", asOf: "2016-12-31" });
    const block = summaryBlocks(far, "en-US").find((b) => b.id === "dataWarnings");
    const texts = block?.grid.rows.map((r) => String(r[0])) ?? [];
    expect(texts.some((t) => t.includes("The as-of date 2016-12-31 is 3654 days after"))).toBe(
      true
    );
    const zh = summaryBlocks(far, "zh-CN").find((b) => b.id === "dataWarnings");
    expect(zh?.grid.rows.some((r) => String(r[0]).includes("分析基准日 2016-12-31"))).toBe(true);
  });
});
