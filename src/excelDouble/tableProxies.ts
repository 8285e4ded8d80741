// Tables, their columns, and the table collections (workbook, worksheet, and range.getTables()).
import type {
  CellValue,
  XFilter,
  XRange,
  XTable,
  XTableCollection,
  XTableColumn,
  XTableColumnCollection,
  XTableScopedCollection,
} from "../excel";
import { assertNotMerged, assertSheetEditable } from "./protection";
import { Rect, contains, intersects } from "./address";
import { DoubleContext } from "./context";
import { RangeRef, SheetEntity, TableColumnEntity, TableEntity } from "./entities";
import { officeError } from "./errors";
import { applyValuesFilter, clearColumnFilter, clearTableFilters } from "./filters";
import { Collectable, CollectionProxy, ProxyBase, Resolver, createdBy } from "./proxy";
import { RangeProxy } from "./rangeProxies";
import {
  addTable,
  addTableColumn,
  columnRect,
  deleteTable,
  deleteTableColumn,
  findColumn,
  renameTable,
  resizeTable,
  writeHeaderNames,
} from "./tables";
import { WorkbookModel } from "./workbookModel";
import { WorksheetProxy } from "./worksheetProxies";

const TABLE_STYLE =
  /^TableStyle(Light([1-9]|1[0-9]|2[01])|Medium([1-9]|1[0-9]|2[0-8])|Dark([1-9]|1[01]))$/;

/** Resolves a Range proxy or an address string argument at sync time. */
export function rangeArgument(
  context: DoubleContext,
  arg: XRange | string,
  defaultSheet: () => SheetEntity,
  location: string
): () => RangeRef {
  if (typeof arg === "string")
    return () => context.model.resolveAddress(arg, defaultSheet(), location);
  if (!(arg instanceof RangeProxy))
    throw context.fail("InvalidArgument", location, "expected a Range or an address");
  if (arg.context !== context)
    throw context.fail("InvalidRequestContext", location, "range from another request context");
  return () => arg.resolve(location);
}

type TableOwner = WorkbookModel | SheetEntity;

export class TableCollectionProxy
  extends CollectionProxy<TableOwner, TableEntity, TableProxy>
  implements XTableCollection
{
  protected readonly scalars = { count: (owner: TableOwner) => this.entities(owner).length };

  constructor(context: DoubleContext, resolver: Resolver<TableOwner>) {
    super(context, resolver, "TableCollection");
  }

  protected entities(owner: TableOwner): TableEntity[] {
    const tables = this.context.model.tables;
    return owner instanceof SheetEntity ? tables.filter((t) => t.sheet === owner) : tables;
  }

  protected itemProxy(table: TableEntity): TableProxy {
    return new TableProxy(this.context, () => table);
  }

  add(address: XRange | string, hasHeaders: boolean): XTable {
    const location = "TableCollection.add";
    const created = createdBy<TableEntity>(location);
    const model = this.context.model;
    const source = rangeArgument(this.context, address, () => this.defaultSheet(), location);
    const args = [typeof address === "string" ? address : null, hasHeaders];
    this.command("add", args, (owner) => {
      const ref = source();
      if (owner instanceof SheetEntity && ref.sheet !== owner) {
        throw officeError("InvalidArgument", location, "the range is on another worksheet");
      }
      assertSheetEditable(ref.sheet, location);
      assertNotMerged(ref, location);
      created.set(addTable(model, ref, hasHeaders, location));
    });
    return new TableProxy(this.context, created.resolver);
  }

  private defaultSheet(): SheetEntity {
    const owner = this.resolve("TableCollection.add");
    return owner instanceof SheetEntity ? owner : this.context.model.requireActiveSheet();
  }

  private find(key: string): TableEntity | undefined {
    const owner = this.resolve("TableCollection.getItem");
    const lower = String(key).toLowerCase();
    return this.entities(owner).find((t) => t.id === key || t.name.toLowerCase() === lower);
  }

  getItem(key: string): XTable {
    this.pathArgs([key]);
    return new TableProxy(this.context, () => {
      const table = this.find(key);
      if (!table) throw officeError("ItemNotFound", "TableCollection.getItem", `no table "${key}"`);
      return table;
    });
  }

  getItemOrNullObject(key: string): XTable {
    this.pathArgs([key]);
    const table = new TableProxy(this.context, () => this.find(key) ?? null);
    table.instantiateNullable("TableCollection.getItemOrNullObject", [key]);
    return table;
  }
}

