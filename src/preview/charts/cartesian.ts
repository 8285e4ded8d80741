// Charts with axes: clustered and stacked columns, clustered bars, lines and XY scatter with lines.
import type { ChartData, ChartSeriesData } from "../../excelDouble";
import { formatCell } from "../format/formatCell";
import type { Box } from "./box";
import { type LabelFormats, pointLabel } from "./dataLabels";
import {
  isLineType,
  markerColor,
  pointColor,
  seriesColor,
  showsLine,
  showsMarkers,
} from "./seriesColor";
import { SvgNode, text } from "./svgNode";
import { ValueScale, logValueScale, project, valueScale } from "./valueScale";

export interface AxisOptions {
  numberFormat: string;
  minimum: number | null;
  maximum: number | null;
}

const VALUE_LABEL_WIDTH = 44;
const CATEGORY_LABEL_HEIGHT = 18;
const AXIS_TITLE_SIZE = 18;
const BAR_CATEGORY_WIDTH = 80;
/** Share of a category's band the bars of all series take (Excel's default gap is about 150%). */
const GROUP_SHARE = 0.6;

/** Marker sizes are in points, the drawing in px. */
const PX_PER_POINT = 4 / 3;

function shortLabel(label: string): string {
  return label.length > 14 ? `${label.slice(0, 13)}…` : label;
}

function finite(series: ChartSeriesData[]): number[] {
  return series.flatMap((s) => s.values.filter((v): v is number => v !== null));
}

function stackedTotals(series: ChartSeriesData[], length: number): number[] {
  const totals: number[] = [];
  for (let i = 0; i < length; i++) {
    const positive = series.reduce((sum, s) => sum + Math.max(0, s.values[i] ?? 0), 0);
    const negative = series.reduce((sum, s) => sum + Math.min(0, s.values[i] ?? 0), 0);
    totals.push(positive, negative);
  }
  return totals;
}

function ticksAlong(
  scale: ValueScale,
  format: string,
  place: (value: number) => { x: number; y: number; anchor: string },
  grid: (value: number) => SvgNode | null
): SvgNode[] {
  const nodes: SvgNode[] = [];
  for (const tick of scale.ticks) {
    const line = grid(tick);
    if (line) nodes.push(line);
    const at = place(tick);
    nodes.push(
      text(at.x, at.y, formatCell(tick, format), { anchor: at.anchor, size: 10, role: "tick" })
    );
  }
  return nodes;
}

function gridLine(x1: number, y1: number, x2: number, y2: number): SvgNode {
  return { tag: "line", attrs: { x1, y1, x2, y2, stroke: "#D9D9D9", "stroke-width": 1 } };
}

function polylines(points: ([number, number] | null)[], color: string, name: string): SvgNode[] {
  // A blank value breaks the line, as Excel's default "show empty cells as gaps".
  const runs: [number, number][][] = [[]];
  for (const p of points) {
    if (p) runs[runs.length - 1].push(p);
    else if (runs[runs.length - 1].length > 0) runs.push([]);
  }
  return runs
    .filter((run) => run.length > 1)
    .map((run) => ({
      tag: "polyline" as const,
      attrs: {
        points: run.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(" "),
        fill: "none",
        stroke: color,
        "stroke-width": 2,
      },
      text: name,
      role: "line" as const,
    }));
}

function markers(
  points: ([number, number] | null)[],
  series: ChartSeriesData,
  k: number,
  labels: string[]
): SvgNode[] {
  const r = (series.marker.size * PX_PER_POINT) / 2;
  const fill = markerColor(series, k);
  const stroke = series.marker.foreground ?? fill;
  return points.flatMap((p, i) =>
    p
      ? [
          {
            tag: "circle" as const,
            attrs: { cx: p[0], cy: p[1], r, fill, stroke, "stroke-width": 1 },
            text: labels[i],
            role: "point" as const,
          },
        ]
      : []
  );
}

