// Chart geometry from chart data: what a user sees must follow the numbers.
import type { ChartData, ChartSeriesData } from "../../src/excelDouble";
import { chartSvg } from "../../src/preview/charts/svgChart";
import { sliceAngles, slicePath } from "../../src/preview/charts/round";
import { valueScale } from "../../src/preview/charts/valueScale";
import type { SvgNode } from "../../src/preview/charts/svgNode";

function series(
  name: string,
  values: (number | null)[],
  extra: Partial<ChartSeriesData> = {}
): ChartSeriesData {
  return {
    name,
    chartType: "ColumnClustered",
    axisGroup: "Primary",
    hasDataLabels: false,
    categories: values.map((_, i) => ["A", "B", "C", "D"][i] ?? String(i)),
    values,
    color: null,
    pointColors: values.map(() => null),
    lineColor: null,
    lineStyle: null,
    marker: { style: "Automatic", size: 5 },
    dataLabels: null,
    labelColors: values.map(() => null),
    ...extra,
  };
}

function chart(type: string, list: ChartSeriesData[], extra: Partial<ChartData> = {}): ChartData {
  return {
    name: "Chart 1",
    type,
    title: { text: "ABC", visible: true },
    legend: { position: "Right", visible: true },
    valueAxis: { title: "Share", numberFormat: "0%", minimum: null, maximum: null, logBase: null },
    categoryAxis: { title: null, reversePlotOrder: false, position: "Automatic" },
    top: 0,
    left: 0,
    width: 360,
    height: 216,
    series: list.map((s) => ({ ...s, chartType: type })),
    ...extra,
  };
}

const byRole = (nodes: SvgNode[], role: string): SvgNode[] => nodes.filter((n) => n.role === role);
const num = (node: SvgNode, attr: string): number => Number(node.attrs[attr]);

describe("value axis", () => {
  test("starts at 0 and ends on a round number above the data", () => {
    const scale = valueScale([0.2, 0.65, 0.15], null, null);
    expect(scale.min).toBe(0);
    expect(scale.max).toBeGreaterThanOrEqual(0.65);
    expect(scale.max).toBeLessThanOrEqual(1);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.ticks[scale.ticks.length - 1]).toBe(scale.max);
  });

  test("a fixed maximum is kept", () => {
    expect(valueScale([0.3], null, 1).max).toBe(1);
  });
});

describe("columns and bars", () => {
  test("column heights are proportional to the values and share one baseline", () => {
    const svg = chartSvg(chart("ColumnClustered", [series("Customers", [0.2, 0.3, 0.5])]));
    const bars = byRole(svg.nodes, "bar");
    expect(bars).toHaveLength(3);
    const heights = bars.map((b) => num(b, "height"));
    expect(heights[1] / heights[0]).toBeCloseTo(1.5, 6);
    expect(heights[2] / heights[0]).toBeCloseTo(2.5, 6);
    const bottoms = bars.map((b) => num(b, "y") + num(b, "height"));
    expect(new Set(bottoms.map((b) => b.toFixed(6))).size).toBe(1);
    // Left to right in category order.
    expect(num(bars[0], "x")).toBeLessThan(num(bars[1], "x"));
  });

  test("two series are clustered side by side with their own colours", () => {
    const svg = chartSvg(
      chart("ColumnClustered", [
        series("Customers", [0.2, 0.3], { color: "#1F4E79" }),
        series("Revenue", [0.6, 0.4], { color: "#C00000" }),
      ])
    );
    const bars = byRole(svg.nodes, "bar");
    expect(bars.map((b) => b.attrs.fill)).toEqual(["#1F4E79", "#1F4E79", "#C00000", "#C00000"]);
    expect(num(bars[0], "x") + num(bars[0], "width")).toBeCloseTo(num(bars[2], "x"), 6);
    expect(
      byRole(svg.nodes, "legend")
        .filter((n) => n.tag === "text")
        .map((n) => n.text)
    ).toEqual(["Customers", "Revenue"]);
  });

  test("point colours override the series colour", () => {
    const svg = chartSvg(
      chart("ColumnClustered", [
        series("CLV", [3, 2, 1], { pointColors: ["#111111", null, "#333333"] }),
      ])
    );
    expect(byRole(svg.nodes, "bar").map((b) => b.attrs.fill)).toEqual([
      "#111111",
      "#4472C4",
      "#333333",
    ]);
  });

  test("horizontal bars: widths proportional, first category at the bottom", () => {
    const svg = chartSvg(chart("BarClustered", [series("Share", [0.1, 0.4])]));
    const bars = byRole(svg.nodes, "bar");
    expect(num(bars[1], "width") / num(bars[0], "width")).toBeCloseTo(4, 6);
    expect(num(bars[0], "y")).toBeGreaterThan(num(bars[1], "y"));
  });

  test("a negative value on an axis fixed at 0 draws no bar below the axis", () => {
    const data = chart("BarClustered", [series("Share", [0.5, -0.2])], {
      valueAxis: { title: "Share", numberFormat: "0%", minimum: 0, maximum: null, logBase: null },
    });
    const svg = chartSvg(data);
    const bars = byRole(svg.nodes, "bar");
    const ticks = byRole(svg.nodes, "tick").map((n) => n.text);
    expect(ticks).not.toContain("-20%");
    expect(num(bars[1], "width")).toBe(0);
    expect(Math.min(...bars.map((b) => num(b, "x")))).toBe(num(bars[1], "x"));
    expect(num(bars[0], "x")).toBe(num(bars[1], "x"));
  });

  test("title, axis title and percent tick labels are drawn", () => {
    const svg = chartSvg(chart("ColumnClustered", [series("S", [0.5])]));
    expect(byRole(svg.nodes, "title")[0].text).toBe("ABC");
    expect(byRole(svg.nodes, "axis-title").map((n) => n.text)).toEqual(["Share"]);
    expect(byRole(svg.nodes, "tick").map((n) => n.text)).toContain("50%");
    expect(svg.width).toBeCloseTo(480, 6);
    expect(svg.height).toBeCloseTo(288, 6);
  });
});

