// Range and its format proxies.
import type {
  XMergedAreas,
  XRange,
  XRangeFill,
  XRangeFont,
  XRangeFormat,
  XTableScopedCollection,
} from "../excel";
import {
  MergedAreasProxy,
  assertNotMerged,
  assertSheetEditable,
  mergedAreasIn,
} from "./protection";
import { Rect, formatAddress, isInsideSheet, lastCol, lastRow } from "./address";
import { DEFAULT_COLUMN_WIDTH } from "./charts";
import { normalizeColor } from "./colors";
import { ConditionalFormatCollectionProxy } from "./conditionalFormatProxies";
import { DoubleContext } from "./context";
import { RangeRef } from "./entities";
import { officeError } from "./errors";
import { Collectable, ProxyBase, Resolver } from "./proxy";
import {
  cellText,
  readFormulas,
  readNumberFormats,
  readValueTypes,
  readValues,
  writeCells,
  writeNumberFormats,
} from "./rangeData";
import { StyleKey, StylePatch } from "./sheetCells";
import { TableScopedCollectionProxy } from "./tableProxies";
import { refreshHeaders } from "./tables";
import { WorksheetProxy } from "./worksheetProxies";

const ALIGNMENTS = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];
const AUTOFIT_POINTS_PER_CHAR = 7;
const AUTOFIT_MIN = 48;
const AUTOFIT_MAX = 300;

type ApplyTo = "All" | "Formats" | "Contents";

export class RangeProxy extends ProxyBase<RangeRef> implements XRange {
  private formatProxy: RangeFormatProxy | undefined;
  private cfProxy: ConditionalFormatCollectionProxy | undefined;
  private sheetProxy: WorksheetProxy | undefined;

  protected readonly scalars = {
    address: (ref: RangeRef) => formatAddress(ref.sheet.name, ref.rect),
    rowIndex: (ref: RangeRef) => ref.rect.row,
    columnIndex: (ref: RangeRef) => ref.rect.col,
    rowCount: (ref: RangeRef) => ref.rect.rows,
    columnCount: (ref: RangeRef) => ref.rect.cols,
    cellCount: (ref: RangeRef) => ref.rect.rows * ref.rect.cols,
    values: (ref: RangeRef) => this.counted(ref, readValues(this.context.model, ref)),
    formulas: (ref: RangeRef) => this.counted(ref, readFormulas(this.context.model, ref)),
    valueTypes: (ref: RangeRef) => this.counted(ref, readValueTypes(this.context.model, ref)),
    numberFormat: (ref: RangeRef) => this.counted(ref, readNumberFormats(ref)),
  };

  constructor(context: DoubleContext, resolver: Resolver<RangeRef>) {
    super(context, resolver, "Range");
  }

  protected override isGone(ref: RangeRef): boolean {
    return ref.sheet.deleted;
  }

