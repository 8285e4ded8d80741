// Where the customer data is: the selection, grown to its table or current region.
import type { XRange, XRequestContext, XWorksheet } from "./api";
import { ExcelRunError } from "./excelErrors";
import { MAX_ROWS } from "./limits";

/** A block of cells on one sheet, by id so a renamed sheet is still found. */
export interface SourceRef {
  sheetId: string;
  sheetName: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** Set when the data is an Excel table: tier columns then become table columns. */
  tableName: string | null;
}

const DIMENSIONS = "address,rowIndex,columnIndex,rowCount,columnCount";

/**
 * The range the analyst means: the table the selection touches, else the current region of a
 * single selected cell, else the selection cut to the rows in use (selecting whole columns
 * selects a million empty rows).
 */
export async function resolveSelection(context: XRequestContext): Promise<SourceRef> {
  const selected = context.workbook.getSelectedRange().load(DIMENSIONS);
  const sheet = selected.worksheet.load("id,name");
  const tables = selected.getTables(false).load("items/name");
  try {
    await context.sync();
  } catch (error) {
    // getSelectedRange() throws when several areas are selected (Ctrl+click).
    if ((error as { code?: unknown }).code === "InvalidSelection")
      throw new ExcelRunError("multipleSelection");
    throw error;
  }
  if (tables.items.length > 0) return tableSource(context, sheet, tables.items[0].name);
  if (selected.rowCount === 1 && selected.columnCount === 1) {
    const region = selected.getSurroundingRegion().load(DIMENSIONS);
    await context.sync();
    return refOf(sheet, region, null);
  }
  if (selected.rowCount < MAX_ROWS) return refOf(sheet, selected, null);
  return cutToUsedRows(context, sheet, selected);
}

/** The table's whole range (header included) as a source. */
export async function tableSource(
  context: XRequestContext,
  sheet: XWorksheet,
  name: string
): Promise<SourceRef> {
  const table = context.workbook.tables.getItem(name).load("showTotals");
  const range = table.getRange().load(DIMENSIONS);
  await context.sync();
  // The totals row sums the data: it is not a customer, and tier cells do not belong on it.
  const ref = refOf(sheet, range, name);
  return table.showTotals ? { ...ref, rowCount: ref.rowCount - 1 } : ref;
}

async function cutToUsedRows(
  context: XRequestContext,
  sheet: XWorksheet,
  selected: XRange
): Promise<SourceRef> {
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  await context.sync();
  const rowCount = used.isNullObject ? 1 : used.rowIndex + used.rowCount;
  return { ...refOf(sheet, selected, null), rowIndex: 0, rowCount };
}

function refOf(sheet: XWorksheet, range: XRange, tableName: string | null): SourceRef {
  return {
    sheetId: sheet.id,
    sheetName: sheet.name,
    rowIndex: range.rowIndex,
    columnIndex: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
    tableName,
  };
}
