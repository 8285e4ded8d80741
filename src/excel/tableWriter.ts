// Writes a header and rows as an Excel table with a stable name: created on the first run,
// rewritten and resized in place on later runs, so charts and user formatting stay attached.
import type { XRange, XRequestContext, XTable, XWorksheet } from "./api";
import type { OutValue, RowSource } from "./layout/cellTypes";
import type { SheetRect } from "./model";
import type { ExcelHooks } from "./progress";
import { writeRows, type RowBlock } from "./writeRows";

export const TABLE_STYLE = "TableStyleMedium2";

export async function writeTable(
  context: XRequestContext,
  sheet: XWorksheet,
  name: string,
  at: { rowIndex: number; columnIndex: number },
  source: RowSource,
  hooks: ExcelHooks = {}
): Promise<SheetRect> {
  const rowCount = source.rowCount + 1;
  const columnCount = source.header.length;
  sheet.load("id");
  const existing = await findTable(context, name);
  // Same place: resized in place, even to other columns, so the user's formatting stays on it.
  const same =
    existing !== null &&
    existing.sheetId === sheet.id &&
    existing.rect.rowIndex === at.rowIndex &&
    existing.rect.columnIndex === at.columnIndex;
  // A filter the user (or "List these customers") left on would keep hiding the old rows: Excel
  // hides rows when a filter is applied, not again when the cells change (excelDouble/filters.ts).
  existing?.table.clearFilters();
  if (existing && !same) {
    // Moved: its cells go with it. Cleared before the delete, while the table still resolves.
    existing.table.getRange().clear("All");
    existing.table.delete();
  } else if (existing) {
    shrink(sheet, existing, rowCount, columnCount);
  }
  await writeRows(context, sheet, headerAndBody(at, source), hooks);
  const range = sheet.getRangeByIndexes(at.rowIndex, at.columnIndex, rowCount, columnCount);
  if (existing && same) existing.table.resize(range);
  else create(sheet, name, range);
  await context.sync();
  return {
    sheetId: sheet.id,
    rowIndex: at.rowIndex,
    columnIndex: at.columnIndex,
    rowCount,
    columnCount,
  };
}

/** Shrink first: the rows below and the columns right of the smaller table are ours to clear. */
function shrink(sheet: XWorksheet, found: FoundTable, rowCount: number, columnCount: number): void {
  const { rowIndex, columnIndex, rowCount: oldRows, columnCount: oldColumns } = found.rect;
  if (oldRows <= rowCount && oldColumns <= columnCount) return;
  found.table.resize(
    sheet.getRangeByIndexes(
      rowIndex,
      columnIndex,
      Math.min(rowCount, oldRows),
      Math.min(columnCount, oldColumns)
    )
  );
  if (oldRows > rowCount)
    sheet
      .getRangeByIndexes(rowIndex + rowCount, columnIndex, oldRows - rowCount, oldColumns)
      .clear("All");
  if (oldColumns > columnCount)
    sheet
      .getRangeByIndexes(rowIndex, columnIndex + columnCount, oldRows, oldColumns - columnCount)
      .clear("All");
}

interface FoundTable {
  table: XTable;
  sheetId: string;
  rect: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
}

async function findTable(context: XRequestContext, name: string): Promise<FoundTable | null> {
  const table = context.workbook.tables.getItemOrNullObject(name);
  await context.sync();
  if (table.isNullObject) return null;
  const rect = table.getRange().load("rowIndex,columnIndex,rowCount,columnCount");
  const sheet = table.worksheet.load("id");
  await context.sync();
  return { table, sheetId: sheet.id, rect };
}

function headerAndBody(at: { rowIndex: number; columnIndex: number }, source: RowSource): RowBlock {
  return {
    rowIndex: at.rowIndex,
    columnIndex: at.columnIndex,
    columnCount: source.header.length,
    rowCount: source.rowCount + 1,
    formats: source.formats,
    ...(source.moneyFormat === undefined ? {} : { moneyFormat: source.moneyFormat }),
    rows: (from: number, to: number): OutValue[][] => {
      const body = source.rows(Math.max(0, from - 1), to - 1);
      return from === 0 ? [source.header, ...body] : body;
    },
  };
}

function create(sheet: XWorksheet, name: string, range: XRange): void {
  const table = sheet.tables.add(range, true);
  table.name = name;
  table.style = TABLE_STYLE;
}
