// Finds a stored model's data again for a Refresh. Users change workbooks between runs: a table
// grows by itself, a plain range is extended down to its current region (new orders pasted
// below), a renamed sheet is followed by its id, and a deleted sheet or table is reported by name.
import type { XRequestContext, XWorksheet } from "./api";
import type { StoredModel } from "./model";
import { tableSource, type SourceRef } from "./source";
import { withoutTierColumns } from "./modelSources";

export type SourceLookup =
  { status: "found"; source: SourceRef; grownBy: number } | { status: "gone"; name: string };

export async function locateSource(
  context: XRequestContext,
  model: StoredModel
): Promise<SourceLookup> {
  const stored = model.source;
  if (stored.tableName) return locateTable(context, model, stored.tableName);
  const sheet = context.workbook.worksheets.getItemOrNullObject(stored.sheetId).load("id,name");
  await context.sync();
  const range = sheet.isNullObject ? null : await extendedRange(context, sheet, model);
  return range === null ? { status: "gone", name: stored.sheetName } : found(range, model);
}

/** A table is found by its name wherever it is now: a user may have moved it to another sheet. */
async function locateTable(
  context: XRequestContext,
  model: StoredModel,
  tableName: string
): Promise<SourceLookup> {
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  await context.sync();
  if (table.isNullObject) return { status: "gone", name: tableName };
  const sheet = table.worksheet.load("id,name");
  await context.sync();
  return found(await tableSource(context, sheet, tableName), model);
}

function found(source: SourceRef, model: StoredModel): SourceLookup {
  const cut = withoutTierColumns(source, model);
  return { status: "found", source: cut, grownBy: cut.rowCount - model.source.rowCount };
}

/**
 * The stored range, its rows running to the end of the current region around its first cell if
 * that is further down; never fewer rows than last time, since a blank row inside the data ends
 * the current region but not the data (the reader skips blank rows). The columns stay those of
 * the last run: the region also holds our tier columns, and a column the user added beside them
 * is not data the model was set up with.
 */
async function extendedRange(
  context: XRequestContext,
  sheet: XWorksheet,
  model: StoredModel
): Promise<SourceRef | null> {
  const stored = model.source;
  const corner = sheet.getRangeByIndexes(stored.rowIndex, stored.columnIndex, 1, 1).load("values");
  const region = corner.getSurroundingRegion().load("rowIndex,rowCount");
  await context.sync();
  // An empty first cell with nothing around it: the data was cleared or moved away.
  if (corner.values[0][0] === "" && region.rowCount === 1) return null;
  const end = Math.max(region.rowIndex + region.rowCount, stored.rowIndex + stored.rowCount);
  return {
    sheetId: sheet.id,
    sheetName: sheet.name,
    rowIndex: stored.rowIndex,
    columnIndex: stored.columnIndex,
    rowCount: Math.max(1, end - stored.rowIndex),
    columnCount: stored.columnCount,
    tableName: null,
  };
}