describe("doughnut and pie", () => {
  test("slice angles sum to 360 and follow the values; blanks and zeros get no slice", () => {
    const angles = sliceAngles([50, null, 30, 0, 20]);
    expect(angles.map((a) => a.point)).toEqual([0, 2, 4]);
    expect(angles.reduce((sum, a) => sum + a.sweep, 0)).toBeCloseTo(360, 9);
    expect(angles.map((a) => a.sweep)).toEqual([180, 108, 72]);
    expect(angles[1].start).toBeCloseTo(180, 9);
  });

  test("one path per slice, coloured by point, with a hole for a doughnut", () => {
    const data = chart("Doughnut", [
      series("Revenue", [0.7, 0.2, 0.1], { pointColors: ["#C00000", "#ED7D31", "#A5A5A5"] }),
    ]);
    const slices = byRole(chartSvg(data).nodes, "slice");
    expect(slices.map((s) => s.attrs.fill)).toEqual(["#C00000", "#ED7D31", "#A5A5A5"]);
    // Two arcs (outer and inner) per doughnut slice, one for a pie slice.
    expect(String(slices[0].attrs.d).match(/A/g)).toHaveLength(2);
    const pie = byRole(chartSvg({ ...data, type: "Pie" }).nodes, "slice");
    expect(String(pie[0].attrs.d).match(/A/g)).toHaveLength(1);
    const legend = byRole(chartSvg(data).nodes, "legend").filter((n) => n.tag === "text");
    expect(legend.map((n) => n.text)).toEqual(["A", "B", "C"]);
  });

  test("a single slice is a full ring drawn as two halves", () => {
    expect(slicePath(50, 50, 40, 20, 0, 360).match(/M/g)).toHaveLength(2);
  });
});

describe("lines and scatter", () => {
  test("a scatter line places points by their x values on the x axis", () => {
    const pareto = series("Revenue", [0, 0.8, 1], { categories: [0, 0.2, 1] });
    const svg = chartSvg(chart("XYScatterLines", [pareto]), {
      xAxis: { numberFormat: "0%", minimum: null, maximum: 1 },
    });
    const points = byRole(svg.nodes, "point");
    expect(points).toHaveLength(3);
    const xs = points.map((p) => num(p, "cx"));
    // x = 0.2 is a fifth of the way from x = 0 to x = 1.
    expect((xs[1] - xs[0]) / (xs[2] - xs[0])).toBeCloseTo(0.2, 6);
    expect(byRole(svg.nodes, "line")).toHaveLength(1);
  });

  test("a blank value breaks a line into two", () => {
    const svg = chartSvg(chart("Line", [series("S", [1, 2, null, 3, 4])]));
    expect(byRole(svg.nodes, "line")).toHaveLength(2);
  });
});

