// A JSON snapshot of the whole workbook, deterministic (sheets by position, cells row-major) so
// tests can compare two workbooks with toEqual and write one to disk.
import { columnLetter } from "../core";
import {
  Rect,
  cellAddress,
  formatAddress,
  formatRect,
  lastCol,
  lastRow,
  parseAddress,
  parseRef,
} from "./address";
import { CellError, FormulaMark, ReadValue, errorValue } from "./cellValues";
import {
  AxisEntity,
  CellValueRule,
  ChartEntity,
  ColorScaleCriteria,
  ConditionalFormatEntity,
  DataLabelsEntity,
  MarkerEntity,
  NamedItemEntity,
  RangeRef,
  SeriesEntity,
  SettingEntity,
  SheetEntity,
  TableEntity,
  defaultAxis,
  defaultDataLabels,
  defaultMarker,
} from "./entities";
import { namedItemFormula } from "./namedItemProxies";
import { seriesName } from "./charts";
import { StylePatch } from "./sheetCells";
import { WorkbookModel } from "./workbookModel";

export type SnapshotCell = string | number | boolean | null;

export interface SheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Constants from A1 to the bottom-right of the used range; null = empty or formula cell. */
  cells: SnapshotCell[][];
  /** Cells holding an error value (their text is in `cells`). */
  errorCells: string[];
  /** Cells whose text was entered with a leading apostrophe. */
  quotePrefixed: string[];
  numberFormats: Record<string, string>;
  formulas: Record<string, string>;
  /** Style layers in the order applied, last wins; null resets to the default. */
  styles: { address: string; style: StylePatch }[];
  columnWidths: Record<string, number>;
  /**
   * Only when the sheet has array formulas: what each shows from its cell on, by address, the
   * spilled block or [["#SPILL!"]]. Computed from the formulas, so restoring ignores it.
   */
  spills?: Record<string, SnapshotCell[][]>;
}

export interface TableSnapshot {
  id: string;
  name: string;
  sheetId: string;
  address: string;
  style: string;
  showBandedRows: boolean;
  /** Column names, left to right. */
  columns: string[];
  /** Values filters by column name, when any column is filtered. */
  filters?: Record<string, string[]>;
  /** Sheet rows (1-based, as Excel numbers them) the filters hide, when any. */
  hiddenRows?: number[];
}

export interface AxisSnapshot {
  title: string;
  titleVisible: boolean;
  numberFormat: string;
  minimum: number | null;
  maximum: number | null;
  /** Optional: absent in snapshots taken before they were kept. */
  reversePlotOrder?: boolean;
  position?: string;
  scaleType?: "Linear" | "Logarithmic";
  logBase?: number;
}

export interface SeriesSnapshot {
  name: string;
  /** Cell the name is read from, when it came from a header. */
  nameAddress: string | null;
  chartType: string;
  axisGroup: "Primary" | "Secondary";
  hasDataLabels: boolean;
  valuesAddress: string | null;
  xValuesAddress: string | null;
  fill: string | null;
  lineColor: string | null;
  pointColors: (string | null)[];
  /** Optional: absent in snapshots taken before they were kept. */
  lineStyle?: string | null;
  marker?: MarkerEntity;
  dataLabels?: DataLabelsEntity;
  labelColors?: (string | null)[];
}

export interface ChartSnapshot {
  id: string;
  name: string;
  sheetId: string;
  type: string;
  title: string;
  titleVisible: boolean;
  categoryAxis: AxisSnapshot;
  valueAxis: AxisSnapshot;
  legend: { position: string; visible: boolean };
  top: number;
  left: number;
  width: number;
  height: number;
  series: SeriesSnapshot[];
}

export interface ConditionalFormatSnapshot {
  sheetId: string;
  address: string;
  type: "ColorScale" | "CellValue";
  criteria?: ColorScaleCriteria;
  rule?: CellValueRule;
  fillColor?: string | null;
  fontColor?: string | null;
}

export interface NamedItemSnapshot {
  name: string;
  /** "=Sheet1!$A$1:$B$2", "#REF!" for a deleted sheet, or ="text" for a text constant. */
  reference: string;
  comment: string;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
  charts: ChartSnapshot[];
  conditionalFormats: ConditionalFormatSnapshot[];
  names: NamedItemSnapshot[];
  settings: Record<string, unknown>;
  activeSheet: string | null;
  selection: string | null;
}

function refAddress(ref: RangeRef | undefined): string | null {
  return ref && !ref.sheet.deleted ? formatAddress(ref.sheet.name, ref.rect) : null;
}

