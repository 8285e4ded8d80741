// Native Excel charts drawn from the summary tables. A chart is found again by its stable name and
// updated in place (same object, new data), so a user's moves and resizes survive a later run.
// The name alone is not enough: Excel on the web resets a chart's name to "Chart N" when the user
// moves or copies it (office-js#3034), and a chart looked up by name only would then be drawn a
// second time beside the moved one. So every chart is also stored with its Chart.id (ExcelApi
// 1.7), its second key: a chart missing by name is looked up by id and given its name back.
import type { XChart, XChartSeries, XRange, XRequestContext, XWorksheet } from "./api";
import { chartSpecs, type ChartId, type ChartSpec } from "./layout/chartSpecs";
import type { Grid } from "./layout/cellTypes";
import type { Block } from "./layout/summaryBlocks";
import type { SheetRect, StoredBlock } from "./model";
import type { RunScope } from "./runScope";

/** Charts stand right of the tables, one below the other. */
const CHART_COLUMN = 10;
const CHART_WIDTH_COLUMNS = 8;
const CHART_HEIGHT_ROWS = 16;
const CHART_GAP_ROWS = 1;

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
  const specs = chartSpecs(language).filter((s) => blocks.some((b) => b.id === s.block));
  const stale = previous.filter((c) => !specs.some((s) => s.id === c.id));
  await deleteCharts(context, sheet, stale);
  const drawn = await drawCharts(context, sheet, modelId, specs, blocks, layouts, CHART_COLUMN, {
    known: previous,
  });
  return specs.map((s, k) => ({ ...drawn[k], id: s.id }));
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
  layouts: { id: string; grid: Pick<Grid, "header" | "names"> }[],
  column: number,
  { known }: { known: readonly StoredChart[] } = { known: [] }
): Promise<StoredChart[]> {
  const placed = specs.map((s) => placeColumns(s, layouts));
  const wanted = specs.map((s) => {
    const name = chartName(modelId, s.id);
    return { id: s.id, name, chartId: known.find((c) => c.name === name)?.chartId };
  });
  const found = await findCharts(context, sheet, wanted);
  const charts = found.map(
    (chart, k) => chart ?? createChart(sheet, modelId, specs[k], placed[k], blocks, k, column)
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

/** A spec's named columns as indices into its block, with the block's header for series names. */
interface PlacedColumns {
  category: number | null;
  series: number[];
  header: string[];
}

function placeColumns(
  spec: AnyChartSpec,
  layouts: { id: string; grid: Pick<Grid, "header" | "names"> }[]
): PlacedColumns {
  const grid = layouts.find((b) => b.id === spec.block)?.grid;
  if (!grid) throw new Error(`no layout for block ${spec.block}`);
  const index = (name: string): number => {
    const i = grid.names?.indexOf(name) ?? -1;
    // A spec naming a column its block does not have is a programming error, not bad input.
    if (i < 0) throw new Error(`block ${spec.block} has no column "${name}"`);
    return i;
  };
  return {
    category: spec.categoryColumn === null ? null : index(spec.categoryColumn),
    series: spec.seriesColumns.map(index),
    header: grid.header,
  };
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
  k: number,
  column: number
): XChart {
  const chart = sheet.charts.add(
    spec.type,
    columnRange(sheet, blockOf(blocks, spec), placed.series[0], true),
    "Columns"
  );
  chart.name = chartName(modelId, spec.id);
  const top = 2 + k * (CHART_HEIGHT_ROWS + CHART_GAP_ROWS);
  chart.setPosition(
    sheet.getRangeByIndexes(top, column, 1, 1),
    sheet.getRangeByIndexes(top + CHART_HEIGHT_ROWS - 1, column + CHART_WIDTH_COLUMNS - 1, 1, 1)
  );
  return chart;
}

/** A block column's cells, with or without its header cell. */
function columnRange(
  sheet: XWorksheet,
  block: SheetRect,
  column: number,
  withHeader: boolean
): XRange {
  const skip = withHeader ? 0 : 1;
  return sheet.getRangeByIndexes(
    block.rowIndex + skip,
    block.columnIndex + column,
    block.rowCount - skip,
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
  const categories =
    placed.category === null ? null : columnRange(sheet, block, placed.category, false);
  const existing = chart.series.items.length;
  placed.series.forEach((column, i) => {
    const series = i < existing ? chart.series.getItemAt(i) : chart.series.add();
    series.setValues(columnRange(sheet, block, column, false));
    if (categories) series.setXAxisValues(categories);
    series.name = placed.header[column] ?? "";
    const color = spec.colors[i % spec.colors.length];
    if (spec.type === "XYScatterLines") series.format.line.color = color;
    else if (!spec.colorByPoint) series.format.fill.setSolidColor(color);
    if (spec.colorByPoint) colorPoints(series, block.rowCount - 1, spec.colors);
  });
  for (let i = existing - 1; i >= placed.series.length; i--) chart.series.getItemAt(i).delete();
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  if (spec.type === "Doughnut") return; // no axes
  chart.axes.categoryAxis.title.text = spec.categoryTitle ?? "";
  chart.axes.categoryAxis.title.visible = spec.categoryTitle !== null;
  chart.axes.valueAxis.title.text = spec.valueTitle ?? "";
  chart.axes.valueAxis.title.visible = spec.valueTitle !== null;
  if (spec.valueFormat) chart.axes.valueAxis.numberFormat = spec.valueFormat;
  if (spec.valueMin !== null) chart.axes.valueAxis.minimum = spec.valueMin;
  if (spec.valueMax !== null) chart.axes.valueAxis.maximum = spec.valueMax;
  if (spec.categoryFormat) chart.axes.categoryAxis.numberFormat = spec.categoryFormat;
  if (spec.categoryMax !== null) chart.axes.categoryAxis.maximum = spec.categoryMax;
}

function colorPoints(series: XChartSeries, points: number, colors: readonly string[]): void {
  for (let p = 0; p < points; p++)
    series.points.getItemAt(p).format.fill.setSolidColor(colors[p % colors.length]);
}
