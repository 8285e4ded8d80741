// Native Excel charts drawn from the summary tables. A chart is found again by its stable name and
// updated in place (same object, new data), so a user's moves and resizes survive a later run.
// The name alone is not enough: Excel on the web resets a chart's name to "Chart N" when the user
// moves or copies it (office-js#3034), and a chart looked up by name only would then be drawn a
// second time beside the moved one. So every chart is also stored with its Chart.id (ExcelApi
// 1.7), its second key: a chart missing by name is looked up by id and given its name back.
import type { XChart, XChartSeries, XRange, XRequestContext, XWorksheet } from "./api";
import {
  chartSpecs,
  type ChartId,
  type ChartLabels,
  type ChartSpec,
  type SeriesStyle,
} from "./layout/chartSpecs";
import type { Grid } from "./layout/cellTypes";
import { labelColorOn } from "./layout/tierColors";
import type { Block } from "./layout/summaryBlocks";
import type { SheetRect, StoredBlock } from "./model";
import type { RunScope } from "./runScope";

/** Charts stand right of the tables (from column K at the least), one below the other. */
const CHART_COLUMN = 10;
const CHART_WIDTH_COLUMNS = 8;
const CHART_GAP_ROWS = 1;
/** The one marked point of a scatter chart (the Pareto curve's 80%): bigger than Excel's 5. */
const POINT_MARKER_SIZE = 8;

export function chartName(modelId: string, id: string): string {
  return `CT_${modelId}_${id}`;
}

/** A chart as a model stores it: the spec's id, our name, and Excel's id (the second key). */
export interface StoredChart {
  id: string;
  name: string;
  /** Chart.id; absent in models stored before it was kept. */
  chartId?: string;
}

/**
 * The summary sheet's charts: one per spec whose block this run wrote. An earlier run's chart
 * this run has no block for (a probabilistic chart after a simple run) is deleted.
 */
export async function writeCharts(
  scope: RunScope,
  sheet: XWorksheet,
  blocks: StoredBlock[],
  layouts: Block[]
): Promise<(StoredChart & { id: ChartId })[]> {
  const { context, modelId, language } = scope;
  const previous = scope.previous?.written.summarySheet.charts ?? [];
  const pareto = scope.result.summary.pareto;
  const specs = chartSpecs(language, pareto).filter((s) => blocks.some((b) => b.id === s.block));
  const stale = previous.filter((c) => !specs.some((s) => s.id === c.id));
  await deleteCharts(context, sheet, stale);
  const drawn = await drawCharts(
    context,
    sheet,
    modelId,
    specs,
    blocks,
    layouts,
    chartColumn(blocks),
    {
      known: previous,
    }
  );
  return specs.map((s, k) => ({ ...drawn[k], id: s.id }));
}

/**
 * One column right of the widest table: a chart floats over cells, and at a fixed column it hid
 * the tables' explanation column ("What it means").
 */
function chartColumn(blocks: readonly StoredBlock[]): number {
  const right = Math.max(0, ...blocks.map((b) => b.columnIndex + b.columnCount));
  return Math.max(CHART_COLUMN, right + 1);
}

/** Charts the user already deleted are skipped; a renamed one is found by its id. */
async function deleteCharts(
  context: XRequestContext,
  sheet: XWorksheet,
  charts: StoredChart[]
): Promise<void> {
  if (charts.length === 0) return;
  const found = await findCharts(context, sheet, charts);
  found.forEach((chart) => chart?.delete());
  await context.sync();
}

/**
 * Each stored chart on the sheet, by its name or else by its id (null when it is gone). The
 * sheet's charts are listed only when a name is missing and an id is known.
 */
async function findCharts(
  context: XRequestContext,
  sheet: XWorksheet,
  charts: StoredChart[]
): Promise<(XChart | null)[]> {
  const byName = charts.map((c) => sheet.charts.getItemOrNullObject(c.name).load("id,name"));
  await context.sync();
  const lost = charts.filter((c, k) => byName[k].isNullObject && c.chartId !== undefined);
  if (lost.length === 0) return byName.map((chart) => (chart.isNullObject ? null : chart));
  sheet.charts.load("items/id,items/name");
  await context.sync();
  return byName.map((chart, k) => {
    if (!chart.isNullObject) return chart;
    const moved = sheet.charts.items.find((c) => c.id === charts[k].chartId);
    if (!moved) return null;
    // Our name back, so that the user (and desktop Excel) see the same chart under one name.
    moved.name = charts[k].name;
    return moved;
  });
}

/** A chart spec of any of our sheets: which block of that sheet feeds it. */
export type AnyChartSpec = Omit<ChartSpec, "id" | "block"> & { id: string; block: string };

type WrittenBlock = SheetRect & { id: string };
type BlockLayout = { id: string; grid: Pick<Grid, "header" | "names" | "rows"> };

