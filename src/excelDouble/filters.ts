// Table filters (Excel.Filter, ExcelApi 1.2: https://learn.microsoft.com/javascript/api/excel/excel.filter).
// A values filter keeps the body rows whose cell shows one of the given texts; every filtered
// column must keep a row for it to show. As in Excel, rows are hidden when a filter is applied or
// cleared, not again when cells change later: a writer that rewrites a filtered table must clear
// its filters first, or the old rows stay hidden.
import type { TableColumnEntity, TableEntity } from "./entities";
import { officeError } from "./errors";
import { assertSheetEditable } from "./protection";
import { cellText } from "./rangeData";
import type { WorkbookModel } from "./workbookModel";

export function applyValuesFilter(
  model: WorkbookModel,
  table: TableEntity,
  column: TableColumnEntity,
  values: unknown,
  location: string
): void {
  assertSheetEditable(table.sheet, location);
  if (!Array.isArray(values) || values.some((v) => typeof v !== "string"))
    throw officeError("InvalidArgument", location, "values must be an array of texts");
  column.filter = [...(values as string[])];
  hideFilteredRows(model, table);
}

export function clearColumnFilter(
  model: WorkbookModel,
  table: TableEntity,
  column: TableColumnEntity,
  location: string
): void {
  assertSheetEditable(table.sheet, location);
  delete column.filter;
  hideFilteredRows(model, table);
}

export function clearTableFilters(
  model: WorkbookModel,
  table: TableEntity,
  location: string
): void {
  assertSheetEditable(table.sheet, location);
  for (const column of table.columns) delete column.filter;
  table.hiddenRows.clear();
}

/** Recomputes which body rows (sheet row indexes) the table's filters hide. */
function hideFilteredRows(model: WorkbookModel, table: TableEntity): void {
  table.hiddenRows.clear();
  const filtered = table.columns
    .map((column, i) => ({ keep: column.filter, col: table.rect.col + i }))
    .filter((f): f is { keep: string[]; col: number } => f.keep !== undefined);
  if (filtered.length === 0) return;
  const sets = filtered.map((f) => ({ keep: new Set(f.keep), col: f.col }));
  for (let row = table.rect.row + 1; row < table.rect.row + table.rect.rows; row++) {
    const shown = sets.every(({ keep, col }) => keep.has(cellText(model, table.sheet, row, col)));
    if (!shown) table.hiddenRows.add(row);
  }
}

/** Rows of a sheet hidden by the filters of its tables. */
export function filteredRows(model: WorkbookModel, sheetId: string): Set<number> {
  const rows = new Set<number>();
  for (const t of model.tables)
    if (!t.deleted && t.sheet.id === sheetId) for (const r of t.hiddenRows) rows.add(r);
  return rows;
}
