// Writes the tier columns beside the data: to the right of a plain range, or as new columns of
// the Excel table the data is in. Tier cells get one fill per tier through conditional formats,
// which cost one rule per tier instead of one fill per cell.
import type { Language, SegmentResult } from "../core";
import type { XConditionalFormatCollection, XRange, XRequestContext, XWorksheet } from "./api";
import { MEASURED_ROWS, measureColumns, setColumnWidths } from "./columnWidths";
import { moneyFormat } from "./layout/cellTypes";
import { SEGMENT_CELL_FILLS, TIER_CELL_FILLS } from "./layout/tierColors";
import {
  ABC_TIER_COLUMN,
  SEGMENT_TIER_COLUMN,
  tierColumnCount,
  tierFormats,
  tierHeaders,
  tierRows,
} from "./layout/tierColumns";
import type { SheetRect } from "./model";
import type { RunScope } from "./runScope";
import type { SourceRef } from "./source";
import { writeRows } from "./writeRows";

export type TierColumnsRect = SheetRect & { tableColumns: string[] | null };

/** Where the tier columns go: right of the source, header row included, as many as the result has. */
export function tierColumnsTarget(source: SourceRef, result: SegmentResult): SheetRect {
  return {
    sheetId: source.sheetId,
    rowIndex: source.rowIndex,
    columnIndex: source.columnIndex + source.columnCount,
    rowCount: source.rowCount,
    columnCount: tierColumnCount(result),
  };
}

export async function writeTierColumns(
  scope: RunScope,
  source: SourceRef
): Promise<TierColumnsRect> {
  const { context, result, language, hooks } = scope;
  const previous = scope.previous?.written.tierColumns ?? null;
  const sheet = context.workbook.worksheets.getItem(source.sheetId);
  const target = tierColumnsTarget(source, result);
  const tableColumns = source.tableName
    ? await ensureTableColumns(context, source, result, previous)
    : null;
  const skipHeader = tableColumns ? 1 : 0; // a table's header row already holds the column names
  if (otherLayout(target, previous)) clearFormats(sheet, target);
  await writeRows(
    context,
    sheet,
    {
      rowIndex: target.rowIndex + skipHeader,
      columnIndex: target.columnIndex,
      columnCount: target.columnCount,
      rowCount: target.rowCount - skipHeader,
      rows: (from, to) => tierRows(result, language, from + skipHeader, to + skipHeader),
      formats: tierFormats(result),
      moneyFormat: moneyFormat(result.currency),
    },
    hooks
  );
  clearLeftovers(sheet, target, previous);

  styleTierColumns(sheet, target, result, language, tableColumns === null);
  setColumnWidths(sheet, target.columnIndex, tierWidths(result, language, target.rowCount));
  await context.sync();
  return { ...target, tableColumns };
}

/** Wide enough for the header and the first rows' tiers (CLV never shown as ########). */
function tierWidths(result: SegmentResult, language: Language, rowCount: number): number[] {
  const rows = tierRows(result, language, 0, Math.min(rowCount, MEASURED_ROWS));
  const money = moneyFormat(result.currency);
  return measureColumns(tierHeaders(result, language), rows, tierFormats(result), money);
}

/**
 * Grows the table over the tier columns unless an earlier run gave it the same ones; returns
 * their names. The table is resized over header cells we write (rather than columns.add), so where
 * the columns go is certain even when the cells right of the table were not empty and the user
 * agreed to overwrite them. A run with fewer columns than the last (probabilistic, then simple)
 * shrinks the table the same way, and clearLeftovers empties the cells it let go.
 */
async function ensureTableColumns(
  context: XRequestContext,
  source: SourceRef,
  result: SegmentResult,
  previous: TierColumnsRect | null
): Promise<string[]> {
  const table = context.workbook.tables.getItem(source.tableName as string);
  const existing = table.columns.load("items/name");
  await context.sync();
  const names = existing.items.map((c) => c.name);
  const headers = tierHeaders(result, result.options.language);
  const ours = previous?.tableColumns;
  if (ours && ours.every((n) => names.includes(n)) && sameColumns(ours, headers)) return ours;
  const sheet = context.workbook.worksheets.getItem(source.sheetId);
  const { rowIndex, columnIndex, rowCount, columnCount } = source;
  sheet.getRangeByIndexes(rowIndex, columnIndex + columnCount, 1, headers.length).values = [
    headers,
  ];
  table.resize(
    sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount + headers.length)
  );
  const grown = table.columns.load("items/name");
  await context.sync();
  // Excel renames a header that repeats a column name ("Segment2"): keep the names it chose.
  return grown.items.slice(-headers.length).map((c) => c.name);
}

