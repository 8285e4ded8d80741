// Which colour Excel gives a series or a point: its own fill (a line's own colour for line and
// scatter series), else the Office palette by position.
import type { ChartSeriesData } from "../../excelDouble";
import { OFFICE_PALETTE } from "./svgNode";

export const isLineType = (type: string): boolean => /^Line/.test(type) || /^XYScatter/.test(type);

export function seriesColor(series: ChartSeriesData, seriesIndex: number): string {
  const own = isLineType(series.chartType)
    ? (series.lineColor ?? series.color)
    : (series.color ?? series.lineColor);
  return own ?? OFFICE_PALETTE[seriesIndex % OFFICE_PALETTE.length];
}

export function pointColor(series: ChartSeriesData, seriesIndex: number, point: number): string {
  return series.pointColors[point] ?? seriesColor(series, seriesIndex);
}

/** Pie and doughnut slices are "vary colours by point": the palette runs over the points. */
export function sliceColor(series: ChartSeriesData, point: number): string {
  return series.pointColors[point] ?? OFFICE_PALETTE[point % OFFICE_PALETTE.length];
}

/** A marker's fill: its own background colour, else the series'. */
export function markerColor(series: ChartSeriesData, seriesIndex: number): string {
  return series.marker.background ?? seriesColor(series, seriesIndex);
}

/**
 * Whether a line or scatter series shows markers: its own style, or on "Automatic" its chart
 * type's (LineMarkers and XYScatterLines have them, Line and ...NoMarkers do not).
 */
export function showsMarkers(series: ChartSeriesData, chartType: string): boolean {
  const style = series.marker.style;
  if (style === "None") return false;
  if (style !== "Automatic") return true;
  return (
    chartType === "LineMarkers" ||
    (chartType.startsWith("XYScatter") && !chartType.endsWith("NoMarkers"))
  );
}

/** Whether a line or scatter series draws its line ("None": markers only). */
export function showsLine(series: ChartSeriesData, chartType: string): boolean {
  return series.lineStyle !== "None" && chartType !== "XYScatter";
}
