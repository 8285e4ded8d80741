// Blocks an earlier run wrote on one of our sheets (a title row above a table or a plain range)
// that this run puts elsewhere or not at all: their tables, titles and cells go, before anything
// is written, since a block's new place may be another's old one.
import type { XRequestContext, XWorksheet } from "./api";
import type { SheetRect } from "./model";

export type WrittenBlock = SheetRect & { tableName: string | null };

export async function removeBlocks(
  context: XRequestContext,
  sheet: XWorksheet,
  blocks: WrittenBlock[]
): Promise<void> {
  if (blocks.length === 0) return;
  // A user may have deleted a table: only those still there can be deleted.
  const tables = blocks.map((b) =>
    b.tableName ? context.workbook.tables.getItemOrNullObject(b.tableName) : null
  );
  await context.sync();
  tables.forEach((t) => {
    if (t && !t.isNullObject) t.delete();
  });
  for (const b of blocks)
    sheet
      .getRangeByIndexes(b.rowIndex - 1, b.columnIndex, b.rowCount + 1, b.columnCount)
      .clear("All");
  await context.sync();
}
