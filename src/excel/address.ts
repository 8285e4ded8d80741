// A1 addresses built from indexes, for ranges the adapter computes itself.
import { columnLetter } from "../core";

/** "B2:D10" (or "B2" for one cell) from 0-based indexes. */
export function a1(row: number, column: number, rowCount = 1, columnCount = 1): string {
  const first = `${columnLetter(column)}${row + 1}`;
  if (rowCount === 1 && columnCount === 1) return first;
  return `${first}:${columnLetter(column + columnCount - 1)}${row + rowCount}`;
}

/**
 * A sheet name as it must appear before "!" in a reference: quoted when it has spaces or
 * punctuation, starts with a digit, or could be read as a cell (A1, R1C1).
 */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
