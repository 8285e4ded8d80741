// The legend: series names (or, for pie and doughnut, the categories) with their colours.
import type { ChartData } from "../../excelDouble";
import type { Box } from "./box";
import {
  isLineType,
  markerColor,
  seriesColor,
  showsLine,
  showsMarkers,
  sliceColor,
} from "./seriesColor";
import { FONT_SIZE, SvgNode, text } from "./svgNode";

export interface LegendEntry {
  label: string;
  color: string;
  line: boolean;
  /** The marker's colour, when the series shows markers (drawn over the line, if any). */
  marker: string | null;
}

export const RIGHT_LEGEND_WIDTH = 110;
export const BOTTOM_LEGEND_HEIGHT = 24;

export function legendEntries(data: ChartData, round: boolean): LegendEntry[] {
  if (round) {
    const series = data.series[0];
    if (!series) return [];
    return series.categories.map((c, i) => ({
      label: String(c),
      color: sliceColor(series, i),
      line: false,
      marker: null,
    }));
  }
  // Excel's legend shows each series in the series' own colour, never a point's.
  return data.series.map((s, k) => {
    const line = isLineType(s.chartType);
    return {
      label: s.name,
      color: seriesColor(s, k),
      line: line && showsLine(s, data.type),
      marker: line && showsMarkers(s, data.type) ? markerColor(s, k) : null,
    };
  });
}

function swatch(x: number, y: number, entry: LegendEntry): SvgNode[] {
  const nodes: SvgNode[] = [];
  if (entry.line)
    nodes.push({
      tag: "line",
      attrs: { x1: x, y1: y, x2: x + 14, y2: y, stroke: entry.color, "stroke-width": 2 },
      role: "legend",
    });
  if (entry.marker !== null)
    nodes.push({
      tag: "circle",
      attrs: { cx: x + 7, cy: y, r: 4, fill: entry.marker },
      role: "legend",
    });
  if (nodes.length > 0) return nodes;
  return [
    {
      tag: "rect",
      attrs: { x: x + 3, y: y - 4, width: 8, height: 8, fill: entry.color },
      role: "legend",
    },
  ];
}

const approxWidth = (label: string): number =>
  [...label].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? FONT_SIZE : FONT_SIZE * 0.55), 0);

/** Right: a centred column; Bottom (and Top/Left, drawn at the bottom here): a centred row. */
export function legendNodes(entries: LegendEntry[], area: Box, vertical: boolean): SvgNode[] {
  const nodes: SvgNode[] = [];
  if (vertical) {
    const lineHeight = 18;
    let y = area.y + area.height / 2 - ((entries.length - 1) * lineHeight) / 2;
    for (const entry of entries) {
      nodes.push(...swatch(area.x, y, entry));
      nodes.push(text(area.x + 18, y, entry.label, { anchor: "start", size: 10, role: "legend" }));
      y += lineHeight;
    }
    return nodes;
  }
  const widths = entries.map((e) => 18 + approxWidth(e.label) + 12);
  let x = area.x + Math.max(0, (area.width - widths.reduce((a, b) => a + b, 0)) / 2);
  const y = area.y + area.height / 2;
  entries.forEach((entry, i) => {
    nodes.push(...swatch(x, y, entry));
    nodes.push(text(x + 18, y, entry.label, { anchor: "start", size: 10, role: "legend" }));
    x += widths[i];
  });
  return nodes;
}