function sheetSnapshot(sheet: SheetEntity, position: number): SheetSnapshot {
  const cells = sheet.cells;
  const used = cells.usedRect(true);
  const rows: SnapshotCell[][] = [];
  const errorCells: string[] = [];
  if (used) {
    for (let r = 0; r <= lastRow(used); r++) {
      const line: SnapshotCell[] = new Array(lastCol(used) + 1);
      for (let c = 0; c <= lastCol(used); c++) {
        const v = cells.get(r, c);
        if (v instanceof CellError) errorCells.push(cellAddress(r, c));
        line[c] =
          v === undefined || v instanceof FormulaMark ? null : v instanceof CellError ? v.text : v;
      }
      rows.push(line);
    }
  }
  const byPosition = <T>(entries: [number, number, T][]): Record<string, T> => {
    entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    return Object.fromEntries(entries.map(([r, c, v]) => [cellAddress(r, c), v]));
  };
  const formats: [number, number, string][] = [];
  for (let c = 0; c < cells.formatColumns(); c++)
    for (const [r, f] of cells.formatCells(c)) formats.push([r, c, f]);
  const quoted = cells.quotePrefixCells().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const widths = [...cells.columnWidths].sort((a, b) => a[0] - b[0]);
  return {
    id: sheet.id,
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    cells: rows,
    errorCells,
    quotePrefixed: quoted.map(([r, c]) => cellAddress(r, c)),
    numberFormats: byPosition(formats),
    formulas: byPosition(cells.formulaCells()),
    styles: cells.styleLayers.map((l) => ({ address: formatRect(l.rect), style: { ...l.patch } })),
    columnWidths: Object.fromEntries(widths.map(([c, w]) => [columnLetter(c), w])),
  };
}

function tableSnapshot(t: TableEntity): TableSnapshot {
  return {
    id: t.id,
    name: t.name,
    sheetId: t.sheet.id,
    address: formatRect(t.rect),
    style: t.style,
    showBandedRows: t.showBandedRows,
    columns: t.columns.map((c) => c.name),
    ...filterSnapshot(t),
  };
}

/** Only a filtered table gets the fields, so the snapshots of every other table stay as they were. */
function filterSnapshot(t: TableEntity): Pick<TableSnapshot, "filters" | "hiddenRows"> {
  const filtered = t.columns.filter((c) => c.filter !== undefined);
  if (filtered.length === 0) return {};
  return {
    filters: Object.fromEntries(filtered.map((c) => [c.name, [...(c.filter ?? [])]])),
    hiddenRows: [...t.hiddenRows].sort((a, b) => a - b).map((r) => r + 1),
  };
}

function axisSnapshot(a: AxisEntity): AxisSnapshot {
  return {
    title: a.title.text,
    titleVisible: a.title.visible,
    numberFormat: a.numberFormat,
    minimum: a.minimum,
    maximum: a.maximum,
    reversePlotOrder: a.reversePlotOrder,
    position: a.position,
    scaleType: a.scaleType,
    logBase: a.logBase,
  };
}

function seriesSnapshot(model: WorkbookModel, s: SeriesEntity): SeriesSnapshot {
  return {
    name: seriesName(model, s),
    nameAddress: refAddress(s.nameRef),
    chartType: s.chartType,
    axisGroup: s.axisGroup,
    hasDataLabels: s.hasDataLabels,
    valuesAddress: refAddress(s.values),
    xValuesAddress: refAddress(s.xValues),
    fill: s.fill ?? null,
    lineColor: s.line ?? null,
    pointColors: Array.from({ length: s.pointFills.length }, (_, i) => s.pointFills[i] ?? null),
    lineStyle: s.lineStyle ?? null,
    marker: { ...s.marker },
    dataLabels: { ...s.dataLabels },
    labelColors: (s.pointLabelColors ?? []).map((c) => c ?? null),
  };
}

function chartSnapshot(model: WorkbookModel, c: ChartEntity): ChartSnapshot {
  return {
    id: c.id,
    name: c.name,
    sheetId: c.sheet.id,
    type: c.chartType,
    title: c.title.text,
    titleVisible: c.title.visible,
    categoryAxis: axisSnapshot(c.categoryAxis),
    valueAxis: axisSnapshot(c.valueAxis),
    legend: { ...c.legend },
    top: c.top,
    left: c.left,
    width: c.width,
    height: c.height,
    series: c.series.map((s) => seriesSnapshot(model, s)),
  };
}

