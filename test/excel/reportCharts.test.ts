// The summary sheet's charts as an analyst would put them in a report (issue 16): segment bars in
// the table's order without empty segments, legends in the colours of what they name, the Pareto
// curve without a marker per point and its 80% point marked, the doughnut's percentages, and small
// values that stay readable next to one huge one. Asserted on the in-memory workbook's charts.
import { generateTransactions } from "../../data/generate/generateTransactions";
import { type SchemeId, SHARE_FORMAT, shareText } from "../../src/core";
import type { ChartData, InMemoryWorkbook } from "../../src/excelDouble";
import { chartSvg } from "../../src/preview/charts/svgChart";
import type { SvgNode } from "../../src/preview/charts/svgNode";
import { type Cell, run, workbookWith, ZH_FORMATS, ZH_TRANSACTIONS } from "./workbookFixtures";

const SUMMARY = "分级汇总";
const chart = (wb: InMemoryWorkbook, id: string): ChartData => wb.chartData(SUMMARY, `CT_m1_${id}`);

/** A table's rows below its header, as the sheet holds them. */
function tableRows(wb: InMemoryWorkbook, name: string): Cell[][] {
  const snap = wb.toSnapshot();
  const table = snap.tables.find((t) => t.name === name);
  const sheet = snap.sheets.find((s) => s.id === table?.sheetId);
  if (!table || !sheet) throw new Error(`no table ${name}`);
  return wb.getValues(`${sheet.name}!${table.address}`).slice(1) as Cell[][];
}

async function segmented(
  values: Cell[][],
  formats?: string[][],
  scheme: SchemeId = "named"
): Promise<InMemoryWorkbook> {
  const wb = workbookWith("订单", values, formats);
  const outcome = await run(wb, { options: { language: "zh-CN", scheme } });
  if (outcome.status !== "written") throw new Error(outcome.status);
  return wb;
}

/** Generated orders, plus one customer worth a thousand times everyone else together. */
function withOneGiant(): { values: Cell[][]; formats: string[][] } {
  const sheet = generateTransactions(2000, 16);
  const values = sheet.values as Cell[][];
  const total = values.slice(1).reduce((sum, row) => sum + Number(row[4]), 0);
  const last = values[values.length - 1];
  values.push(["GIANT", "巨头公司", last[2], "SO99999999", Math.round(total * 1000)]);
  return { values, formats: [...sheet.numberFormats, sheet.numberFormats[1]] };
}

const byRole = (nodes: SvgNode[], role: string): SvgNode[] => nodes.filter((n) => n.role === role);

describe("segment bars", () => {
  let wb: InMemoryWorkbook;
  beforeAll(async () => {
    wb = await segmented(ZH_TRANSACTIONS, ZH_FORMATS);
  });

  it("draw the table's segments with customers, in the table's order, and no empty one", () => {
    const rows = tableRows(wb, "CT_m1_segments");
    const empty = rows.filter((r) => r[1] === 0);
    expect(empty.length).toBeGreaterThan(0); // seven customers cannot fill eleven segments
    // The table: segments with customers first, then the empty ones.
    const firstEmpty = rows.findIndex((r) => r[1] === 0);
    expect(rows.slice(firstEmpty).every((r) => r[1] === 0)).toBe(true);
    const data = chart(wb, "segments");
    const drawn = rows.filter((r) => Number(r[1]) > 0).map((r) => String(r[0]));
    for (const s of data.series) expect(s.categories).toEqual(drawn);
    expect(data.series[0].values).toEqual(rows.slice(0, drawn.length).map((r) => r[2]));
  });

  it("read top to bottom as the table does: the category axis is reversed, its value axis below", () => {
    const data = chart(wb, "segments");
    expect(data.type).toBe("BarClustered");
    expect(data.categoryAxis.reversePlotOrder).toBe(true);
    expect(data.categoryAxis.position).toBe("Maximum");
    // As drawn: each category's label lower than the one before.
    const labels = byRole(chartSvg(data).nodes, "tick").filter((n) =>
      data.series[0].categories.includes(String(n.text))
    );
    const ys = data.series[0].categories.map((c) =>
      Number(labels.find((n) => n.text === c)?.attrs.y)
    );
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeGreaterThan(ys[i - 1]);
  });
});

