// Chart rules: series derived from a source range the way Excel does, and positions from cell geometry.
import { Rect, lastCol, lastRow } from "./address";
import { CellError } from "./cellValues";
import {
  ChartEntity,
  RangeRef,
  SeriesEntity,
  SheetEntity,
  defaultDataLabels,
  defaultMarker,
} from "./entities";
import { officeError } from "./errors";
import { cellText, cellValue } from "./rangeData";
import { WorkbookModel, chartIdFor } from "./workbookModel";

export const DEFAULT_COLUMN_WIDTH = 48; // points (64 px)
export const ROW_HEIGHT = 15; // points
/** The chart types the double draws (the ones the adapter uses). */
export const CHART_TYPES: readonly string[] = [
  "ColumnClustered",
  "ColumnStacked",
  "BarClustered",
  "Line",
  "LineMarkers",
  "Doughnut",
  "Pie",
  "XYScatterLines",
];

export function isRoundChart(chart: ChartEntity): boolean {
  return chart.chartType === "Pie" || chart.chartType === "Doughnut";
}

function isText(model: WorkbookModel, sheet: SheetEntity, row: number, col: number): boolean {
  const v = cellValue(model, sheet, row, col);
  return typeof v === "string";
}

function isBlank(model: WorkbookModel, sheet: SheetEntity, row: number, col: number): boolean {
  return cellValue(model, sheet, row, col) === undefined;
}

/** Transposes a rect so that series always run down columns in the derivation below. */
interface Orientation {
  seriesCount: number;
  length: number;
  cell(series: number, index: number): { row: number; col: number };
  line(series: number, from: number): Rect;
}

function orientation(rect: Rect, byColumns: boolean): Orientation {
  if (byColumns) {
    return {
      seriesCount: rect.cols,
      length: rect.rows,
      cell: (s, i) => ({ row: rect.row + i, col: rect.col + s }),
      line: (s, from) => ({
        row: rect.row + from,
        col: rect.col + s,
        rows: rect.rows - from,
        cols: 1,
      }),
    };
  }
  return {
    seriesCount: rect.rows,
    length: rect.cols,
    cell: (s, i) => ({ row: rect.row + s, col: rect.col + i }),
    line: (s, from) => ({
      row: rect.row + s,
      col: rect.col + from,
      rows: 1,
      cols: rect.cols - from,
    }),
  };
}

/**
 * Excel's series derivation: a header line (series names) when the top-left cell is blank or the
 * first line is text; a category line when the first line across is text; every other line is a series.
 */
export function deriveSeries(
  model: WorkbookModel,
  source: RangeRef,
  seriesBy: string,
  chartType: string
): SeriesEntity[] {
  const { sheet, rect } = source;
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rect.rows >= rect.cols);
  const o = orientation(rect, byColumns);
  const at = (s: number, i: number): { row: number; col: number } => o.cell(s, i);
  const cornerBlank = isBlank(model, sheet, rect.row, rect.col);
  let headerIsText = o.length > 1;
  for (let s = 1; s < o.seriesCount && headerIsText; s++) {
    const { row, col } = at(s, 0);
    headerIsText = isText(model, sheet, row, col) || isBlank(model, sheet, row, col);
  }
  const hasHeader =
    o.length > 1 &&
    (cornerBlank ||
      (headerIsText && o.seriesCount > 1) ||
      (o.seriesCount === 1 && isText(model, sheet, rect.row, rect.col)));
  const dataFrom = hasHeader ? 1 : 0;
  let categoriesAreText = o.seriesCount > 1;
  for (let i = dataFrom; i < o.length && categoriesAreText; i++) {
    const { row, col } = at(0, i);
    categoriesAreText = isText(model, sheet, row, col) || isBlank(model, sheet, row, col);
  }
  const hasCategories = o.seriesCount > 1 && (categoriesAreText || (cornerBlank && hasHeader));
  const firstSeries = hasCategories ? 1 : 0;
  const series: SeriesEntity[] = [];
  for (let s = firstSeries; s < o.seriesCount; s++) {
    const nameCell = at(s, 0);
    series.push({
      name: hasHeader ? "" : `Series${series.length + 1}`,
      nameRef: hasHeader
        ? { sheet, rect: { row: nameCell.row, col: nameCell.col, rows: 1, cols: 1 } }
        : undefined,
      chartType,
      axisGroup: "Primary",
      hasDataLabels: false,
      values: { sheet, rect: o.line(s, dataFrom) },
      xValues: hasCategories ? { sheet, rect: o.line(0, dataFrom) } : undefined,
      marker: defaultMarker(),
      dataLabels: defaultDataLabels(),
      pointFills: [],
    });
  }
  return series;
}