describe("what a report needs (issue 16)", () => {
  const labelsOn = { showValue: true, showPercentage: false, showCategoryName: false };
  const labels = { ...labelsOn, showSeriesName: false, showLegendKey: false, numberFormat: "0.0%" };

  test("a reversed bar chart puts the first category and the first series at the top", () => {
    const data = chart(
      "BarClustered",
      [series("a", [0.1, 0.2, 0.3]), series("b", [0.3, 0.2, 0.1])],
      {
        categoryAxis: { title: null, reversePlotOrder: true, position: "Maximum" },
      }
    );
    const bars = byRole(chartSvg(data).nodes, "bar");
    // Bars in drawing order: series a's A, B, C then series b's.
    const y = (k: number): number => num(bars[k], "y");
    expect(y(0)).toBeLessThan(y(1));
    expect(y(1)).toBeLessThan(y(2));
    expect(y(0)).toBeLessThan(y(3)); // a above b within A
    const plain = byRole(chartSvg(chart("BarClustered", data.series)).nodes, "bar");
    expect(num(plain[0], "y")).toBeGreaterThan(num(plain[1], "y"));
  });

  test("labels show each bar's value in their format, a hairline's too", () => {
    const data = chart("BarClustered", [series("v", [0.9993, 0.0004], { dataLabels: labels })]);
    const texts = byRole(chartSvg(data).nodes, "data-label").map((n) => n.text);
    expect(texts).toEqual(["99.9%", "0.0%"]);
    const none = chart("BarClustered", [series("v", [0.9993, 0.0004])]);
    expect(byRole(chartSvg(none).nodes, "data-label")).toHaveLength(0);
  });

  test("a doughnut's labels are percentages of the slices drawn", () => {
    const pct = { ...labels, showValue: false, showPercentage: true, numberFormat: "General" };
    const data = chart("Doughnut", [series("v", [300, 100, -5], { dataLabels: pct })]);
    expect(byRole(chartSvg(data).nodes, "data-label").map((n) => n.text)).toEqual(["75%", "25%"]);
    // The labels' number format applies to the percentage, as Excel's does.
    const shares = { ...pct, numberFormat: '[>=0.0005]0.0%;[>0]"<0.1%";0.0%' };
    const fine = chart("Doughnut", [series("v", [300, 100, 0.1], { dataLabels: shares })]);
    expect(byRole(chartSvg(fine).nodes, "data-label").map((n) => n.text)).toEqual([
      "75.0%",
      "25.0%",
      "<0.1%",
    ]);
  });

  test("a log axis keeps a column ten thousand times smaller visible", () => {
    const values = [50_000, 500, 5];
    const linear = chart("ColumnClustered", [series("CLV", values)]);
    const log = chart("ColumnClustered", [series("CLV", values)], {
      valueAxis: { title: null, numberFormat: "#,##0", minimum: null, maximum: null, logBase: 10 },
    });
    const height = (d: ChartData): number[] =>
      byRole(chartSvg(d).nodes, "bar").map((b) => num(b, "height"));
    expect(height(linear)[2]).toBeLessThan(1);
    const [big, mid, small] = height(log);
    expect(small).toBeGreaterThan(big / 10); // on a linear axis: a thousandth
    expect(big - mid).toBeCloseTo(mid - small, 6); // each hundredfold step the same height
    const ticks = byRole(chartSvg(log).nodes, "tick").map((n) => String(n.text));
    const numbers = ticks.filter((t) => /^[\d,]+$/.test(t));
    expect(numbers).toEqual(["1", "10", "100", "1,000", "10,000", "100,000"]);
  });

  test("markers: none on a curve, one circle without a line for a marked point, in the legend too", () => {
    const curve = series("curve", [0, 0.5, 0.8, 1], {
      categories: [0, 0.1, 0.2, 1],
      lineColor: "#1F4E79",
      marker: { style: "None", size: 5 },
    });
    const point = series("80%", [null, null, 0.8, null], {
      categories: [0, 0.1, 0.2, 1],
      lineColor: "#C00000",
      lineStyle: "None",
      marker: { style: "Circle", size: 8, background: "#C00000" },
    });
    const data = chart("XYScatterLines", [curve, point], {
      legend: { position: "Bottom", visible: true },
    });
    const nodes = chartSvg(data).nodes;
    const points = byRole(nodes, "point");
    expect(points).toHaveLength(1);
    expect(points[0].attrs.fill).toBe("#C00000");
    expect(byRole(nodes, "line").map((n) => n.attrs.stroke)).toEqual(["#1F4E79"]);
    const legend = byRole(nodes, "legend").filter((n) => n.tag !== "text");
    expect(legend.map((n) => [n.tag, n.attrs.stroke ?? n.attrs.fill])).toEqual([
      ["line", "#1F4E79"],
      ["circle", "#C00000"],
    ]);
  });
});

describe("a bottom legend wider than the chart", () => {
  test("wraps onto a second row, every entry inside the chart, the plot above it", () => {
    const names = [
      "Discounted value: High CLV",
      "Discounted value: Mid CLV",
      "Discounted value: Low CLV",
    ];
    const data = chart(
      "ColumnStacked",
      names.map((n) => series(n, [1, 2, 3])),
      { legend: { position: "Bottom", visible: true } }
    );
    const svg = chartSvg(data);
    const labels = byRole(svg.nodes, "legend").filter((n) => n.tag === "text");
    expect(labels.map((n) => n.text)).toEqual(names);
    // Ten-point text at about 0.55 em a character: the last letter stays inside the frame.
    for (const n of labels)
      expect(num(n, "x") + (n.text ?? "").length * 11 * 0.55).toBeLessThanOrEqual(svg.width);
    const rows = new Set(labels.map((n) => num(n, "y")));
    expect(rows.size).toBe(2);
    // The bars end above the legend's first row.
    const bars = byRole(svg.nodes, "bar");
    expect(bars).toHaveLength(9);
    const lowest = Math.max(...bars.map((b) => num(b, "y") + num(b, "height")));
    expect(lowest).toBeLessThan(Math.min(...rows) - 8);
  });

  test("one row when the entries fit", () => {
    const data = chart("ColumnClustered", [series("A", [1]), series("B", [2])], {
      legend: { position: "Bottom", visible: true },
    });
    const labels = byRole(chartSvg(data).nodes, "legend").filter((n) => n.tag === "text");
    expect(new Set(labels.map((n) => num(n, "y"))).size).toBe(1);
  });
});