describe("legends in the colours of what they name", () => {
  let wb: InMemoryWorkbook;
  beforeAll(async () => {
    wb = await segmented(ZH_TRANSACTIONS, ZH_FORMATS);
  });

  it("every series and point of every chart has its colour set, and a legend shows only colours drawn", () => {
    const names = wb.toSnapshot().charts.map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      const data = wb.chartData(SUMMARY, name);
      const round = data.type === "Doughnut" || data.type === "Pie";
      for (const s of data.series) {
        const own = /^XYScatter|^Line/.test(s.chartType) ? s.lineColor : s.color;
        const points = s.pointColors.slice(0, s.values.length);
        if (round) {
          // A round chart's legend lists its points: each has its own colour.
          expect(points.every((c) => c !== null)).toBe(true);
        } else if (data.legend.visible) {
          // The legend shows the series' colour: every bar of it is in that colour.
          expect(own).not.toBeNull();
          expect(points.every((c) => c === null || c === own)).toBe(true);
        } else {
          // Coloured point by point: no legend, whose one entry could match none of them.
          expect(points.every((c) => c !== null)).toBe(true);
        }
      }
    }
    expect(chart(wb, "clvTiers").legend.visible).toBe(false);
  });

  it("as drawn, each legend swatch has the colour of its series' bars", () => {
    const data = chart(wb, "abc");
    const nodes = chartSvg(data).nodes;
    const swatches = byRole(nodes, "legend").filter((n) => n.tag === "rect");
    const fills = new Set(byRole(nodes, "bar").map((n) => n.attrs.fill));
    expect(swatches.map((n) => n.attrs.fill)).toEqual(data.series.map((s) => s.color));
    expect(fills).toEqual(new Set(data.series.map((s) => s.color)));
  });
});

describe("the Pareto curve", () => {
  let wb: InMemoryWorkbook;
  let data: ChartData;
  beforeAll(async () => {
    const { values, formats } = withOneGiant();
    values.pop(); // an ordinary spread of customers here
    formats.pop();
    wb = await segmented(values, formats);
    data = chart(wb, "pareto");
  });

  it("has no marker on its points, nor on the 80% and 95% lines", () => {
    const [curve, ...rest] = data.series;
    expect(curve.values.length).toBeGreaterThan(100);
    expect(curve.marker.style).toBe("None");
    for (const line of rest.slice(0, 2)) expect(line.marker.style).toBe("None");
    const nodes = chartSvg(data, { xAxis: { numberFormat: "0%", minimum: null, maximum: 1 } });
    expect(byRole(nodes.nodes, "point")).toHaveLength(1);
  });

  it("names the value and the customers with the table's words, legend and axes alike", () => {
    const table = wb.toSnapshot().tables.find((t) => t.name === "CT_m1_pareto");
    const sheet = wb.toSnapshot().sheets.find((s) => s.id === table?.sheetId);
    const header = wb.getValues(`${sheet?.name}!${table?.address}`)[0];
    expect(header.slice(0, 2)).toEqual(["累计客户占比", "累计金额占比"]);
    expect(data.categoryAxis.title).toBe(header[0]);
    expect(data.valueAxis.title).toBe(header[1]);
    expect(data.series[0].name).toBe(header[1]);
    // The other charts of the value speak of 金额 as the tables do, never of 收入.
    const titles = ["abc", "revenueShare", "segments"].map((id) => chart(wb, id).title.text);
    for (const title of titles) expect(title).toMatch(/金额/);
    expect(titles.join()).not.toMatch(/收入/);
  });

  it("marks the first point where the value reaches 80%, as one marker without a line", () => {
    const curve = data.series[0];
    const mark = data.series[3];
    const at = mark.values.flatMap((v, i) => (v === null ? [] : [i]));
    expect(at).toHaveLength(1);
    const i = at[0];
    expect(mark.values[i]).toBe(curve.values[i]);
    expect(curve.values[i]).toBeGreaterThanOrEqual(0.8);
    expect(curve.values[i - 1]).toBeLessThan(0.8);
    expect(mark.categories[i]).toBe(curve.categories[i]);
    expect(mark.marker.style).toBe("Circle");
    expect(mark.lineStyle).toBe("None");
    expect(mark.marker.background).toBe(mark.lineColor);
    // The title says where: "帕累托曲线：21.3% 的客户贡献 80% 的金额".
    const share = `${(Number(curve.categories[i]) * 100).toFixed(1)}%`;
    expect(data.title.text).toBe(`帕累托曲线：${share} 的客户贡献 80% 的金额`);
  });
});

