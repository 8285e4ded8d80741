// What kind of thing a cell holds: blank, an Excel error, or text usable as an id or name.
import type { CellValue } from "../types";
import { dayToIso } from "./dayNumber";

const MS_PER_DAY = 86_400_000;
/** Longer strings cannot be an error value; skips trimming long text. */
const MAX_ERROR_TEXT = 32;

const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/**
 * The marks databases write for a NULL in a text export: `\N` (MySQL's INTO OUTFILE, Hive,
 * PostgreSQL's text COPY, Snowflake's unload by default) and `NULL` (SQL Server Management
 * Studio's results, pasted or saved). Read as a customer or an order id they made one customer of
 * every row without one, and one order of a customer's purchases on different days.
 */
export const NULL_MARKS: readonly string[] = ["\\N", "NULL"];
const NULL_MARK_SET: ReadonlySet<string> = new Set(NULL_MARKS);

/** The mark, when the cell holds one of NULL_MARKS (white space around it aside), else null. */
export function nullMark(v: CellValue): string | null {
  if (typeof v !== "string" || v.length === 0 || v.length > MAX_ERROR_TEXT) return null;
  const text = v.trim();
  return NULL_MARK_SET.has(text) ? text : null;
}

/** True for null, undefined, "" and whitespace-only text. */
export function isBlank(v: CellValue): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === "string" && (v.length === 0 || v.trim().length === 0);
}

/** The canonical error text ("#N/A", ...) when the cell holds an Excel error value, else null. */
export function excelError(v: CellValue): string | null {
  if (typeof v !== "string" || v.length === 0 || v.length > MAX_ERROR_TEXT) return null;
  const text = v.trim();
  if (text.charCodeAt(0) !== 35 /* "#" */) return null;
  const upper = text.toUpperCase();
  return EXCEL_ERRORS.has(upper) ? upper : null;
}

// Excel keeps 15 significant digits, so 0.1 + 0.2 shows as "0.3"; integers print in full.
function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

/** Trimmed text of a cell for ids and names; "" for a blank cell. */
export function cellText(v: CellValue): string {
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return numberText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return dayToIso(Math.floor(v.getTime() / MS_PER_DAY));
  return "";
}
