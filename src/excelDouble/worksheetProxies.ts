// Worksheet and the worksheet collection.
import type {
  XEvents,
  XRange,
  XWorksheet,
  XWorksheetActivatedArgs,
  XWorksheetCollection,
  XWorksheetSelectionChangedArgs,
} from "../excel";
import { Rect, isInsideSheet } from "./address";
import { ChartCollectionProxy } from "./chartProxies";
import { DoubleContext } from "./context";
import { SheetEntity } from "./entities";
import { officeError } from "./errors";
import { eventSource } from "./events";
import { Collectable, CollectionProxy, ProxyBase, Resolver, createdBy } from "./proxy";
import { RangeProxy } from "./rangeProxies";
import { TableCollectionProxy } from "./tableProxies";
import { WHOLE_SHEET, WorkbookModel } from "./workbookModel";

export class WorksheetProxy extends ProxyBase<SheetEntity> implements XWorksheet {
  private tablesProxy: TableCollectionProxy | undefined;
  private chartsProxy: ChartCollectionProxy | undefined;

  protected readonly scalars = {
    id: (s: SheetEntity) => s.id,
    name: (s: SheetEntity) => s.name,
    position: (s: SheetEntity) => this.context.model.sheets.indexOf(s),
    visibility: (s: SheetEntity) => s.visibility,
  };

  constructor(context: DoubleContext, resolver: Resolver<SheetEntity>) {
    super(context, resolver, "Worksheet");
  }

  protected override isGone(sheet: SheetEntity): boolean {
    return sheet.deleted;
  }

  protected override navigation(name: string): Collectable | undefined {
    if (name === "tables") return this.tables;
    if (name === "charts") return this.charts;
    return undefined;
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("name", name, (sheet, location) =>
      this.context.model.renameSheet(sheet, name, location)
    );
  }

  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.command("position", position, (sheet, location) =>
      this.context.model.moveSheet(sheet, position, location)
    );
  }

  get visibility(): Excel.Worksheet["visibility"] {
    return this.read("visibility");
  }
  set visibility(visibility: Excel.Worksheet["visibility"]) {
    this.command("visibility", visibility, (sheet, location) =>
      this.context.model.setVisibility(sheet, String(visibility), location)
    );
  }

  get tables(): TableCollectionProxy {
    this.tablesProxy ??= new TableCollectionProxy(this.context, () => this.resolveOrNull());
    return this.tablesProxy;
  }

  get charts(): ChartCollectionProxy {
    this.chartsProxy ??= new ChartCollectionProxy(this.context, () => this.resolveOrNull());
    return this.chartsProxy;
  }

  activate(): void {
    this.command("activate", [], (sheet, location) =>
      this.context.model.activateSheet(sheet, location)
    );
  }

  delete(): void {
    this.command("delete", [], (sheet, location) =>
      this.context.model.deleteSheet(sheet, location)
    );
  }

  private range(
    member: string,
    args: unknown,
    compute: (sheet: SheetEntity, location: string) => Rect | null
  ): RangeProxy {
    this.pathArgs(args);
    const location = `Worksheet.${member}`;
    const range = new RangeProxy(this.context, () => {
      const sheet = this.resolveOrNull();
      if (sheet === null) return null;
      const rect = compute(sheet, location);
      return rect === null ? null : { sheet, rect };
    });
    return range;
  }

  getRange(address?: string): XRange {
    return this.range("getRange", [address ?? null], (sheet, location) => {
      if (address === undefined || address === null) return { ...WHOLE_SHEET };
      const ref = this.context.model.resolveAddress(address, sheet, location);
      if (ref.sheet !== sheet)
        throw officeError(
          "InvalidArgument",
          location,
          `"${address}" is not on sheet ${sheet.name}`
        );
      return ref.rect;
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number
  ): XRange {
    const args = [startRow, startColumn, rowCount, columnCount];
    return this.range("getRangeByIndexes", args, (_sheet, location) => {
      const rect = { row: startRow, col: startColumn, rows: rowCount, cols: columnCount };
      if (!isInsideSheet(rect))
        throw officeError(
          "InvalidArgument",
          location,
          `indexes ${args.join(",")} are outside the sheet`
        );
      return rect;
    });
  }

  getUsedRange(valuesOnly?: boolean): XRange {
    // An empty sheet's used range is A1 (office.js); the OrNullObject variant is a null object instead.
    return this.range(
      "getUsedRange",
      [valuesOnly ?? false],
      (sheet) => sheet.cells.usedRect(valuesOnly ?? false) ?? { row: 0, col: 0, rows: 1, cols: 1 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange {
    const range = this.range(
      "getUsedRangeOrNullObject",
      [valuesOnly ?? false],
      (sheet) => sheet.cells.usedRect(valuesOnly ?? false) ?? null
    );
    range.instantiateNullable("Worksheet.getUsedRangeOrNullObject", [valuesOnly ?? false]);
    return range;
  }
}

export class WorksheetCollectionProxy
  extends CollectionProxy<WorkbookModel, SheetEntity, WorksheetProxy>
  implements XWorksheetCollection
{
  protected readonly scalars = { count: (m: WorkbookModel) => m.sheets.length };
  readonly onActivated: XEvents<XWorksheetActivatedArgs>;
  readonly onSelectionChanged: XEvents<XWorksheetSelectionChangedArgs>;

  constructor(context: DoubleContext) {
    super(context, () => context.model, "WorksheetCollection");
    this.onActivated = eventSource(
      context,
      "worksheetActivated",
      "WorksheetCollection.onActivated"
    );
    this.onSelectionChanged = eventSource(
      context,
      "worksheetSelectionChanged",
      "WorksheetCollection.onSelectionChanged"
    );
  }

  protected entities(model: WorkbookModel): SheetEntity[] {
    return model.sheets;
  }

  protected itemProxy(sheet: SheetEntity): WorksheetProxy {
    return new WorksheetProxy(this.context, () => sheet);
  }

  add(name?: string): XWorksheet {
    const created = createdBy<SheetEntity>("WorksheetCollection.add");
    this.command("add", [name ?? null], (model, location) =>
      created.set(model.addSheet(name, location))
    );
    return new WorksheetProxy(this.context, created.resolver);
  }

  getItem(key: string): XWorksheet {
    this.pathArgs([key]);
    return new WorksheetProxy(this.context, () =>
      this.context.model.getSheet(key, "WorksheetCollection.getItem")
    );
  }

  getItemOrNullObject(key: string): XWorksheet {
    this.pathArgs([key]);
    const sheet = new WorksheetProxy(this.context, () => this.context.model.findSheet(key) ?? null);
    sheet.instantiateNullable("WorksheetCollection.getItemOrNullObject", [key]);
    return sheet;
  }

  getActiveWorksheet(): XWorksheet {
    this.pathArgs([]);
    return new WorksheetProxy(this.context, () => this.context.model.requireActiveSheet());
  }
}