/** A point's data label, if its series has labels (role "data-label", for tests to find). */
function dataLabel(
  series: ChartSeriesData,
  i: number,
  formats: LabelFormats,
  at: { x: number; y: number; anchor?: string }
): SvgNode[] {
  const content = pointLabel(series, i, formats);
  if (content === null) return [];
  const node = text(at.x, at.y, content, { anchor: at.anchor, size: 10, role: "data-label" });
  const color = series.labelColors[i];
  return [color ? { ...node, attrs: { ...node.attrs, fill: color } } : node];
}

/**
 * A bar's label just past its end; one that would run out of the chart goes inside the bar's end,
 * in white, as Excel keeps its labels within the chart area.
 */
function barEndLabel(
  series: ChartSeriesData,
  i: number,
  formats: LabelFormats,
  end: number,
  y: number,
  box: Box
): SvgNode[] {
  const [label] = dataLabel(series, i, formats, { x: end + 4, y, anchor: "start" });
  if (!label) return [];
  const width = String(label.text).length * 6;
  if (end + 4 + width <= box.x + box.width) return [label];
  return [
    { ...label, attrs: { ...label.attrs, x: end - 4, "text-anchor": "end", fill: "#FFFFFF" } },
  ];
}

interface Frame {
  plot: Box;
  nodes: SvgNode[];
}

/** Leaves room for tick labels and axis titles, and draws the axis titles. */
function frame(data: ChartData, box: Box, horizontal: boolean): Frame {
  const nodes: SvgNode[] = [];
  const leftTitle = horizontal ? data.categoryAxis.title : data.valueAxis.title;
  const bottomTitle = horizontal ? data.valueAxis.title : data.categoryAxis.title;
  const left =
    box.x +
    (leftTitle ? AXIS_TITLE_SIZE : 0) +
    (horizontal ? BAR_CATEGORY_WIDTH : VALUE_LABEL_WIDTH);
  const bottom = box.y + box.height - (bottomTitle ? AXIS_TITLE_SIZE : 0) - CATEGORY_LABEL_HEIGHT;
  const plot = {
    x: left,
    y: box.y + 6,
    width: box.x + box.width - 10 - left,
    height: bottom - box.y - 6,
  };
  if (leftTitle)
    nodes.push(
      text(box.x + 8, plot.y + plot.height / 2, leftTitle, { rotate: true, role: "axis-title" })
    );
  if (bottomTitle)
    nodes.push(
      text(plot.x + plot.width / 2, box.y + box.height - 8, bottomTitle, { role: "axis-title" })
    );
  return {
    plot: { ...plot, width: Math.max(10, plot.width), height: Math.max(10, plot.height) },
    nodes,
  };
}

function barNode(
  x: number,
  y: number,
  width: number,
  height: number,
  fill: string,
  tip: string
): SvgNode {
  return {
    tag: "rect",
    attrs: { x, y, width: Math.max(0, width), height: Math.max(0, height), fill },
    text: tip,
    role: "bar",
  };
}

function categoryLabels(
  categories: (string | number)[],
  bandSize: number,
  place: (i: number) => { x: number; y: number; anchor: string }
): SvgNode[] {
  // Labels that would overlap are thinned to every k-th, as Excel's automatic interval does.
  const every = Math.max(1, Math.ceil(28 / Math.max(1, bandSize)));
  return categories.flatMap((c, i) => {
    if (i % every !== 0) return [];
    const at = place(i);
    return [text(at.x, at.y, shortLabel(String(c)), { anchor: at.anchor, size: 10, role: "tick" })];
  });
}