export function addChart(
  model: WorkbookModel,
  sheet: SheetEntity,
  type: string,
  source: RangeRef,
  seriesBy: string,
  location: string
): ChartEntity {
  if (!CHART_TYPES.includes(type))
    throw officeError("InvalidArgument", location, `chart type ${type}`);
  if (source.sheet !== sheet)
    throw officeError("InvalidArgument", location, "source data must be on the chart's sheet");
  model.counters.chart += 1;
  sheet.chartCounter += 1;
  const chart = new ChartEntity(
    chartIdFor(model.counters.chart),
    `Chart ${sheet.chartCounter}`,
    sheet,
    type
  );
  chart.series = deriveSeries(model, source, seriesBy, type);
  // Excel shows a single series' name as the title.
  chart.title = { text: "", visible: chart.series.length === 1 };
  const placed = positionFor(sheet, { row: 1, col: 3, rows: 1, cols: 1 });
  chart.top = placed.top;
  chart.left = placed.left;
  model.charts.push(chart);
  return chart;
}

export function columnWidth(sheet: SheetEntity, col: number): number {
  return sheet.cells.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
}

function leftOf(sheet: SheetEntity, col: number): number {
  let left = col * DEFAULT_COLUMN_WIDTH;
  for (const [c, w] of sheet.cells.columnWidths) if (c < col) left += w - DEFAULT_COLUMN_WIDTH;
  return left;
}

function positionFor(sheet: SheetEntity, cell: Rect): { top: number; left: number } {
  return { top: cell.row * ROW_HEIGHT, left: leftOf(sheet, cell.col) };
}

export function setChartPosition(
  chart: ChartEntity,
  start: RangeRef,
  end: RangeRef | undefined,
  location: string
): void {
  if (start.sheet !== chart.sheet || (end && end.sheet !== chart.sheet)) {
    throw officeError("InvalidArgument", location, "cells must be on the chart's sheet");
  }
  const { top, left } = positionFor(chart.sheet, start.rect);
  chart.top = top;
  chart.left = left;
  if (end) {
    const bottom = (lastRow(end.rect) + 1) * ROW_HEIGHT;
    const right = leftOf(chart.sheet, lastCol(end.rect) + 1);
    if (bottom <= top || right <= left)
      throw officeError("InvalidArgument", location, "end cell is before start cell");
    chart.width = right - left;
    chart.height = bottom - top;
  }
}

export function seriesName(model: WorkbookModel, series: SeriesEntity): string {
  if (!series.nameRef) return series.name;
  if (series.nameRef.sheet.deleted) return "#REF!";
  return cellText(model, series.nameRef.sheet, series.nameRef.rect.row, series.nameRef.rect.col);
}

function refCells(ref: RangeRef | undefined): { row: number; col: number }[] {
  if (!ref || ref.sheet.deleted) return [];
  const out: { row: number; col: number }[] = [];
  for (let r = ref.rect.row; r <= lastRow(ref.rect); r++) {
    for (let c = ref.rect.col; c <= lastCol(ref.rect); c++) out.push({ row: r, col: c });
  }
  return out;
}

export function pointCount(series: SeriesEntity): number {
  return refCells(series.values).length;
}

export function seriesValues(model: WorkbookModel, series: SeriesEntity): (number | null)[] {
  const sheet = series.values?.sheet;
  return refCells(series.values).map(({ row, col }) => {
    const v = sheet ? cellValue(model, sheet, row, col) : undefined;
    return typeof v === "number" ? v : null;
  });
}

export function seriesCategories(model: WorkbookModel, series: SeriesEntity): (string | number)[] {
  const sheet = series.xValues?.sheet;
  if (!series.xValues || !sheet) return seriesValues(model, series).map((_, i) => i + 1);
  return refCells(series.xValues).map(({ row, col }) => {
    const v = cellValue(model, sheet, row, col);
    if (v === undefined) return "";
    if (v instanceof CellError) return v.text;
    return typeof v === "number" ? v : String(v);
  });
}
