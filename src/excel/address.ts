// A1 addresses built from indexes, for ranges the adapter computes itself.
import { columnLetter, quoteSheetName } from "../core";

/** "B2:D10" (or "B2" for one cell) from 0-based indexes. */
export function a1(row: number, column: number, rowCount = 1, columnCount = 1): string {
  const first = `${columnLetter(column)}${row + 1}`;
  if (rowCount === 1 && columnCount === 1) return first;
  return `${first}:${columnLetter(column + columnCount - 1)}${row + rowCount}`;
}

/** A sheet name as it must appear before "!" in a reference (core's one rule, as Excel's). */
export const quoteSheet = quoteSheetName;