function columnChart(data: ChartData, box: Box): SvgNode[] {
  const { plot, nodes } = frame(data, box, false);
  const series = data.series;
  const categories = series[0]?.categories ?? [];
  const n = Math.max(1, categories.length, ...series.map((s) => s.values.length));
  const stacked = data.type === "ColumnStacked";
  const barSeries = series.filter((s) => !isLineType(s.chartType));
  const scale =
    data.valueAxis.logBase !== null && !stacked
      ? logValueScale(finite(series), data.valueAxis.logBase)
      : valueScale(
          stacked ? stackedTotals(barSeries, n) : finite(series),
          data.valueAxis.minimum,
          data.valueAxis.maximum
        );
  const y = (v: number): number => project(v, scale, plot.y + plot.height, plot.y);
  const format = data.valueAxis.numberFormat;
  const formats: LabelFormats = { value: format, category: "General" };
  nodes.push(
    ...ticksAlong(
      scale,
      format,
      (v) => ({ x: plot.x - 4, y: y(v), anchor: "end" }),
      (v) => gridLine(plot.x, y(v), plot.x + plot.width, y(v))
    )
  );
  const band = plot.width / n;
  const group = band * GROUP_SHARE;
  const barWidth = stacked ? group : group / Math.max(1, barSeries.length);
  const up = new Array<number>(n).fill(0);
  const down = new Array<number>(n).fill(0);
  barSeries.forEach((s) => {
    const k = series.indexOf(s);
    s.values.forEach((v, i) => {
      if (v === null) return;
      const x0 = plot.x + band * i + (band - group) / 2;
      const x = stacked ? x0 : x0 + barWidth * barSeries.indexOf(s);
      const base = stacked ? (v >= 0 ? up[i] : down[i]) : 0;
      if (stacked) (v >= 0 ? up : down)[i] += v;
      const [a, b] = [y(base), y(base + v)];
      const tip = `${s.name} ${String(categories[i] ?? i + 1)}: ${formatCell(v, format)}`;
      nodes.push(barNode(x, Math.min(a, b), barWidth, Math.abs(a - b), pointColor(s, k, i), tip));
      // Excel puts a stacked segment's label in its middle, a clustered column's above it.
      const labelY = stacked ? (a + b) / 2 : Math.min(a, b) - 7;
      nodes.push(...dataLabel(s, i, formats, { x: x + barWidth / 2, y: labelY }));
    });
  });
  series.forEach((s, k) => {
    if (!isLineType(s.chartType)) return;
    const points = s.values.map((v, i): [number, number] | null =>
      v === null ? null : [plot.x + band * (i + 0.5), y(v)]
    );
    if (showsLine(s, s.chartType)) nodes.push(...polylines(points, seriesColor(s, k), s.name));
    if (showsMarkers(s, s.chartType)) nodes.push(...markers(points, s, k, s.values.map(String)));
  });
  nodes.push(
    gridLine(plot.x, y(Math.max(scale.min, 0)), plot.x + plot.width, y(Math.max(scale.min, 0)))
  );
  nodes.push(
    ...categoryLabels(categories, band, (i) => ({
      x: plot.x + band * (i + 0.5),
      y: plot.y + plot.height + 10,
      anchor: "middle",
    }))
  );
  return nodes;
}

/**
 * Horizontal bars. Excel puts the first category at the bottom, and the first series lowest in
 * each category; a reversed category axis turns both over, and moves the value axis to the top
 * unless it crosses at the maximum category (ChartAxis.position "Maximum").
 */