export class TableScopedCollectionProxy
  extends CollectionProxy<RangeRef, TableEntity, TableProxy>
  implements XTableScopedCollection
{
  protected readonly scalars = { count: (ref: RangeRef) => this.entities(ref).length };

  constructor(
    context: DoubleContext,
    resolver: Resolver<RangeRef>,
    private readonly fullyContained: boolean
  ) {
    super(context, resolver, "TableScopedCollection");
  }

  protected entities(ref: RangeRef): TableEntity[] {
    const test = (rect: Rect): boolean =>
      this.fullyContained ? contains(ref.rect, rect) : intersects(ref.rect, rect);
    return this.context.model.tables.filter((t) => t.sheet === ref.sheet && test(t.rect));
  }

  protected itemProxy(table: TableEntity): TableProxy {
    return new TableProxy(this.context, () => table);
  }
}

export class TableProxy extends ProxyBase<TableEntity> implements XTable {
  private columnsProxy: TableColumnCollectionProxy | undefined;
  private sheetProxy: WorksheetProxy | undefined;

  protected readonly scalars = {
    id: (t: TableEntity) => t.id,
    name: (t: TableEntity) => t.name,
    style: (t: TableEntity) => t.style,
    showBandedRows: (t: TableEntity) => t.showBandedRows,
    showHeaders: () => true,
    showTotals: () => false,
  };

  constructor(context: DoubleContext, resolver: Resolver<TableEntity>) {
    super(context, resolver, "Table");
  }

  protected override isGone(table: TableEntity): boolean {
    return table.deleted;
  }

  protected override navigation(name: string): Collectable | undefined {
    if (name === "columns") return this.columns;
    if (name === "worksheet") return this.worksheet;
    return undefined;
  }

  get id(): string {
    return this.read("id");
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("name", name, (table, location) =>
      renameTable(this.context.model, table, name, location)
    );
  }

  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.command("style", style, (table, location) => {
      if (!TABLE_STYLE.test(style))
        throw officeError("InvalidArgument", location, `table style ${style}`);
      table.style = style;
    });
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }

  get showBandedRows(): boolean {
    return this.read("showBandedRows");
  }
  set showBandedRows(show: boolean) {
    this.command("showBandedRows", show, (table) => (table.showBandedRows = Boolean(show)));
  }

  get worksheet(): WorksheetProxy {
    this.sheetProxy ??= new WorksheetProxy(this.context, () => this.resolveOrNull()?.sheet ?? null);
    return this.sheetProxy;
  }

  get columns(): TableColumnCollectionProxy {
    this.columnsProxy ??= new TableColumnCollectionProxy(this.context, () => this.resolveOrNull());
    return this.columnsProxy;
  }

  delete(): void {
    this.command("delete", [], (table) => deleteTable(this.context.model, table));
  }

  clearFilters(): void {
    this.command("clearFilters", [], (table, location) =>
      clearTableFilters(this.context.model, table, location)
    );
  }

  private range(member: string, rect: (table: TableEntity) => Rect): XRange {
    this.pathArgs([member]);
    return new RangeProxy(this.context, () => {
      const table = this.resolveOrNull();
      return table === null ? null : { sheet: table.sheet, rect: rect(table) };
    });
  }

  getRange(): XRange {
    return this.range("getRange", (t) => ({ ...t.rect }));
  }

  getDataBodyRange(): XRange {
    return this.range("getDataBodyRange", (t) => ({
      ...t.rect,
      row: t.rect.row + 1,
      rows: t.rect.rows - 1,
    }));
  }

  getHeaderRowRange(): XRange {
    return this.range("getHeaderRowRange", (t) => ({ ...t.rect, rows: 1 }));
  }

  resize(newRange: XRange | string): void {
    const location = "Table.resize";
    const target = rangeArgument(
      this.context,
      newRange,
      () => this.resolve(location).sheet,
      location
    );
    this.command("resize", [typeof newRange === "string" ? newRange : null], (table) =>
      resizeTable(this.context.model, table, target(), location)
    );
  }
}

