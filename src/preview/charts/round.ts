// Pie and doughnut charts: the first series' positive values as slices from 12 o'clock clockwise.
import type { ChartData } from "../../excelDouble";
import { formatCell } from "../format/formatCell";
import { pointLabel } from "./dataLabels";
import { sliceColor } from "./seriesColor";
import { SvgNode, text } from "./svgNode";
import type { Box } from "./box";

export interface SliceAngle {
  point: number;
  /** Degrees clockwise from 12 o'clock. */
  start: number;
  sweep: number;
}

/** Excel leaves out blank, zero and negative points: they get no slice. */
export function sliceAngles(values: (number | null)[]): SliceAngle[] {
  const shown = values
    .map((v, point) => ({ v: v ?? 0, point }))
    .filter(({ v }) => v > 0 && Number.isFinite(v));
  const total = shown.reduce((sum, { v }) => sum + v, 0);
  let start = 0;
  return shown.map(({ v, point }) => {
    const sweep = (v / total) * 360;
    const slice = { point, start, sweep };
    start += sweep;
    return slice;
  });
}

function polar(cx: number, cy: number, r: number, degrees: number): [number, number] {
  const rad = ((degrees - 90) * Math.PI) / 180;
  return [cx + r * Math.cos(rad), cy + r * Math.sin(rad)];
}

const f = (n: number): string => n.toFixed(2);

/** An annular sector (inner = 0 for a pie slice). A full circle is drawn as two halves. */
export function slicePath(
  cx: number,
  cy: number,
  outer: number,
  inner: number,
  start: number,
  sweep: number
): string {
  if (sweep >= 359.999) {
    return (
      slicePath(cx, cy, outer, inner, start, 180) +
      " " +
      slicePath(cx, cy, outer, inner, start + 180, 180)
    );
  }
  const end = start + sweep;
  const large = sweep > 180 ? 1 : 0;
  const [x1, y1] = polar(cx, cy, outer, start);
  const [x2, y2] = polar(cx, cy, outer, end);
  const outerArc = `M${f(x1)} ${f(y1)} A${f(outer)} ${f(outer)} 0 ${large} 1 ${f(x2)} ${f(y2)}`;
  if (inner <= 0) return `${outerArc} L${f(cx)} ${f(cy)} Z`;
  const [x3, y3] = polar(cx, cy, inner, end);
  const [x4, y4] = polar(cx, cy, inner, start);
  return `${outerArc} L${f(x3)} ${f(y3)} A${f(inner)} ${f(inner)} 0 ${large} 0 ${f(x4)} ${f(y4)} Z`;
}

export function roundChart(data: ChartData, box: Box): SvgNode[] {
  const series = data.series[0];
  if (!series) return [];
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const outer = Math.max(4, Math.min(box.width, box.height) / 2 - 4);
  const inner = data.type === "Doughnut" ? outer * 0.5 : 0;
  const nodes: SvgNode[] = [];
  const slices = sliceAngles(series.values);
  // A label's percentage is of the slices drawn: Excel leaves out zero and negative points.
  const total = slices.reduce((sum, sl) => sum + (series.values[sl.point] ?? 0), 0);
  const format = data.valueAxis.numberFormat;
  for (const slice of slices) {
    const value = series.values[slice.point] ?? 0;
    const category = String(series.categories[slice.point] ?? slice.point + 1);
    nodes.push({
      tag: "path",
      attrs: {
        d: slicePath(cx, cy, outer, inner, slice.start, slice.sweep),
        fill: sliceColor(series, slice.point),
        stroke: "#FFFFFF",
        "stroke-width": 1,
      },
      text: `${category}: ${formatCell(value, data.valueAxis.numberFormat)}`,
      role: "slice",
    });
    const label = pointLabel(series, slice.point, { value: format, category: format }, total);
    if (label !== null) {
      const [lx, ly] = polar(cx, cy, (outer + inner) / 2, slice.start + slice.sweep / 2);
      const node = text(lx, ly, label, { size: 10, role: "data-label" });
      const color = series.labelColors[slice.point];
      nodes.push(color ? { ...node, attrs: { ...node.attrs, fill: color } } : node);
    }
  }
  return nodes;
}