describe("labels", () => {
  it("the doughnut shows each class's percentage of the value", async () => {
    const wb = await segmented(ZH_TRANSACTIONS, ZH_FORMATS);
    const data = chart(wb, "revenueShare");
    expect(data.series[0].dataLabels).toEqual(
      expect.objectContaining({ showPercentage: true, showValue: false, showCategoryName: false })
    );
    const values = data.series[0].values.map((v) => Math.max(0, v ?? 0));
    const total = values.reduce((a, b) => a + b, 0);
    // Each label readable on its slice: white on A's dark green, dark grey on B's and C's.
    expect(data.series[0].labelColors).toEqual(["#FFFFFF", "#404040", "#404040"]);
    const shown = byRole(chartSvg(data).nodes, "data-label").map((n) => n.text);
    // The percentages in the shares' format, one decimal, as the tables and the pane show them.
    expect(data.series[0].dataLabels?.numberFormat).toBe(SHARE_FORMAT);
    const expected = values.filter((v) => v > 0).map((v) => shareText(v / total));
    expect(shown).toEqual(expected);
    expect(shown.every((text) => /^\d+\.\d%$/.test(text ?? ""))).toBe(true);
  });

  it("a segment with a sliver of the value next to one huge customer still reads, to a tenth of a percent", async () => {
    const { values, formats } = withOneGiant();
    const wb = await segmented(values, formats, "eight");
    const data = chart(wb, "segments");
    const shares = data.series[1].values.map((v) => v ?? 0);
    expect(Math.max(...shares)).toBeGreaterThan(0.99);
    expect(shares.filter((v) => v < 0.001).length).toBeGreaterThan(0);
    for (const s of data.series) expect(s.dataLabels?.numberFormat).toBe(SHARE_FORMAT);
    // Every bar has its label, the hairlines too.
    const labels = byRole(chartSvg(data).nodes, "data-label").map((n) => n.text);
    expect(labels).toHaveLength(data.series.length * shares.length);
    const small = shares.find((v) => v > 0 && v < 0.001) ?? 0;
    expect(labels).toContain(shareText(small));
    // A hairline above 0 that would round to 0.0% reads "<0.1%", never "0.0%".
    const hairline = shares.find((v) => v > 0 && v < 0.0005);
    expect(hairline).toBeDefined();
    expect(labels).toContain("<0.1%");
    // "0.0%" only where there is nothing above 0 to show (a segment's returns may make it -0.0%).
    const roundToNothing = (v: number | null): boolean => (v ?? 0) <= 0 && (v ?? 0) > -0.0005;
    expect(labels.filter((l) => l === "0.0%")).toHaveLength(
      data.series.reduce((n, s) => n + s.values.filter(roundToNothing).length, 0)
    );
    const clv = chart(wb, "clvTiers");
    expect(clv.series[0].dataLabels).toEqual(
      expect.objectContaining({ showValue: true, numberFormat: "#,##0" })
    );
    // The giant's tier has a mean CLV hundreds of times the others': a log axis, and it says so.
    const means = clv.series[0].values.map(Number);
    expect(Math.max(...means)).toBeGreaterThan(100 * Math.min(...means));
    expect(clv.valueAxis.logBase).toBe(10);
    expect(clv.valueAxis.title).toBe("平均 CLV（对数刻度）");
  });

  it("CLV tiers within a hundredfold of each other keep a linear axis", async () => {
    const wb = await segmented(ZH_TRANSACTIONS, ZH_FORMATS);
    const clv = chart(wb, "clvTiers");
    const means = clv.series[0].values.map(Number);
    expect(Math.max(...means)).toBeLessThan(100 * Math.min(...means));
    expect(clv.valueAxis.logBase).toBeNull();
    expect(clv.valueAxis.title).toBe("平均 CLV");
  });
});
