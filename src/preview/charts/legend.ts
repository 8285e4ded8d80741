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
const ROW_HEIGHT = 18;

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

/** An entry's width in a row: swatch, label, gap. */
const entryWidth = (entry: LegendEntry): number => 18 + approxWidth(entry.label) + 12;

/**
 * A bottom legend's entries in rows that fit the width, as Excel wraps a legend too wide for one
 * row (rather than letting its last entries run past the chart's edge).
 */
export function legendRows(entries: LegendEntry[], width: number): LegendEntry[][] {
  const rows: LegendEntry[][] = [];
  let used = Infinity;
  for (const entry of entries) {
    const w = entryWidth(entry);
    if (used + w > width && used > 0) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1].push(entry);
    used += w;
  }
  return rows;
}

/** The height a bottom legend of this many rows takes. */
export function bottomLegendHeight(rows: number): number {
  return rows === 0 ? 0 : BOTTOM_LEGEND_HEIGHT + (rows - 1) * ROW_HEIGHT;
}

/** Right: a centred column; Bottom (and Top/Left, drawn at the bottom here): centred rows. */
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
  const rows = legendRows(entries, area.width);
  let y = area.y + area.height / 2 - ((rows.length - 1) * ROW_HEIGHT) / 2;
  for (const row of rows) {
    const widths = row.map(entryWidth);
    let x = area.x + Math.max(0, (area.width - widths.reduce((a, b) => a + b, 0)) / 2);
    row.forEach((entry, i) => {
      nodes.push(...swatch(x, y, entry));
      nodes.push(text(x + 18, y, entry.label, { anchor: "start", size: 10, role: "legend" }));
      x += widths[i];
    });
    y += ROW_HEIGHT;
  }
  return nodes;
}