  protected override navigation(name: string): Collectable | undefined {
    if (name === "format") return this.format;
    if (name === "conditionalFormats") return this.conditionalFormats;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  /** cellsRead counts every cell property read (values and numberFormat of 10 cells = 20). */
  private counted<T>(ref: RangeRef, data: T): T {
    this.context.countCells(0, ref.rect.rows * ref.rect.cols);
    return data;
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get valueTypes(): Excel.Range["valueTypes"] {
    return this.read("valueTypes");
  }

  get values(): Excel.Range["values"] {
    return this.read("values");
  }
  set values(values: Excel.Range["values"]) {
    this.writeCommand("values", values, (ref, location) => writeCells(ref, values, location));
  }

  get formulas(): Excel.Range["formulas"] {
    return this.read("formulas");
  }
  set formulas(formulas: Excel.Range["formulas"]) {
    this.writeCommand("formulas", formulas, (ref, location) => writeCells(ref, formulas, location));
  }

  get numberFormat(): Excel.Range["numberFormat"] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: Excel.Range["numberFormat"]) {
    this.writeCommand("numberFormat", formats, (ref, location) =>
      writeNumberFormats(ref, formats, location)
    );
  }

  /**
   * Every change to a range is refused on a protected sheet, and values, formulas and clears over
   * merged cells; loads and select() are not changes.
   */
  protected override command(
    member: string,
    args: unknown,
    run: (ref: RangeRef, location: string) => void
  ): void {
    super.command(member, args, (ref, location) => {
      if (member !== "select") assertSheetEditable(ref.sheet, location);
      if (member === "values" || member === "formulas") assertNotMerged(ref, location);
      run(ref, location);
    });
  }

  getMergedAreasOrNullObject(): XMergedAreas {
    this.pathArgs([]);
    const areas = new MergedAreasProxy(this.context, () => {
      const ref = this.resolveOrNull();
      if (ref === null) return null;
      const merged = mergedAreasIn(ref);
      return merged.length === 0 ? null : { ref, areas: merged };
    });
    areas.instantiateNullable("Range.getMergedAreasOrNullObject", []);
    return areas;
  }

  private writeCommand(
    member: string,
    args: unknown,
    write: (ref: RangeRef, location: string) => number
  ): void {
    this.command(member, args, (ref, location) => {
      const cells = write(ref, location);
      this.context.countCells(cells, 0);
      refreshHeaders(this.context.model, ref);
    });
  }

  get worksheet(): WorksheetProxy {
    this.sheetProxy ??= new WorksheetProxy(this.context, () => {
      const ref = this.resolveOrNull();
      return ref === null ? null : ref.sheet;
    });
    return this.sheetProxy;
  }

  get format(): RangeFormatProxy {
    this.formatProxy ??= new RangeFormatProxy(this.context, () => this.resolveOrNull());
    return this.formatProxy;
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.cfProxy ??= new ConditionalFormatCollectionProxy(this.context, () => this.resolveOrNull());
    return this.cfProxy;
  }

  clear(applyTo: ApplyTo = "All"): void {
    this.command("clear", { applyTo }, (ref, location) => {
      if (!["All", "Formats", "Contents"].includes(applyTo))
        throw officeError("InvalidArgument", location, String(applyTo));
      ref.sheet.cells.clear(ref.rect, applyTo !== "Formats", applyTo !== "Contents");
      if (applyTo !== "Formats") refreshHeaders(this.context.model, ref);
    });
  }

  /** A range computed from this one at sync time; outside the sheet is InvalidArgument. */
  private derive(
    member: string,
    args: unknown,
    compute: (ref: RangeRef, location: string) => Rect
  ): RangeProxy {
    this.pathArgs(args);
    const location = `Range.${member}`;
    return new RangeProxy(this.context, () => {
      const ref = this.resolveOrNull();
      if (ref === null) return null;
      const rect = compute(ref, location);
      if (!isInsideSheet(rect))
        throw officeError("InvalidArgument", location, "the range would leave the sheet");
      return { sheet: ref.sheet, rect };
    });
  }

  getCell(row: number, column: number): XRange {
    return this.derive("getCell", [row, column], (ref) => ({
      row: ref.rect.row + row,
      col: ref.rect.col + column,
      rows: 1,
      cols: 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): XRange {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (ref) => ({
      ...ref.rect,
      row: ref.rect.row + rowOffset,
      col: ref.rect.col + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): XRange {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (ref) => ({
      ...ref.rect,
      rows: ref.rect.rows + deltaRows,
      cols: ref.rect.cols + deltaColumns,
    }));
  }

  getSurroundingRegion(): XRange {
    return this.derive("getSurroundingRegion", [], (ref) =>
      ref.sheet.cells.surroundingRegion(ref.rect.row, ref.rect.col)
    );
  }

  getTables(fullyContained?: boolean): XTableScopedCollection {
    this.pathArgs([fullyContained ?? false]);
    return new TableScopedCollectionProxy(
      this.context,
      () => this.resolveOrNull(),
      fullyContained ?? false
    );
  }

  select(): void {
    this.command("select", [], (ref) => {
      this.context.model.activateSheet(ref.sheet, "Range.select");
      this.context.model.selection = { sheet: ref.sheet, rect: { ...ref.rect } };
    });
  }
}

/** Style commands on a range share this: validate, then add a style layer. */
abstract class StyledRangeProxy extends ProxyBase<RangeRef> {
  constructor(context: DoubleContext, resolver: Resolver<RangeRef>, typeName: string) {
    super(context, resolver, typeName);
  }

  protected override isGone(ref: RangeRef): boolean {
    return ref.sheet.deleted;
  }

  protected override command(
    member: string,
    args: unknown,
    run: (ref: RangeRef, location: string) => void
  ): void {
    super.command(member, args, (ref, location) => {
      assertSheetEditable(ref.sheet, location);
      run(ref, location);
    });
  }

  protected style<K extends StyleKey>(ref: RangeRef, key: K): unknown {
    return ref.sheet.cells.styleOver(ref.rect, key);
  }

  protected setStyle(
    member: string,
    value: unknown,
    patch: (value: unknown, location: string) => StylePatch
  ): void {
    this.command(member, value, (ref, location) =>
      ref.sheet.cells.addStyle(ref.rect, patch(value, location))
    );
  }
}

export class RangeFormatProxy extends StyledRangeProxy implements XRangeFormat {
  private fontProxy: RangeFontProxy | undefined;
  private fillProxy: RangeFillProxy | undefined;

  protected readonly scalars = {
    columnWidth: (ref: RangeRef) => this.widthOf(ref),
    useStandardWidth: (ref: RangeRef) => this.standardWidth(ref),
    rowHeight: () => 15,
    horizontalAlignment: (ref: RangeRef) => this.style(ref, "horizontalAlignment"),
  };

  constructor(context: DoubleContext, resolver: Resolver<RangeRef>) {
    super(context, resolver, "RangeFormat");
  }

  protected override navigation(name: string): Collectable | undefined {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    return undefined;
  }

  private widthOf(ref: RangeRef): number | null {
    const widths = ref.sheet.cells.columnWidths;
    const first = widths.get(ref.rect.col) ?? DEFAULT_COLUMN_WIDTH;
    for (let c = ref.rect.col; c <= lastCol(ref.rect); c++)
      if ((widths.get(c) ?? DEFAULT_COLUMN_WIDTH) !== first) return null;
    return first;
  }

  /** True when no column of the range has its own width; null when some have and some not. */
  private standardWidth(ref: RangeRef): boolean | null {
    const widths = ref.sheet.cells.columnWidths;
    const first = !widths.has(ref.rect.col);
    for (let c = ref.rect.col; c <= lastCol(ref.rect); c++)
      if (!widths.has(c) !== first) return null;
    return first;
  }

  get useStandardWidth(): boolean {
    return this.read("useStandardWidth");
  }
  /** True drops the columns' own widths; false, as in Excel, changes nothing. */
  set useStandardWidth(value: boolean) {
    this.command("useStandardWidth", value, (ref, location) => {
      if (typeof value !== "boolean") throw officeError("InvalidArgument", location, String(value));
      if (!value) return;
      for (let c = ref.rect.col; c <= lastCol(ref.rect); c++)
        ref.sheet.cells.columnWidths.delete(c);
    });
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(width: number) {
    this.command("columnWidth", width, (ref, location) => {
      if (typeof width !== "number" || !(width >= 0) || width > 255 * 7.5)
        throw officeError("InvalidArgument", location, `width ${width}`);
      for (let c = ref.rect.col; c <= lastCol(ref.rect); c++)
        ref.sheet.cells.columnWidths.set(c, width);
    });
  }

  get horizontalAlignment(): Excel.RangeFormat["horizontalAlignment"] {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(alignment: Excel.RangeFormat["horizontalAlignment"]) {
    this.setStyle("horizontalAlignment", alignment, (value, location) => {
      if (!ALIGNMENTS.includes(String(value)))
        throw officeError("InvalidArgument", location, `alignment ${String(value)}`);
      return { horizontalAlignment: String(value) };
    });
  }

  get font(): RangeFontProxy {
    this.fontProxy ??= new RangeFontProxy(this.context, () => this.resolveOrNull());
    return this.fontProxy;
  }

  get fill(): RangeFillProxy {
    this.fillProxy ??= new RangeFillProxy(this.context, () => this.resolveOrNull());
    return this.fillProxy;
  }

  /**
   * An estimate, not Excel's font metrics: ~7 points per character of the longest text, within
   * 48..300. Like Excel, it measures every cell of the columns, not only the range's rows: A2's
   * autofit is as wide as a long A1 (office-js#1017, #5999).
   */
  autofitColumns(): void {
    this.command("autofitColumns", [], (ref) => {
      const cells = ref.sheet.cells;
      const used = cells.usedRect(true);
      for (let c = ref.rect.col; c <= lastCol(ref.rect); c++) {
        let longest = 0;
        if (used && c >= used.col && c <= lastCol(used)) {
          for (let r = used.row; r <= lastRow(used); r++) {
            if (!cells.isEmpty(r, c))
              longest = Math.max(longest, cellText(this.context.model, ref.sheet, r, c).length);
          }
        }
        const width = Math.min(
          AUTOFIT_MAX,
          Math.max(AUTOFIT_MIN, Math.ceil(longest * AUTOFIT_POINTS_PER_CHAR))
        );
        cells.columnWidths.set(c, width);
      }
    });
  }
}

export class RangeFontProxy extends StyledRangeProxy implements XRangeFont {
  protected readonly scalars = {
    bold: (ref: RangeRef) => this.style(ref, "bold"),
    color: (ref: RangeRef) => this.style(ref, "fontColor"),
  };

  constructor(context: DoubleContext, resolver: Resolver<RangeRef>) {
    super(context, resolver, "RangeFont");
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.setStyle("bold", bold, (value, location) => {
      if (typeof value !== "boolean")
        throw officeError("InvalidArgument", location, "bold must be a boolean");
      return { bold: value };
    });
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.setStyle("color", color, (value, location) => ({
      fontColor: normalizeColor(value, location),
    }));
  }
}

export class RangeFillProxy extends StyledRangeProxy implements XRangeFill {
  protected readonly scalars = {
    color: (ref: RangeRef) => this.style(ref, "fill"),
  };

  constructor(context: DoubleContext, resolver: Resolver<RangeRef>) {
    super(context, resolver, "RangeFill");
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.setStyle("color", color, (value, location) => ({ fill: normalizeColor(value, location) }));
  }

  clear(): void {
    this.setStyle("clear", [], () => ({ fill: null }));
  }
}