function cfSnapshot(f: ConditionalFormatEntity): ConditionalFormatSnapshot {
  const base = { sheetId: f.sheet.id, address: formatRect(f.rect), type: f.type };
  if (f.type === "ColorScale")
    return { ...base, criteria: JSON.parse(JSON.stringify(f.criteria)) as ColorScaleCriteria };
  return { ...base, rule: { ...f.rule }, fillColor: f.fillColor, fontColor: f.fontColor };
}

function nameSnapshot(n: NamedItemEntity): NamedItemSnapshot {
  const formula = namedItemFormula(n);
  return { name: n.name, reference: formula === "=#REF!" ? "#REF!" : formula, comment: n.comment };
}

function withSpills(model: WorkbookModel, sheet: SheetEntity, snap: SheetSnapshot): SheetSnapshot {
  const arrays = model.calculation.arrays(sheet);
  if (arrays.length === 0) return snap;
  const shown = (v: ReadValue | CellError): SnapshotCell => (v instanceof CellError ? v.text : v);
  const spills = arrays.map((a) => [
    cellAddress(a.row, a.col),
    a.values.map((line) => line.map(shown)),
  ]);
  return { ...snap, spills: Object.fromEntries(spills) };
}

export function toSnapshot(model: WorkbookModel): WorkbookSnapshot {
  const sel = model.selection;
  return {
    sheets: model.sheets.map((s, i) => withSpills(model, s, sheetSnapshot(s, i))),
    tables: model.tables.map(tableSnapshot),
    charts: model.charts.map((c) => chartSnapshot(model, c)),
    conditionalFormats: model.conditionalFormats.map(cfSnapshot),
    names: model.names.map(nameSnapshot),
    settings: Object.fromEntries(model.settings.map((s) => [s.key, JSON.parse(s.json) as unknown])),
    activeSheet: model.activeSheet?.name ?? null,
    selection: sel && !sel.sheet.deleted ? formatAddress(sel.sheet.name, sel.rect) : null,
  };
}

// ---- restoring ----

function rectOf(address: string): Rect {
  const rect = parseRef(address, "fromSnapshot");
  if (!rect) throw new Error(`snapshot: bad address ${address}`);
  return rect;
}

function cellOf(address: string): [number, number] {
  const rect = rectOf(address);
  return [rect.row, rect.col];
}

function restoreSheet(snap: SheetSnapshot): SheetEntity {
  const sheet = new SheetEntity(snap.id, snap.name, snap.visibility);
  const cells = sheet.cells;
  snap.cells.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null) cells.putRaw(r, c, v);
    })
  );
  for (const address of snap.errorCells) {
    const [r, c] = cellOf(address);
    const text = cells.get(r, c);
    cells.putRaw(r, c, errorValue(String(text)) ?? String(text));
  }
  for (const address of snap.quotePrefixed) cells.setQuotePrefixRaw(...cellOf(address));
  for (const [address, f] of Object.entries(snap.numberFormats))
    cells.setFormat(...cellOf(address), f);
  for (const [address, f] of Object.entries(snap.formulas))
    cells.setFormulaRaw(...cellOf(address), f);
  for (const layer of snap.styles) cells.addStyle(rectOf(layer.address), layer.style);
  for (const [letters, w] of Object.entries(snap.columnWidths))
    cells.columnWidths.set(rectOf(`${letters}1`).col, w);
  return sheet;
}

function refFrom(model: WorkbookModel, address: string | null): RangeRef | undefined {
  if (address === null) return undefined;
  const parsed = parseAddress(address, "fromSnapshot");
  const sheet = model.findSheet(parsed.sheetName ?? "");
  return sheet ? { sheet, rect: parsed.rect } : undefined;
}

function restoreChart(model: WorkbookModel, snap: ChartSnapshot, sheet: SheetEntity): ChartEntity {
  const chart = new ChartEntity(snap.id, snap.name, sheet, snap.type);
  Object.assign(chart, { top: snap.top, left: snap.left, width: snap.width, height: snap.height });
  chart.title = { text: snap.title, visible: snap.titleVisible };
  chart.categoryAxis = axisFrom(snap.categoryAxis);
  chart.valueAxis = axisFrom(snap.valueAxis);
  chart.legend = { ...snap.legend };
  chart.series = snap.series.map((s) => ({
    name: s.nameAddress === null ? s.name : "",
    nameRef: refFrom(model, s.nameAddress),
    chartType: s.chartType,
    axisGroup: s.axisGroup,
    hasDataLabels: s.hasDataLabels,
    values: refFrom(model, s.valuesAddress),
    xValues: refFrom(model, s.xValuesAddress),
    fill: s.fill ?? undefined,
    line: s.lineColor ?? undefined,
    pointFills: s.pointColors.map((p) => p ?? undefined),
    lineStyle: s.lineStyle ?? undefined,
    marker: s.marker ? { ...s.marker } : defaultMarker(),
    dataLabels: s.dataLabels ? { ...s.dataLabels } : defaultDataLabels(),
    pointLabelColors: (s.labelColors ?? []).map((c) => c ?? undefined),
  }));
  return chart;
}