function barChart(data: ChartData, box: Box): SvgNode[] {
  const { plot, nodes } = frame(data, box, true);
  const series = data.series;
  const categories = series[0]?.categories ?? [];
  const n = Math.max(1, categories.length, ...series.map((s) => s.values.length));
  const scale = valueScale(finite(series), data.valueAxis.minimum, data.valueAxis.maximum);
  const x = (v: number): number => project(v, scale, plot.x, plot.x + plot.width);
  const format = data.valueAxis.numberFormat;
  const formats: LabelFormats = { value: format, category: "General" };
  const reversed = data.categoryAxis.reversePlotOrder;
  const axisAtTop = reversed && data.categoryAxis.position !== "Maximum";
  const tickY = axisAtTop ? plot.y - 10 : plot.y + plot.height + 10;
  nodes.push(
    ...ticksAlong(
      scale,
      format,
      (v) => ({ x: x(v), y: tickY, anchor: "middle" }),
      (v) => gridLine(x(v), plot.y, x(v), plot.y + plot.height)
    )
  );
  const band = plot.height / n;
  const group = band * GROUP_SHARE;
  const barHeight = group / Math.max(1, series.length);
  const slot = (i: number): number => (reversed ? i : n - 1 - i);
  const bandTop = (i: number): number => plot.y + band * slot(i);
  series.forEach((s, k) =>
    s.values.forEach((v, i) => {
      if (v === null) return;
      const place = reversed ? k : series.length - 1 - k;
      const yTop = bandTop(i) + (band - group) / 2 + barHeight * place;
      const [a, b] = [x(0), x(v)];
      const tip = `${s.name} ${String(categories[i] ?? i + 1)}: ${formatCell(v, format)}`;
      nodes.push(
        barNode(Math.min(a, b), yTop, Math.abs(b - a), barHeight, pointColor(s, k, i), tip)
      );
      nodes.push(...barEndLabel(s, i, formats, Math.max(a, b), yTop + barHeight / 2, box));
    })
  );
  nodes.push(
    ...categoryLabels(categories, band, (i) => ({
      x: plot.x - 4,
      y: bandTop(i) + band / 2,
      anchor: "end",
    }))
  );
  return nodes;
}

function numericCategories(series: ChartSeriesData): number[] {
  return series.categories.map((c, i) => (typeof c === "number" ? c : i + 1));
}

/** XY scatter: x from each series' own x values on a value axis. */
function scatterChart(data: ChartData, box: Box, xAxis: AxisOptions): SvgNode[] {
  const { plot, nodes } = frame(data, box, false);
  const series = data.series;
  const xs = series.flatMap(numericCategories);
  const yScale = valueScale(finite(series), data.valueAxis.minimum, data.valueAxis.maximum);
  const xScale = valueScale(xs, xAxis.minimum, xAxis.maximum);
  const y = (v: number): number => project(v, yScale, plot.y + plot.height, plot.y);
  const x = (v: number): number => project(v, xScale, plot.x, plot.x + plot.width);
  nodes.push(
    ...ticksAlong(
      yScale,
      data.valueAxis.numberFormat,
      (v) => ({ x: plot.x - 4, y: y(v), anchor: "end" }),
      (v) => gridLine(plot.x, y(v), plot.x + plot.width, y(v))
    ),
    ...ticksAlong(
      xScale,
      xAxis.numberFormat,
      (v) => ({ x: x(v), y: plot.y + plot.height + 10, anchor: "middle" }),
      () => null
    )
  );
  const formats: LabelFormats = {
    value: data.valueAxis.numberFormat,
    category: xAxis.numberFormat,
  };
  series.forEach((s, k) => {
    const xv = numericCategories(s);
    const points = s.values.map((v, i): [number, number] | null =>
      v === null ? null : [x(xv[i]), y(v)]
    );
    if (showsLine(s, data.type)) nodes.push(...polylines(points, seriesColor(s, k), s.name));
    const tips = s.values.map((v, i) => `${s.name} (${xv[i]}, ${v ?? ""})`);
    if (showsMarkers(s, data.type)) nodes.push(...markers(points, s, k, tips));
    points.forEach((p, i) => {
      if (p) nodes.push(...dataLabel(s, i, formats, { x: p[0] + 8, y: p[1], anchor: "start" }));
    });
  });
  return nodes;
}

export function cartesianChart(data: ChartData, box: Box, xAxis: AxisOptions): SvgNode[] {
  if (data.type.startsWith("XYScatter")) return scatterChart(data, box, xAxis);
  if (data.type.startsWith("Bar")) return barChart(data, box);
  // Column and line charts share the category layout; line series are drawn as lines.
  if (data.type.startsWith("Line"))
    return columnChart(
      {
        ...data,
        series: data.series.map((s) => ({
          ...s,
          chartType: s.chartType.startsWith("Line") ? s.chartType : data.type,
        })),
      },
      box
    );
  return columnChart(data, box);
}
