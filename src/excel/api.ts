// The part of the Excel JavaScript API the add-in uses, as narrow interfaces. The adapter is
// written against these; real office.js objects satisfy them (checked at the bottom of this file,
// so a drift in @types/office-js is a compile error) and the in-memory workbook implements them.
// Property types are taken from @types/office-js wherever it names them.

export type CellValue = string | number | boolean;
export type ChartTypeName =
  | "ColumnClustered"
  | "ColumnStacked"
  | "BarClustered"
  | "Line"
  | "LineMarkers"
  | "Doughnut"
  | "Pie"
  | "XYScatterLines";
export type SeriesBy = "Auto" | "Columns" | "Rows";

interface Loadable<T> {
  load(propertyNames?: string | string[]): T;
}

interface Nullable {
  /** Readable after sync without load, as in office.js. */
  readonly isNullObject: boolean;
}

export interface XRequestContext {
  readonly workbook: XWorkbook;
  sync(): Promise<void>;
}

/** Application; calculationMode is ExcelApi 1.8. */
export interface XApplication extends Loadable<XApplication> {
  readonly calculationMode: Excel.Application["calculationMode"];
  calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void;
  suspendApiCalculationUntilNextSync(): void;
  suspendScreenUpdatingUntilNextSync(): void;
}

/** Worksheet.protection (ExcelApi 1.2) and Workbook.protection (ExcelApi 1.7). */
export interface XProtection extends Loadable<XProtection> {
  readonly protected: boolean;
}

/** Range.getMergedAreasOrNullObject (ExcelApi 1.13). */
export interface XMergedAreas extends Loadable<XMergedAreas>, Nullable {
  readonly address: string;
  readonly areaCount: number;
}

// Events: Excel calls the handler after the change, on a later task; the handler must return a
// promise. Registered at the next sync; a handler added in Excel.run stays registered after it.
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
export type XEventHandler<A> = (args: A) => Promise<unknown>;

export interface XEventHandlerResult {
  remove(): void;
}

export interface XEvents<A> {
  add(handler: XEventHandler<A>): XEventHandlerResult;
}

/** Workbook.onSelectionChanged (ExcelApi 1.2): no address, read the selection afresh. */
export type XSelectionChangedArgs = Record<never, never>;

/** WorksheetCollection.onActivated (ExcelApi 1.7). */
export interface XWorksheetActivatedArgs {
  type: "WorksheetActivated";
  worksheetId: string;
}

/** WorksheetCollection.onSelectionChanged (ExcelApi 1.9): the address is without its sheet. */
export interface XWorksheetSelectionChangedArgs {
  type: "WorksheetSelectionChanged";
  worksheetId: string;
  address: string;
}

export interface XWorkbook {
  readonly application: XApplication;
  readonly protection: XProtection;
  readonly worksheets: XWorksheetCollection;
  readonly tables: XTableCollection;
  readonly names: XNamedItemCollection;
  readonly settings: XSettingCollection;
  readonly onSelectionChanged: XEvents<XSelectionChangedArgs>;
  getSelectedRange(): XRange;
}

export interface XWorksheetCollection extends Loadable<XWorksheetCollection> {
  readonly items: XWorksheet[];
  add(name?: string): XWorksheet;
  getItem(key: string): XWorksheet;
  getItemOrNullObject(key: string): XWorksheet;
  getActiveWorksheet(): XWorksheet;
  readonly onActivated: XEvents<XWorksheetActivatedArgs>;
  readonly onSelectionChanged: XEvents<XWorksheetSelectionChangedArgs>;
}

export interface XWorksheet extends Loadable<XWorksheet>, Nullable {
  readonly id: string;
  name: string;
  position: number;
  visibility: Excel.Worksheet["visibility"];
  readonly protection: XProtection;
  readonly tables: XTableCollection;
  readonly charts: XChartCollection;
  activate(): void;
  delete(): void;
  getRange(address?: string): XRange;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): XRange;
  getUsedRange(valuesOnly?: boolean): XRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
}

