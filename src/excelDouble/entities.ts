// The stored objects of the in-memory workbook. Proxies hold references to these (not names),
// so renaming a sheet or table never breaks an object that points at it.
import { Rect } from "./address";
import { SheetCells } from "./sheetCells";

export class SheetEntity {
  readonly cells = new SheetCells();
  deleted = false;
  /** Next number for the default "Chart N" name; per sheet, as in Excel. */
  chartCounter = 0;
  /** Protected by the user (Review > Protect Sheet): the API may not change its cells. */
  isProtected = false;
  /** Merged areas (Home > Merge): values and tables may not overlap them. */
  merged: Rect[] = [];
  constructor(
    /** Not readonly: a new session may hand out other ids (see WorkbookModel.reassignSheetIds). */
    public id: string,
    public name: string,
    public visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible"
  ) {}
}

export interface RangeRef {
  sheet: SheetEntity;
  rect: Rect;
}

export interface TableColumnEntity {
  readonly id: number;
  name: string;
  deleted?: boolean;
  /** A values filter: the texts whose rows show (filters.ts). */
  filter?: string[];
}

export class TableEntity {
  style = "TableStyleMedium2";
  showBandedRows = true;
  deleted = false;
  nextColumnId = 1;
  columns: TableColumnEntity[] = [];
  /** Body rows (sheet row indexes) the column filters hid when last applied (filters.ts). */
  hiddenRows = new Set<number>();
  constructor(
    readonly id: string,
    public name: string,
    public sheet: SheetEntity,
    public rect: Rect
  ) {}
}

export interface ChartTitleEntity {
  text: string;
  visible: boolean;
}

export interface AxisEntity {
  title: ChartTitleEntity;
  numberFormat: string;
  minimum: number | null;
  maximum: number | null;
  reversePlotOrder: boolean;
  /** Where the other axis crosses this one: "Automatic", "Maximum", "Minimum" or "Custom". */
  position: string;
  scaleType: "Linear" | "Logarithmic";
  logBase: number;
}

/** What a series' data labels show (when the series has them). */
export interface DataLabelsEntity {
  showValue: boolean;
  showPercentage: boolean;
  showCategoryName: boolean;
  showSeriesName: boolean;
  showLegendKey: boolean;
  numberFormat: string;
}

export interface MarkerEntity {
  style: string;
  size: number;
  background?: string;
  foreground?: string;
}

/** Excel's defaults: a series' labels show its values, in the cells' number format. */
export function defaultDataLabels(): DataLabelsEntity {
  return {
    showValue: true,
    showPercentage: false,
    showCategoryName: false,
    showSeriesName: false,
    showLegendKey: false,
    numberFormat: "General",
  };
}

/** A new series' markers: the chart type decides ("Automatic"), Excel's default size. */
export function defaultMarker(): MarkerEntity {
  return { style: "Automatic", size: 5 };
}

export function defaultAxis(): AxisEntity {
  return {
    title: { text: "", visible: false },
    numberFormat: "General",
    minimum: null,
    maximum: null,
    reversePlotOrder: false,
    position: "Automatic",
    scaleType: "Linear",
    logBase: 10,
  };
}

export interface SeriesEntity {
  name: string;
  /** Cell the name is read from when the series came from a header row. */
  nameRef?: RangeRef;
  chartType: string;
  axisGroup: "Primary" | "Secondary";
  hasDataLabels: boolean;
  values?: RangeRef;
  xValues?: RangeRef;
  fill?: string;
  line?: string;
  /** "None": no line between the points (a series of markers only). */
  lineStyle?: string;
  marker: MarkerEntity;
  dataLabels: DataLabelsEntity;
  pointFills: (string | undefined)[];
  /** Font colours of single points' labels (ChartPoint.dataLabel.format.font.color). */
  pointLabelColors?: (string | undefined)[];
  deleted?: boolean;
}

export class ChartEntity {
  top = 0;
  left = 0;
  width = 360;
  height = 216;
  title: ChartTitleEntity = { text: "", visible: false };
  categoryAxis: AxisEntity = defaultAxis();
  valueAxis: AxisEntity = defaultAxis();
  legend = { position: "Right", visible: true };
  series: SeriesEntity[] = [];
  deleted = false;
  constructor(
    readonly id: string,
    public name: string,
    public sheet: SheetEntity,
    public chartType: string
  ) {}
}

export interface ColorScaleCriterion {
  type: string;
  formula?: string;
  color?: string;
}

export interface ColorScaleCriteria {
  minimum: ColorScaleCriterion;
  midpoint?: ColorScaleCriterion;
  maximum: ColorScaleCriterion;
}

export interface CellValueRule {
  formula1: string;
  formula2?: string;
  operator: string;
}

export class ConditionalFormatEntity {
  deleted = false;
  criteria: ColorScaleCriteria = {
    minimum: { type: "LowestValue", color: "#F8696B" },
    midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
    maximum: { type: "HighestValue", color: "#63BE7B" },
  };
  rule: CellValueRule = { formula1: "=0", operator: "GreaterThan" };
  fillColor: string | null = null;
  fontColor: string | null = null;
  constructor(
    readonly id: string,
    public sheet: SheetEntity,
    public rect: Rect,
    readonly type: "ColorScale" | "CellValue"
  ) {}
}

export class NamedItemEntity {
  deleted = false;
  constructor(
    public name: string,
    /** null once the sheet it pointed to is deleted (#REF!). */
    public ref: RangeRef | null,
    public comment: string,
    /** A name added with a string not starting with "=" refers to that text, not to cells. */
    public constant?: string
  ) {}
}

export class SettingEntity {
  deleted = false;
  constructor(
    readonly key: string,
    public json: string
  ) {}
}
