// Finds a stored model's data again for a Refresh. Users change workbooks between runs: a table
// grows by itself, a plain range is extended down to its current region (new orders pasted
// below), a renamed sheet is followed by its id, and a deleted sheet or table is reported by name.
import type { XRequestContext, XWorksheet } from "./api";
import type { StoredModel } from "./model";
import { tableSource, type SourceRef } from "./source";
import { withoutTierColumns } from "./segmentWorkbook";

export type SourceLookup =
  { status: "found"; source: SourceRef; grownBy: number } | { status: "gone"; name: string };

export async function locateSource(
  context: XRequestContext,
  model: StoredModel
): Promise<SourceLookup> {
  const stored = model.source;
  const sheet = context.workbook.worksheets.getItemOrNullObject(stored.sheetId).load("id,name");
  const table = stored.tableName
    ? context.workbook.tables.getItemOrNullObject(stored.tableName)
    : null;
  await context.sync();
  const name = stored.tableName ?? stored.sheetName;
  if (sheet.isNullObject || (table !== null && table.isNullObject)) return { status: "gone", name };
  const found = stored.tableName
    ? await tableSource(context, sheet, stored.tableName)
    : await extendedRange(context, sheet, model);
  if (found === null) return { status: "gone", name };
  const source = withoutTierColumns(found, model);
  return { status: "found", source, grownBy: source.rowCount - stored.rowCount };
}

/**
 * The stored range, its rows running to the end of the current region around its first cell.
 * The columns stay those of the last run: the region also holds our tier columns, and a column
 * the user added beside them is not data the model was set up with.
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
  const end = region.rowIndex + region.rowCount;
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
