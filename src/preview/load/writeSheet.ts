// Writes loaded rows into the in-memory workbook THROUGH the Excel API (Range.values), so Excel's
// conversion of typed text applies exactly as when a user opens the file: "12.5" becomes a number,
// "2024-01-06" a date serial, "¥332.50" stays text. Chunked to stay under the 5 MB request limit.
import { freeName, type XRequestContext, type XWorksheet } from "../../excel";

export type WriteCell = string | number | boolean;

export interface SheetRows {
  values: WriteCell[][];
  /** Per cell, null = leave the format alone. Written before the values. */
  numberFormats?: (string | null)[][];
  /** 0-based sheet row and column of values[0][0] in a new sheet (default A1). */
  firstRow?: number;
  firstColumn?: number;
}

export interface BatchRunner {
  run<T>(batch: (context: XRequestContext) => Promise<T>): Promise<T>;
}

/**
 * Text that typing would turn into a formula ("-¥45.20", "=cmd", "@x") is kept as text, as Excel's
 * "From Text/CSV" import keeps it: a file's cells are data, never formulas. Numbers stay numbers.
 */
export function importedCell(cell: WriteCell): WriteCell {
  if (typeof cell !== "string" || !/^[=+\-@]/.test(cell)) return cell;
  return cell.trim() !== "" && Number.isFinite(Number(cell)) ? cell : `'${cell}`;
}

/** Well under office.js's 5 MB so a chunk is never refused, however wide its text. */
const CHUNK_BYTES = 2_000_000;

function cellBytes(cell: WriteCell): number {
  if (typeof cell !== "string") return 12;
  let bytes = 3;
  for (let i = 0; i < cell.length; i++) bytes += cell.charCodeAt(i) < 0x80 ? 1 : 3;
  return bytes;
}

/** Row counts of consecutive chunks whose estimated JSON stays under the budget. */
export function chunkRows(values: WriteCell[][], budget = CHUNK_BYTES): number[] {
  const sizes: number[] = [];
  let rows = 0;
  let bytes = 0;
  for (const row of values) {
    const rowBytes = row.reduce((sum: number, cell) => sum + cellBytes(cell), 2);
    if (rows > 0 && bytes + rowBytes > budget) {
      sizes.push(rows);
      rows = 0;
      bytes = 0;
    }
    rows += 1;
    bytes += rowBytes;
  }
  if (rows > 0) sizes.push(rows);
  return sizes;
}

function rectangular<T>(rows: T[][], width: number, filler: T): T[][] {
  return rows.map((row) =>
    row.length === width ? row : [...row, ...new Array<T>(width - row.length).fill(filler)]
  );
}

async function writeRows(
  context: XRequestContext,
  sheet: XWorksheet,
  firstRow: number,
  rows: SheetRows
): Promise<void> {
  const width = rows.values.reduce((max, row) => Math.max(max, row.length), 0);
  if (width === 0) return;
  let at = 0;
  for (const count of chunkRows(rows.values)) {
    const range = sheet.getRangeByIndexes(firstRow + at, rows.firstColumn ?? 0, count, width);
    const formats = rows.numberFormats?.slice(at, at + count);
    if (formats) range.numberFormat = rectangular(formats, width, null);
    range.values = rectangular(rows.values.slice(at, at + count), width, "").map((row) =>
      row.map(importedCell)
    );
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk is the point: each stays under the 5 MB limit
    await context.sync();
    at += count;
  }
}

/**
 * A new sheet named like `wanted` (made unique; Excel's next "SheetN" when none), filled,
 * activated, with A1 selected. Returns the sheet's name.
 */
export async function writeNewSheet(
  workbook: BatchRunner,
  wanted: string | undefined,
  rows: SheetRows
): Promise<string> {
  return workbook.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const name = freeName(wanted ?? `Sheet${names.length + 1}`, names);
    const sheet = context.workbook.worksheets.add(name);
    await writeRows(context, sheet, rows.firstRow ?? 0, rows);
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();
    return name;
  });
}

/**
 * Rows written below the last used row of a sheet (same columns); returns the first new row's
 * index. A1 is selected afterwards, so the pane sees the grown table from the same place.
 */
export async function appendRows(
  workbook: BatchRunner,
  sheetName: string,
  rows: SheetRows
): Promise<number> {
  return workbook.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
    await context.sync();
    const firstRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
    await writeRows(context, sheet, firstRow, rows);
    sheet.activate();
    sheet.getRange("A1").select();
    await context.sync();
    return firstRow;
  });
}
