// The text of a point's data label, from what the series' labels show (ChartDataLabels): the
// category (a scatter point's x), the value in the labels' number format (the value axis's when
// the labels keep "General", as Excel links them to the cells), or a round chart's percentage.
import type { ChartSeriesData } from "../../excelDouble";
import { formatCell } from "../format/formatCell";

export interface LabelFormats {
  value: string;
  category: string;
}

export function pointLabel(
  series: ChartSeriesData,
  point: number,
  formats: LabelFormats,
  total = 0
): string | null {
  const labels = series.dataLabels;
  const value = series.values[point];
  if (labels === null || value === null || value === undefined) return null;
  const parts: string[] = [];
  if (labels.showSeriesName) parts.push(series.name);
  if (labels.showCategoryName) {
    const category = series.categories[point];
    parts.push(typeof category === "number" ? formatCell(category, formats.category) : category);
  }
  if (labels.showValue) {
    const format = labels.numberFormat === "General" ? formats.value : labels.numberFormat;
    parts.push(formatCell(value, format));
  }
  if (labels.showPercentage && total > 0) {
    // The labels' number format applies to the percentage too; "General" shows it as Excel's 0%.
    const format = labels.numberFormat === "General" ? "0%" : labels.numberFormat;
    parts.push(formatCell(value / total, format));
  }
  return parts.length === 0 ? null : parts.join(", ");
}