/** The table's tier columns are these headers, allowing for Excel's "Segment2" renames. */
function sameColumns(names: string[], headers: string[]): boolean {
  return (
    names.length === headers.length &&
    names.every((name, i) => {
      const header = headers[i].toLowerCase();
      const n = name.toLowerCase();
      return n === header || (n.startsWith(header) && /^\d+$/.test(n.slice(header.length)));
    })
  );
}

/** Same place, another number of columns: the columns mean other things now (P(alive) was a %). */
function otherLayout(target: SheetRect, previous: SheetRect | null): boolean {
  return (
    previous !== null &&
    previous.sheetId === target.sheetId &&
    previous.columnIndex === target.columnIndex &&
    previous.columnCount !== target.columnCount
  );
}

/** writeRows leaves "general" columns' formats alone, so a column's old number format would stay. */
function clearFormats(sheet: XWorksheet, target: SheetRect): void {
  const { rowIndex, columnIndex, rowCount, columnCount } = target;
  sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount).clear("Formats");
}

/**
 * The last run's tier cells this run does not write over are ours and now stale: rows below a
 * smaller source, and columns right of fewer tier columns.
 */
function clearLeftovers(sheet: XWorksheet, target: SheetRect, previous: SheetRect | null): void {
  if (
    !previous ||
    previous.sheetId !== target.sheetId ||
    previous.columnIndex !== target.columnIndex
  )
    return;
  const end = target.rowIndex + target.rowCount;
  const oldEnd = previous.rowIndex + previous.rowCount;
  if (oldEnd > end)
    sheet
      .getRangeByIndexes(end, target.columnIndex, oldEnd - end, previous.columnCount)
      .clear("All");
  const extra = previous.columnCount - target.columnCount;
  if (extra > 0)
    sheet
      .getRangeByIndexes(
        previous.rowIndex,
        target.columnIndex + target.columnCount,
        previous.rowCount,
        extra
      )
      .clear("All");
  // Their widths (set wide enough for our figures) go back to the sheet's standard width.
  if (extra > 0)
    sheet.getRangeByIndexes(
      0,
      target.columnIndex + target.columnCount,
      1,
      extra
    ).format.useStandardWidth = true;
}

function styleTierColumns(
  sheet: XWorksheet,
  target: SheetRect,
  result: SegmentResult,
  language: Language,
  boldHeader: boolean
): void {
  if (boldHeader && result.headerRowIndex !== null) {
    const header = sheet.getRangeByIndexes(
      target.rowIndex + result.headerRowIndex,
      target.columnIndex,
      1,
      target.columnCount
    );
    header.format.font.bold = true;
  }
  const body = (column: number): XRange =>
    sheet.getRangeByIndexes(target.rowIndex, target.columnIndex + column, target.rowCount, 1);
  colorTierCells(body(ABC_TIER_COLUMN), body(SEGMENT_TIER_COLUMN), result, language);
}

/** One fill per ABC class and per segment, replacing the rules an earlier run set on these cells. */
export function colorTierCells(
  abcCells: XRange,
  segmentCells: XRange,
  result: SegmentResult,
  language: Language
): void {
  const abc = abcCells.conditionalFormats;
  const segment = segmentCells.conditionalFormats;
  abc.clearAll();
  segment.clearAll();
  ["A", "B", "C"].forEach((cls, i) => addEqualsFill(abc, cls, TIER_CELL_FILLS[i]));
  result.scheme.segments.forEach((s, i) =>
    addEqualsFill(segment, s.label[language], SEGMENT_CELL_FILLS[i % SEGMENT_CELL_FILLS.length])
  );
}

/** A rule "cell equals this text" with a fill. The text is quoted as a formula string literal. */
export function addEqualsFill(
  collection: XConditionalFormatCollection,
  text: string,
  fill: string
): void {
  const cf = collection.add("CellValue");
  cf.cellValue.rule = { formula1: `="${text.replace(/"/g, '""')}"`, operator: "EqualTo" };
  cf.cellValue.format.fill.color = fill;
}