export interface XRange extends Loadable<XRange>, Nullable {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: Excel.Range["values"];
  numberFormat: Excel.Range["numberFormat"];
  formulas: Excel.Range["formulas"];
  readonly valueTypes: Excel.Range["valueTypes"];
  readonly worksheet: XWorksheet;
  readonly format: XRangeFormat;
  readonly conditionalFormats: XConditionalFormatCollection;
  clear(applyTo?: "All" | "Formats" | "Contents"): void;
  getCell(row: number, column: number): XRange;
  getOffsetRange(rowOffset: number, columnOffset: number): XRange;
  getResizedRange(deltaRows: number, deltaColumns: number): XRange;
  getSurroundingRegion(): XRange;
  getMergedAreasOrNullObject(): XMergedAreas;
  getTables(fullyContained?: boolean): XTableScopedCollection;
  select(): void;
}

export interface XRangeFormat extends Loadable<XRangeFormat> {
  columnWidth: number;
  /**
   * True puts the columns back to the sheet's standard width, as they were before any width was
   * set (RangeFormat.useStandardWidth, ExcelApi 1.2).
   */
  useStandardWidth: Excel.RangeFormat["useStandardWidth"];
  horizontalAlignment: Excel.RangeFormat["horizontalAlignment"];
  readonly font: XRangeFont;
  readonly fill: XRangeFill;
  autofitColumns(): void;
}

export interface XRangeFont extends Loadable<XRangeFont> {
  bold: boolean;
  color: string;
}

export interface XRangeFill extends Loadable<XRangeFill> {
  color: string;
  clear(): void;
}

export interface XTableCollection extends Loadable<XTableCollection> {
  readonly items: XTable[];
  add(address: XRange | string, hasHeaders: boolean): XTable;
  getItem(key: string): XTable;
  getItemOrNullObject(key: string): XTable;
}

export interface XTableScopedCollection extends Loadable<XTableScopedCollection> {
  readonly items: XTable[];
}

export interface XTable extends Loadable<XTable>, Nullable {
  readonly id: string;
  name: string;
  style: string;
  showBandedRows: boolean;
  /** A totals row is not data: the reader leaves it out. */
  readonly showTotals: boolean;
  readonly worksheet: XWorksheet;
  readonly columns: XTableColumnCollection;
  delete(): void;
  getRange(): XRange;
  getDataBodyRange(): XRange;
  getHeaderRowRange(): XRange;
  resize(newRange: XRange | string): void;
  /** Clears the filter of every column (ExcelApi 1.2). */
  clearFilters(): void;
}

export interface XTableColumnCollection extends Loadable<XTableColumnCollection> {
  readonly items: XTableColumn[];
  readonly count: number;
  add(index?: number, values?: CellValue[][], name?: string): XTableColumn;
  getItemOrNullObject(key: number | string): XTableColumn;
}

export interface XTableColumn extends Loadable<XTableColumn>, Nullable {
  readonly index: number;
  name: string;
  /** The column's filter (ExcelApi 1.2). */
  readonly filter: XFilter;
  delete(): void;
  getDataBodyRange(): XRange;
  getRange(): XRange;
}

/**
 * A table column's filter, ExcelApi 1.2 (https://learn.microsoft.com/javascript/api/excel/excel.filter):
 * applyValuesFilter keeps the rows whose cell shows one of the texts and hides the others; each
 * apply replaces the column's earlier filter, and filters of other columns stay.
 */
export interface XFilter {
  applyValuesFilter(values: string[]): void;
  clear(): void;
}

export interface XChartCollection extends Loadable<XChartCollection> {
  readonly items: XChart[];
  add(type: ChartTypeName, sourceData: XRange, seriesBy?: SeriesBy): XChart;
  getItemOrNullObject(name: string): XChart;
}