function axisFrom(snap: AxisSnapshot): AxisEntity {
  const { title, titleVisible, numberFormat, minimum, maximum } = snap;
  return {
    ...defaultAxis(),
    title: { text: title, visible: titleVisible },
    numberFormat,
    minimum,
    maximum,
    reversePlotOrder: snap.reversePlotOrder ?? false,
    position: snap.position ?? "Automatic",
    scaleType: snap.scaleType ?? "Linear",
    logBase: snap.logBase ?? 10,
  };
}

function idNumber(id: string): number {
  const m = /^\{00000000-([0-9A-F]{4})-/i.exec(id) ?? /([0-9A-F]+)\}?$/i.exec(id);
  return m ? parseInt(m[1], 16) : 0;
}

export function fromSnapshot(snap: WorkbookSnapshot): WorkbookModel {
  const model = new WorkbookModel();
  model.sheets = [...snap.sheets].sort((a, b) => a.position - b.position).map(restoreSheet);
  const sheetById = (id: string): SheetEntity => {
    const sheet = model.sheets.find((s) => s.id === id);
    if (!sheet) throw new Error(`snapshot: unknown sheet id ${id}`);
    return sheet;
  };
  model.tables = snap.tables.map((t) => {
    const table = new TableEntity(t.id, t.name, sheetById(t.sheetId), rectOf(t.address));
    Object.assign(table, { style: t.style, showBandedRows: t.showBandedRows });
    table.columns = t.columns.map((name) => ({
      id: table.nextColumnId++,
      name,
      ...(t.filters?.[name] ? { filter: [...t.filters[name]] } : {}),
    }));
    table.hiddenRows = new Set((t.hiddenRows ?? []).map((r) => r - 1));
    return table;
  });
  model.charts = snap.charts.map((c) => restoreChart(model, c, sheetById(c.sheetId)));
  model.conditionalFormats = snap.conditionalFormats.map((f, i) => {
    const format = new ConditionalFormatEntity(
      String(i + 1),
      sheetById(f.sheetId),
      rectOf(f.address),
      f.type
    );
    if (f.criteria) format.criteria = JSON.parse(JSON.stringify(f.criteria)) as ColorScaleCriteria;
    if (f.rule) format.rule = { ...f.rule };
    format.fillColor = f.fillColor ?? null;
    format.fontColor = f.fontColor ?? null;
    return format;
  });
  model.names = snap.names.map((n) => {
    const constant = /^="((?:[^"]|"")*)"$/.exec(n.reference);
    if (constant)
      return new NamedItemEntity(n.name, null, n.comment, constant[1].replace(/""/g, '"'));
    const ref =
      n.reference === "#REF!" ? null : (refFrom(model, n.reference.replace(/^=/, "")) ?? null);
    return new NamedItemEntity(n.name, ref, n.comment);
  });
  model.settings = Object.entries(snap.settings).map(
    ([k, v]) => new SettingEntity(k, JSON.stringify(v))
  );
  model.activeSheet = snap.activeSheet === null ? undefined : model.findSheet(snap.activeSheet);
  model.selection = snap.selection === null ? undefined : refFrom(model, snap.selection);
  model.counters = {
    sheet: Math.max(0, ...model.sheets.map((s) => idNumber(s.id))),
    table: Math.max(0, ...model.tables.map((t) => Number(t.id) || 0)),
    chart: Math.max(0, ...model.charts.map((c) => idNumber(c.id))),
    conditionalFormat: Math.max(0, ...model.conditionalFormats.map((f) => Number(f.id) || 0)),
  };
  for (const sheet of model.sheets) {
    const numbers = model.charts
      .filter((c) => c.sheet === sheet)
      .map((c) => Number(/^Chart (\d+)$/.exec(c.name)?.[1] ?? 0));
    sheet.chartCounter = Math.max(0, ...numbers);
  }
  return model;
}
