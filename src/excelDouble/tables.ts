// Table rules: creation from a range, header names, columns, resize and delete.
import { MAX_COLUMNS, Rect, intersects, lastCol, lastRow } from "./address";
import { RangeRef, SheetEntity, TableColumnEntity, TableEntity } from "./entities";
import { officeError } from "./errors";
import { cellText, writeCells } from "./rangeData";
import { WorkbookModel, looksLikeCellReference } from "./workbookModel";

export function validateTableName(
  model: WorkbookModel,
  name: string,
  location: string,
  except?: TableEntity
): void {
  const valid =
    typeof name === "string" && /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) && name.length <= 255;
  if (!valid || looksLikeCellReference(name))
    throw officeError("InvalidArgument", location, `invalid table name "${name}"`);
  if (model.isDefinedNameTaken(name, except))
    throw officeError("ItemAlreadyExists", location, `name "${name}" is taken`);
}

function nextTableName(model: WorkbookModel): string {
  let n = model.counters.table + 1;
  while (model.isDefinedNameTaken(`Table${n}`)) n++;
  return `Table${n}`;
}

/** Excel's header normalisation: blank -> "ColumnN" (N = position), duplicates -> "Name2", "Name3"... */
export function normalizeHeaders(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((text, i) => {
    const base = text.trim() === "" ? `Column${i + 1}` : text;
    let name = base;
    let n = 2;
    while (seen.has(name.toLowerCase())) name = `${base}${n++}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function headerRect(table: TableEntity): Rect {
  return { ...table.rect, rows: 1 };
}

/** Header cells always hold their column's name as text (Excel turns a numeric header into text). */
export function writeHeaderNames(table: TableEntity): void {
  table.columns.forEach((column, i) =>
    table.sheet.cells.write(table.rect.row, table.rect.col + i, {
      kind: "text",
      value: column.name,
      quotePrefix: false,
    })
  );
}

function assertNoOverlap(
  model: WorkbookModel,
  sheet: SheetEntity,
  rect: Rect,
  location: string,
  except?: TableEntity
): void {
  const other = model.tables.find(
    (t) => t !== except && t.sheet === sheet && intersects(t.rect, rect)
  );
  if (other) throw officeError("InvalidOperation", location, `overlaps table ${other.name}`);
}

export function addTable(
  model: WorkbookModel,
  ref: RangeRef,
  hasHeaders: boolean,
  location: string
): TableEntity {
  const rect = { ...ref.rect };
  if (rect.cols === MAX_COLUMNS)
    throw officeError("InvalidArgument", location, "a table cannot span whole rows");
  assertNoOverlap(model, ref.sheet, rect, location);
  if (!hasHeaders) {
    // Excel generates a header row and shifts the data down by one row.
    if (!ref.sheet.cells.shiftDown(rect.col, rect.cols, rect.row)) {
      throw officeError(
        "InvalidOperation",
        location,
        "shifting the data down would push cells off the sheet"
      );
    }
    rect.rows += 1;
  } else if (rect.rows === 1) {
    rect.rows = 2; // a header-only range gets one empty data row
  }
  assertNoOverlap(model, ref.sheet, rect, location);
  const name = nextTableName(model);
  model.counters.table += 1;
  const table = new TableEntity(String(model.counters.table), name, ref.sheet, rect);
  const raw = hasHeaders
    ? Array.from({ length: rect.cols }, (_, i) =>
        cellText(model, ref.sheet, rect.row, rect.col + i)
      )
    : [];
  const names = normalizeHeaders(hasHeaders ? raw : Array.from({ length: rect.cols }, () => ""));
  table.columns = names.map((name) => ({ id: table.nextColumnId++, name }));
  writeHeaderNames(table);
  model.tables.push(table);
  return table;
}

/** After cells were written, header cells that changed rename their columns (as typing in Excel does). */
export function refreshHeaders(model: WorkbookModel, ref: RangeRef): void {
  for (const table of model.tables) {
    if (table.sheet !== ref.sheet || !intersects(headerRect(table), ref.rect)) continue;
    const raw = table.columns.map((_, i) =>
      cellText(model, table.sheet, table.rect.row, table.rect.col + i)
    );
    const names = normalizeHeaders(raw);
    table.columns.forEach((column, i) => (column.name = names[i]));
    writeHeaderNames(table);
  }
}

export function renameTable(
  model: WorkbookModel,
  table: TableEntity,
  name: string,
  location: string
): void {
  if (table.name === name) return;
  validateTableName(model, name, location, table);
  table.name = name;
}

export function deleteTable(model: WorkbookModel, table: TableEntity): void {
  // Table.delete removes the data too (convertToRange is the API that keeps it).
  table.sheet.cells.clear(table.rect, true, true);
  table.deleted = true;
  model.tables = model.tables.filter((t) => t !== table);
}

export function resizeTable(
  model: WorkbookModel,
  table: TableEntity,
  ref: RangeRef,
  location: string
): void {
  const { rect } = ref;
  const sameHeader = ref.sheet === table.sheet && rect.row === table.rect.row;
  if (!sameHeader || !intersects(rect, table.rect) || rect.rows < 2) {
    throw officeError(
      "InvalidArgument",
      location,
      "the new range must keep the header row and overlap the table"
    );
  }
  const other = model.tables.find(
    (t) => t !== table && t.sheet === table.sheet && intersects(t.rect, rect)
  );
  if (other) throw officeError("InvalidArgument", location, `overlaps table ${other.name}`);
  const oldCols = table.columns;
  const columns: TableColumnEntity[] = [];
  for (let c = rect.col; c <= lastCol(rect); c++) {
    const existing = oldCols[c - table.rect.col];
    columns.push(
      existing ?? { id: table.nextColumnId++, name: cellText(model, table.sheet, rect.row, c) }
    );
  }
  for (const column of oldCols) if (!columns.includes(column)) column.deleted = true;
  const names = normalizeHeaders(columns.map((c) => c.name));
  columns.forEach((column, i) => (column.name = names[i]));
  table.columns = columns;
  table.rect = { ...rect };
  writeHeaderNames(table);
}

export function addTableColumn(
  model: WorkbookModel,
  table: TableEntity,
  index: number | null | undefined,
  values: unknown,
  name: string | null | undefined,
  location: string
): TableColumnEntity {
  const count = table.columns.length;
  if (!(index === undefined || index === null || index === -1 || index === count)) {
    throw officeError(
      "InvalidOperation",
      location,
      "the double only adds columns at the end of a table"
    );
  }
  const col = lastCol(table.rect) + 1;
  if (col >= MAX_COLUMNS)
    throw officeError("InvalidOperation", location, "no room right of the table");
  const target: RangeRef = {
    sheet: table.sheet,
    rect: { row: table.rect.row, col, rows: table.rect.rows, cols: 1 },
  };
  for (let r = table.rect.row; r <= lastRow(table.rect); r++) {
    if (!table.sheet.cells.isEmpty(r, col))
      throw officeError("InvalidOperation", location, "cells right of the table are not empty");
  }
  if (
    model.tables.some(
      (t) => t !== table && t.sheet === table.sheet && intersects(t.rect, target.rect)
    )
  ) {
    throw officeError("InvalidOperation", location, "another table is in the way");
  }
  if (values !== undefined && values !== null) {
    if (!Array.isArray(values) || values.length !== table.rect.rows) {
      throw officeError(
        "InvalidArgument",
        location,
        `values must have ${table.rect.rows} rows (header + data)`
      );
    }
    writeCells(target, values, location);
  }
  const header =
    name ??
    (values !== undefined && values !== null
      ? cellText(model, table.sheet, table.rect.row, col)
      : "");
  const column: TableColumnEntity = { id: table.nextColumnId++, name: header };
  table.columns.push(column);
  table.rect = { ...table.rect, cols: table.rect.cols + 1 };
  const names = normalizeHeaders(table.columns.map((c) => c.name));
  table.columns.forEach((c, i) => (c.name = names[i]));
  writeHeaderNames(table);
  return column;
}

export function deleteTableColumn(
  table: TableEntity,
  column: TableColumnEntity,
  location: string
): void {
  const index = table.columns.indexOf(column);
  if (index !== table.columns.length - 1 || table.columns.length === 1) {
    throw officeError(
      "InvalidOperation",
      location,
      "the double only deletes the last column of a multi-column table"
    );
  }
  const col = table.rect.col + index;
  table.sheet.cells.clear({ row: table.rect.row, col, rows: table.rect.rows, cols: 1 }, true, true);
  table.columns.pop();
  column.deleted = true;
  table.rect = { ...table.rect, cols: table.rect.cols - 1 };
}

export function findColumn(
  table: TableEntity,
  key: number | string
): TableColumnEntity | undefined {
  if (typeof key === "number") return table.columns.find((c) => c.id === key);
  const lower = String(key).toLowerCase();
  return table.columns.find((c) => c.name.toLowerCase() === lower);
}

export function columnRect(table: TableEntity, column: TableColumnEntity): Rect {
  return {
    row: table.rect.row,
    col: table.rect.col + table.columns.indexOf(column),
    rows: table.rect.rows,
    cols: 1,
  };
}