export interface XChart extends Loadable<XChart>, Nullable {
  readonly id: string;
  name: string;
  chartType: Excel.Chart["chartType"];
  top: number;
  left: number;
  width: number;
  height: number;
  readonly title: XChartTitle;
  readonly axes: XChartAxes;
  readonly legend: XChartLegend;
  readonly series: XChartSeriesCollection;
  delete(): void;
  setData(sourceData: XRange, seriesBy?: SeriesBy): void;
  setPosition(startCell: XRange | string, endCell?: XRange | string): void;
}

export interface XChartTitle extends Loadable<XChartTitle> {
  text: string;
  visible: boolean;
}

export interface XChartAxes extends Loadable<XChartAxes> {
  readonly categoryAxis: XChartAxis;
  readonly valueAxis: XChartAxis;
}

export interface XChartAxis extends Loadable<XChartAxis> {
  numberFormat: string;
  maximum: Excel.ChartAxis["maximum"];
  minimum: Excel.ChartAxis["minimum"];
  /**
   * Plots the points from last to first (ExcelApi 1.7): a bar chart draws its first category at
   * the bottom unless its category axis is reversed.
   * https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-reverseplotorder-member
   */
  reversePlotOrder: Excel.ChartAxis["reversePlotOrder"];
  /**
   * Where the other axis crosses this one (ExcelApi 1.8). "Maximum" on a reversed category axis
   * keeps the value axis at the bottom, where it would otherwise move to the top.
   * https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-position-member
   */
  position: Excel.ChartAxis["position"];
  /**
   * A logarithmic value axis (ExcelApi 1.7), base logBase: one below 2 is refused (VBA's
   * Axis.LogBase, https://learn.microsoft.com/office/vba/api/excel.axis.logbase).
   * https://learn.microsoft.com/javascript/api/excel/excel.chartaxis#excel-excel-chartaxis-scaletype-member
   */
  scaleType: Excel.ChartAxis["scaleType"];
  logBase: number;
  readonly title: XChartTitle;
}

export interface XChartLegend extends Loadable<XChartLegend> {
  position: Excel.ChartLegend["position"];
  visible: boolean;
}

export interface XChartSeriesCollection extends Loadable<XChartSeriesCollection> {
  readonly items: XChartSeries[];
  readonly count: number;
  add(name?: string, index?: number): XChartSeries;
  getItemAt(index: number): XChartSeries;
}

export interface XChartSeries extends Loadable<XChartSeries> {
  name: string;
  chartType: Excel.ChartSeries["chartType"];
  axisGroup: Excel.ChartSeries["axisGroup"];
  hasDataLabels: boolean;
  /**
   * Markers of a line or scatter series (ExcelApi 1.7); markerSize must be 2 to 72, else
   * InvalidArgument. https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-markerstyle-member
   */
  markerStyle: Excel.ChartSeries["markerStyle"];
  markerSize: number;
  markerBackgroundColor: string;
  markerForegroundColor: string;
  /**
   * What the series' data labels show, once hasDataLabels is true (ExcelApi 1.8).
   * https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-datalabels-member
   */
  readonly dataLabels: XChartDataLabels;
  readonly format: XChartSeriesFormat;
  readonly points: XChartPointsCollection;
  delete(): void;
  setValues(sourceData: XRange): void;
  setXAxisValues(sourceData: XRange): void;
}

/**
 * The labels of a series (ChartDataLabels: the show* members are ExcelApi 1.1, numberFormat 1.8).
 * showPercentage shows each point's share of the total, for pie and doughnut charts.
 * https://learn.microsoft.com/javascript/api/excel/excel.chartdatalabels
 */
export interface XChartDataLabels extends Loadable<XChartDataLabels> {
  showValue: boolean;
  showPercentage: boolean;
  showCategoryName: boolean;
  showSeriesName: boolean;
  showLegendKey: boolean;
  numberFormat: string;
}