export class TableColumnCollectionProxy
  extends CollectionProxy<TableEntity, TableColumnEntity, TableColumnProxy>
  implements XTableColumnCollection
{
  protected readonly scalars = { count: (t: TableEntity) => t.columns.length };

  constructor(context: DoubleContext, resolver: Resolver<TableEntity>) {
    super(context, resolver, "TableColumnCollection");
  }

  protected override isGone(table: TableEntity): boolean {
    return table.deleted;
  }

  protected entities(table: TableEntity): TableColumnEntity[] {
    return table.columns;
  }

  protected itemProxy(column: TableColumnEntity): TableColumnProxy {
    return new TableColumnProxy(this.context, () => {
      const table = this.resolve("TableColumnCollection");
      return { table, column };
    });
  }

  get count(): number {
    return this.read("count");
  }

  add(index?: number, values?: CellValue[][], name?: string): XTableColumn {
    const location = "TableColumnCollection.add";
    const created = createdBy<TableColumnEntity>(location);
    this.command("add", [index ?? null, values ?? null, name ?? null], (table) => {
      assertSheetEditable(table.sheet, location);
      created.set(addTableColumn(this.context.model, table, index, values, name, location));
    });
    return new TableColumnProxy(this.context, () => ({
      table: this.resolve(location),
      column: created.resolver() as TableColumnEntity,
    }));
  }

  getItemOrNullObject(key: number | string): XTableColumn {
    this.pathArgs([key]);
    const column = new TableColumnProxy(this.context, () => {
      const table = this.resolveOrNull();
      const found = table === null ? undefined : findColumn(table, key);
      return table === null || found === undefined ? null : { table, column: found };
    });
    column.instantiateNullable("TableColumnCollection.getItemOrNullObject", [key]);
    return column;
  }
}

interface ColumnTarget {
  table: TableEntity;
  column: TableColumnEntity;
}

export class TableColumnProxy extends ProxyBase<ColumnTarget> implements XTableColumn {
  protected readonly scalars = {
    id: (t: ColumnTarget) => t.column.id,
    index: (t: ColumnTarget) => t.table.columns.indexOf(t.column),
    name: (t: ColumnTarget) => t.column.name,
  };

  constructor(context: DoubleContext, resolver: Resolver<ColumnTarget>) {
    super(context, resolver, "TableColumn");
  }

  protected override isGone(target: ColumnTarget): boolean {
    return target.table.deleted || target.column.deleted === true;
  }

  get index(): number {
    return this.read("index");
  }

  get filter(): XFilter {
    return new FilterProxy(this.context, () => this.resolveOrNull());
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("name", name, ({ table, column }, location) => {
      if (typeof name !== "string" || name.trim() === "")
        throw officeError("InvalidArgument", location, "empty column name");
      const clash = table.columns.find(
        (c) => c !== column && c.name.toLowerCase() === name.toLowerCase()
      );
      if (clash) throw officeError("InvalidArgument", location, `column "${name}" exists`);
      column.name = name;
      writeHeaderNames(table);
    });
  }

  delete(): void {
    this.command("delete", [], ({ table, column }, location) =>
      deleteTableColumn(table, column, location)
    );
  }

  private range(member: string, body: boolean): XRange {
    this.pathArgs([member]);
    return new RangeProxy(this.context, () => {
      const target = this.resolveOrNull();
      if (target === null) return null;
      const rect = columnRect(target.table, target.column);
      return {
        sheet: target.table.sheet,
        rect: body ? { ...rect, row: rect.row + 1, rows: rect.rows - 1 } : rect,
      };
    });
  }

  getDataBodyRange(): XRange {
    return this.range("getDataBodyRange", true);
  }

  getRange(): XRange {
    return this.range("getRange", false);
  }
}

/** TableColumn.filter: its commands act on the column's table at sync time. */
class FilterProxy extends ProxyBase<ColumnTarget> implements XFilter {
  protected readonly scalars = {};

  constructor(context: DoubleContext, resolver: Resolver<ColumnTarget>) {
    super(context, resolver, "Filter");
  }

  protected override isGone(target: ColumnTarget): boolean {
    return target.table.deleted || target.column.deleted === true;
  }

  applyValuesFilter(values: string[]): void {
    this.command("applyValuesFilter", [values], ({ table, column }, location) =>
      applyValuesFilter(this.context.model, table, column, values, location)
    );
  }

  clear(): void {
    this.command("clear", [], ({ table, column }, location) =>
      clearColumnFilter(this.context.model, table, column, location)
    );
  }
}
