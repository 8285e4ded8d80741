// A1 addresses: parsing, formatting and the rectangle arithmetic built on them.
import { columnIndexOfLetter, columnLetter, quoteSheetName } from "../core";
import { officeError } from "./errors";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** A block of cells, zero-based, always at least 1 x 1. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface ParsedAddress {
  sheetName?: string;
  rect: Rect;
}

export function lastRow(rect: Rect): number {
  return rect.row + rect.rows - 1;
}

export function lastCol(rect: Rect): number {
  return rect.col + rect.cols - 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row <= lastRow(b) && b.row <= lastRow(a) && a.col <= lastCol(b) && b.col <= lastCol(a);
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    lastRow(inner) <= lastRow(outer) &&
    lastCol(inner) <= lastCol(outer)
  );
}

/** Whether the cell (row, col) lies in the rectangle; no point Rect allocated on hot paths. */
export function containsCell(rect: Rect, row: number, col: number): boolean {
  return (
    row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

export function isInsideSheet(rect: Rect): boolean {
  return (
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.col) &&
    Number.isInteger(rect.rows) &&
    Number.isInteger(rect.cols) &&
    rect.row >= 0 &&
    rect.col >= 0 &&
    rect.rows >= 1 &&
    rect.cols >= 1 &&
    lastRow(rect) < MAX_ROWS &&
    lastCol(rect) < MAX_COLUMNS
  );
}

// Excel quotes a sheet name in a reference unless it is a plain identifier that could not be
// mistaken for a cell reference: the core's rule, shared with the pane and the adapter.
export { quoteSheetName };

export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  // Whole rows win over whole columns: the entire sheet is "1:1048576", as VBA's Cells.Address.
  if (rect.col === 0 && rect.cols === MAX_COLUMNS) {
    return `${d}${rect.row + 1}:${d}${lastRow(rect) + 1}`;
  }
  if (rect.row === 0 && rect.rows === MAX_ROWS) {
    return `${d}${columnLetter(rect.col)}:${d}${columnLetter(lastCol(rect))}`;
  }
  const first = `${d}${columnLetter(rect.col)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${d}${columnLetter(lastCol(rect))}${d}${lastRow(rect) + 1}`;
}

export function formatAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Splits "Sheet!ref" / "'My Sheet'!ref" / "ref" into its parts (the sheet part unquoted). */
export function splitSheet(text: string): { sheetName?: string; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(text);
  if (quoted) return { sheetName: quoted[1].replace(/''/g, "'"), ref: quoted[2] };
  const bang = text.lastIndexOf("!");
  if (bang > 0) return { sheetName: text.slice(0, bang), ref: text.slice(bang + 1) };
  return { ref: text };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

type Corner = { row?: number; col?: number };

function parseCorner(part: string): Corner | undefined {
  const cell = CELL.exec(part);
  if (cell) return { col: columnIndexOfLetter(cell[1]), row: Number(cell[2]) - 1 };
  const col = COLUMN.exec(part);
  if (col) return { col: columnIndexOfLetter(col[1]) };
  const row = ROW.exec(part);
  if (row) return { row: Number(row[1]) - 1 };
  return undefined;
}

/** Rectangle of an A1 reference without sheet; undefined when the text is not A1 syntax at all. */
export function parseRef(ref: string, location: string): Rect | undefined {
  const parts = ref.trim().split(":");
  if (parts.length > 2 || parts[0] === "") return undefined;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return undefined;
  const kindA = a.row === undefined ? "col" : a.col === undefined ? "row" : "cell";
  const kindB = b.row === undefined ? "col" : b.col === undefined ? "row" : "cell";
  // "A" or "5" alone are names, not references; "A:5" mixes kinds.
  if (kindA !== kindB || (parts.length === 1 && kindA !== "cell")) return undefined;
  const r1 = a.row ?? 0;
  const r2 = b.row ?? MAX_ROWS - 1;
  const c1 = a.col ?? 0;
  const c2 = b.col ?? MAX_COLUMNS - 1;
  if (r1 < 0 || r2 < 0 || Math.max(r1, r2) >= MAX_ROWS || Math.max(c1, c2) >= MAX_COLUMNS) {
    throw officeError("InvalidArgument", location, `address out of the sheet: ${ref}`);
  }
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** Parses an address with optional sheet; throws InvalidArgument when it is not a valid A1 reference. */
export function parseAddress(text: string, location: string): ParsedAddress {
  const { sheetName, ref } = splitSheet(text.trim());
  const rect = parseRef(ref, location);
  if (!rect) throw officeError("InvalidArgument", location, `not an A1 address: ${text}`);
  return { sheetName, rect };
}