export interface XChartSeriesFormat {
  readonly fill: XChartFill;
  /**
   * Lines and scatter series take their colour from the line, not the fill; lineStyle "None"
   * (ChartLineFormat.lineStyle, ExcelApi 1.7) leaves a series of markers only.
   * https://learn.microsoft.com/javascript/api/excel/excel.chartlineformat
   */
  readonly line: { color: string; lineStyle: Excel.ChartLineFormat["lineStyle"] };
}

export interface XChartFill {
  setSolidColor(color: string): void;
}

export interface XChartPointsCollection extends Loadable<XChartPointsCollection> {
  readonly count: number;
  getItemAt(index: number): XChartPoint;
}

export interface XChartPoint {
  readonly format: { readonly fill: XChartFill };
  /**
   * The point's own label (ChartPoint.dataLabel, ExcelApi 1.7; its format, ExcelApi 1.8): the font
   * colour that reads on the point's fill.
   * https://learn.microsoft.com/javascript/api/excel/excel.chartdatalabelformat
   */
  readonly dataLabel: { readonly format: { readonly font: { color: string } } };
}

export interface XConditionalFormatCollection extends Loadable<XConditionalFormatCollection> {
  readonly items: XConditionalFormat[];
  add(type: "ColorScale" | "CellValue"): XConditionalFormat;
  clearAll(): void;
}

export interface XConditionalFormat extends Loadable<XConditionalFormat> {
  readonly type: Excel.ConditionalFormat["type"];
  readonly colorScale: { criteria: Excel.ConditionalColorScaleCriteria };
  readonly cellValue: XCellValueConditionalFormat;
  delete(): void;
}

export interface XCellValueConditionalFormat {
  rule: Excel.ConditionalCellValueRule;
  readonly format: {
    readonly fill: { color: string };
    readonly font: { color: string };
  };
}

export interface XNamedItemCollection extends Loadable<XNamedItemCollection> {
  readonly items: XNamedItem[];
  add(name: string, reference: XRange | string, comment?: string): XNamedItem;
  getItemOrNullObject(name: string): XNamedItem;
}

export interface XNamedItem extends Loadable<XNamedItem>, Nullable {
  readonly name: string;
  comment: string;
  delete(): void;
  getRange(): XRange;
  getRangeOrNullObject(): XRange;
}

export interface XSettingCollection extends Loadable<XSettingCollection> {
  readonly items: XSetting[];
  add(key: string, value: string | number | boolean | object): XSetting;
  getItemOrNullObject(key: string): XSetting;
}

export interface XSetting extends Loadable<XSetting>, Nullable {
  readonly key: string;
  value: unknown;
  delete(): void;
}

// Compile-time proof that office.js satisfies the contract: if @types/office-js drifts from what
// the adapter relies on, one of these lines stops compiling.
type Satisfies<Contract, Real extends Contract> = Real;
export type OfficeConformance = [
  Satisfies<XRequestContext, Excel.RequestContext>,
  Satisfies<XWorkbook, Excel.Workbook>,
  Satisfies<XWorksheetCollection, Excel.WorksheetCollection>,
  Satisfies<XWorksheet, Excel.Worksheet>,
  Satisfies<XRange, Excel.Range>,
  Satisfies<XTable, Excel.Table>,
  Satisfies<XTableColumnCollection, Excel.TableColumnCollection>,
  Satisfies<XTableColumn, Excel.TableColumn>,
  Satisfies<XFilter, Excel.Filter>,
  Satisfies<XChart, Excel.Chart>,
  Satisfies<XChartSeries, Excel.ChartSeries>,
  Satisfies<XChartAxis, Excel.ChartAxis>,
  Satisfies<XChartDataLabels, Excel.ChartDataLabels>,
  Satisfies<XConditionalFormatCollection, Excel.ConditionalFormatCollection>,
  Satisfies<XNamedItemCollection, Excel.NamedItemCollection>,
  Satisfies<XSettingCollection, Excel.SettingCollection>,
];
