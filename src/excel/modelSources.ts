// Which stored model a source belongs to, and where that model's tier columns are now, so that a
// later run updates the same model and never reads its own tier columns as data.
import type { SheetRect, StoredModel } from "./model";
import type { SourceRef } from "./source";

/**
 * The model an earlier run made from the same data: the same table (names are unique in a
 * workbook, and a table may have been moved to another sheet), or the same top-left cell.
 */
export function modelFor(models: StoredModel[], source: SourceRef): StoredModel | null {
  const s = (m: StoredModel): boolean =>
    source.tableName !== null
      ? m.source.tableName === source.tableName
      : m.source.tableName === null &&
        m.source.sheetId === source.sheetId &&
        m.source.rowIndex === source.rowIndex &&
        m.source.columnIndex === source.columnIndex;
  return models.find(s) ?? null;
}

/**
 * Where the last run's tier columns are now: the columns we added to a table move with it (to
 * another sheet, too); beside a plain range they stay where they were written.
 */
export function ownTierColumns(previous: StoredModel, source: SourceRef): SheetRect {
  const tiers = previous.written.tierColumns;
  if (!tiers.tableColumns || !source.tableName || previous.source.tableName !== source.tableName)
    return tiers;
  return {
    sheetId: source.sheetId,
    rowIndex: source.rowIndex,
    columnIndex: source.columnIndex + source.columnCount,
    rowCount: source.rowCount,
    columnCount: tiers.tableColumns.length,
  };
}

/** A region or table that took in the tier columns of the last run must not read them as data. */
export function withoutTierColumns(source: SourceRef, previous: StoredModel | null): SourceRef {
  const tiers = previous?.written.tierColumns;
  if (tiers?.tableColumns && source.tableName && previous?.source.tableName === source.tableName) {
    // Our columns sit at the same place within the table wherever the table is now.
    const offset = tiers.columnIndex - previous.source.columnIndex;
    return offset > 0 && offset < source.columnCount ? { ...source, columnCount: offset } : source;
  }
  if (!tiers || tiers.sheetId !== source.sheetId) return source;
  const inside =
    tiers.columnIndex > source.columnIndex &&
    tiers.columnIndex < source.columnIndex + source.columnCount;
  return inside ? { ...source, columnCount: tiers.columnIndex - source.columnIndex } : source;
}