/**
 * Finds each chart by name, else by the id an earlier run stored (`known`), creating it at the
 * given column only when both miss, and fills it. Returns each chart's name and id to store.
 */
export async function drawCharts(
  context: XRequestContext,
  sheet: XWorksheet,
  modelId: string,
  specs: AnyChartSpec[],
  blocks: WrittenBlock[],
  layouts: BlockLayout[],
  column: number,
  { known }: { known: readonly StoredChart[] } = { known: [] }
): Promise<StoredChart[]> {
  const placed = specs.map((s) => placeColumns(s, layouts));
  const tops = chartTops(specs);
  const wanted = specs.map((s) => {
    const name = chartName(modelId, s.id);
    return { id: s.id, name, chartId: known.find((c) => c.name === name)?.chartId };
  });
  const found = await findCharts(context, sheet, wanted);
  const charts = found.map(
    (chart, k) => chart ?? createChart(sheet, modelId, specs[k], placed[k], blocks, tops[k], column)
  );
  charts.forEach((chart) => {
    chart.load("id");
    chart.series.load("items/name");
  });
  await context.sync();
  charts.forEach((chart, k) => {
    fillChart(sheet, chart, specs[k], placed[k], blockOf(blocks, specs[k]));
  });
  await context.sync();
  return wanted.map((w, k) => ({ id: w.id, name: w.name, chartId: charts[k].id }));
}

/** The first row of each chart drawn for the first time: one below the other. */
function chartTops(specs: AnyChartSpec[]): number[] {
  let top = 2;
  return specs.map((s) => {
    const at = top;
    top += s.heightRows + CHART_GAP_ROWS;
    return at;
  });
}

/**
 * A spec's named columns as indices into its block, with the block's header for series names,
 * and how many of the block's data rows the chart draws.
 */
interface PlacedColumns {
  category: number | null;
  series: number[];
  header: string[];
  rows: number;
  /** The values the chart draws, every series together (for the log-axis rule). */
  values: unknown[];
}

function placeColumns(spec: AnyChartSpec, layouts: BlockLayout[]): PlacedColumns {
  const grid = layouts.find((b) => b.id === spec.block)?.grid;
  if (!grid) throw new Error(`no layout for block ${spec.block}`);
  const index = (name: string): number => {
    const i = grid.names?.indexOf(name) ?? -1;
    // A spec naming a column its block does not have is a programming error, not bad input.
    if (i < 0) throw new Error(`block ${spec.block} has no column "${name}"`);
    return i;
  };
  const rows =
    spec.leadingRowsWith === null
      ? grid.rows.length
      : leadingRows(grid.rows, index(spec.leadingRowsWith));
  const series = spec.seriesColumns.map(index);
  return {
    category: spec.categoryColumn === null ? null : index(spec.categoryColumn),
    series,
    header: grid.header,
    // A range needs one cell: a block of empty groups only draws its first, empty one.
    rows: Math.max(1, rows),
    values: grid.rows.slice(0, Math.max(1, rows)).flatMap((row) => series.map((c) => row[c])),
  };
}

/** The rows before the first whose value in the column is not a number above 0. */
function leadingRows(rows: Grid["rows"], column: number): number {
  const n = rows.findIndex((row) => !(typeof row[column] === "number" && Number(row[column]) > 0));
  return n < 0 ? rows.length : n;
}

function blockOf(blocks: WrittenBlock[], spec: AnyChartSpec): WrittenBlock {
  const block = blocks.find((b) => b.id === spec.block);
  if (!block) throw new Error(`block ${spec.block} was not written`);
  return block;
}

function createChart(
  sheet: XWorksheet,
  modelId: string,
  spec: AnyChartSpec,
  placed: PlacedColumns,
  blocks: WrittenBlock[],
  top: number,
  column: number
): XChart {
  const chart = sheet.charts.add(
    spec.type,
    columnRange(sheet, blockOf(blocks, spec), placed.series[0], placed.rows, true),
    "Columns"
  );
  chart.name = chartName(modelId, spec.id);
  chart.setPosition(
    sheet.getRangeByIndexes(top, column, 1, 1),
    sheet.getRangeByIndexes(top + spec.heightRows - 1, column + CHART_WIDTH_COLUMNS - 1, 1, 1)
  );
  return chart;
}

/** A block column's first data rows, with or without its header cell above them. */
function columnRange(
  sheet: XWorksheet,
  block: SheetRect,
  column: number,
  rows: number,
  withHeader: boolean
): XRange {
  const skip = withHeader ? 0 : 1;
  return sheet.getRangeByIndexes(
    block.rowIndex + skip,
    block.columnIndex + column,
    Math.min(rows, block.rowCount - 1) + 1 - skip,
    1
  );
}

