// Which colour Excel gives a series or a point: its own fill, else the Office palette by position.
import type { ChartSeriesData } from "../../excelDouble";
import { OFFICE_PALETTE } from "./svgNode";

export function seriesColor(series: ChartSeriesData, seriesIndex: number): string {
  return series.color ?? OFFICE_PALETTE[seriesIndex % OFFICE_PALETTE.length];
}

export function pointColor(series: ChartSeriesData, seriesIndex: number, point: number): string {
  return series.pointColors[point] ?? seriesColor(series, seriesIndex);
}

/** Pie and doughnut slices are "vary colours by point": the palette runs over the points. */
export function sliceColor(series: ChartSeriesData, point: number): string {
  return series.pointColors[point] ?? OFFICE_PALETTE[point % OFFICE_PALETTE.length];
}