/** Series, titles, axes and colours: everything a run may change, set on every run. */
function fillChart(
  sheet: XWorksheet,
  chart: XChart,
  spec: AnyChartSpec,
  placed: PlacedColumns,
  block: SheetRect
): void {
  const range = (column: number): XRange => columnRange(sheet, block, column, placed.rows, false);
  const categories = placed.category === null ? null : range(placed.category);
  const existing = chart.series.items.length;
  placed.series.forEach((column, i) => {
    const series = i < existing ? chart.series.getItemAt(i) : chart.series.add();
    series.setValues(range(column));
    if (categories) series.setXAxisValues(categories);
    series.name = placed.header[column] ?? "";
    const color = spec.colors[i % spec.colors.length];
    if (spec.type === "XYScatterLines") series.format.line.color = color;
    else if (!spec.colorByPoint) series.format.fill.setSolidColor(color);
    // A round chart's labels sit on its slices; a column's above it, on the chart's white.
    const onPoints = spec.labels !== null && (spec.type === "Doughnut" || spec.type === "Pie");
    if (spec.colorByPoint) colorPoints(series, placed.rows, spec.colors, onPoints);
    const style = spec.seriesStyles?.[i];
    if (style) styleSeries(series, style, color);
    labelSeries(series, spec.labels);
  });
  for (let i = existing - 1; i >= placed.series.length; i--) chart.series.getItemAt(i).delete();
  chart.title.text = spec.title;
  chart.legend.visible = spec.legend;
  if (spec.legend) chart.legend.position = "Bottom";
  if (spec.type === "Doughnut") return; // no axes
  const { categoryAxis, valueAxis } = chart.axes;
  categoryAxis.title.text = spec.categoryTitle ?? "";
  categoryAxis.title.visible = spec.categoryTitle !== null;
  const log = spec.logScale !== null && wantsLogScale(placed.values, spec.logScale.ratio);
  const valueTitle = log ? (spec.logScale?.title ?? null) : spec.valueTitle;
  valueAxis.title.text = valueTitle ?? "";
  valueAxis.title.visible = valueTitle !== null;
  valueAxis.scaleType = log ? "Logarithmic" : "Linear";
  if (log) valueAxis.logBase = 10;
  if (spec.valueFormat) valueAxis.numberFormat = spec.valueFormat;
  if (spec.valueMin !== null) valueAxis.minimum = spec.valueMin;
  if (spec.valueMax !== null) valueAxis.maximum = spec.valueMax;
  if (spec.categoryFormat) categoryAxis.numberFormat = spec.categoryFormat;
  if (spec.categoryMax !== null) categoryAxis.maximum = spec.categoryMax;
  categoryAxis.reversePlotOrder = spec.reverseCategories;
  // Reversed, the value axis would move to the top: it crosses at the last category instead.
  categoryAxis.position = spec.reverseCategories ? "Maximum" : "Automatic";
}

/** Every value a number above 0 (a log axis has no 0), the largest `ratio` times the smallest. */
function wantsLogScale(values: unknown[], ratio: number): boolean {
  const numbers = values.filter((v): v is number => typeof v === "number");
  if (numbers.length < 2 || numbers.length < values.length || numbers.some((v) => !(v > 0)))
    return false;
  return Math.max(...numbers) >= ratio * Math.min(...numbers);
}

/** Each point's fill, and its label's colour where the label sits on it (a doughnut's). */
function colorPoints(
  series: XChartSeries,
  points: number,
  colors: readonly string[],
  labelled: boolean
): void {
  for (let p = 0; p < points; p++) {
    const point = series.points.getItemAt(p);
    const color = colors[p % colors.length];
    point.format.fill.setSolidColor(color);
    if (labelled) point.dataLabel.format.font.color = labelColorOn(color);
  }
}

/** A line without markers, or a marker without a line (its one point, the rest blank cells). */
function styleSeries(series: XChartSeries, style: SeriesStyle, color: string): void {
  if (style === "line") {
    series.markerStyle = "None";
    series.format.line.lineStyle = "Continuous";
    return;
  }
  series.markerStyle = "Circle";
  series.markerSize = POINT_MARKER_SIZE;
  series.markerBackgroundColor = color;
  series.markerForegroundColor = color;
  series.format.line.lineStyle = "None";
}

/** Labels on or off, and what they show; hasDataLabels first, so the settings apply to them. */
function labelSeries(series: XChartSeries, labels: ChartLabels | null): void {
  series.hasDataLabels = labels !== null;
  if (labels === null) return;
  const l = series.dataLabels;
  l.showValue = labels.show === "value";
  l.showPercentage = labels.show === "percentage";
  l.showCategoryName = false;
  l.showSeriesName = false;
  l.showLegendKey = false;
  // The format applies to a percentage label too: a doughnut's shares read as the tables' do.
  l.numberFormat = labels.format;
}
