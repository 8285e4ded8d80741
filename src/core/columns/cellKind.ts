// What a cell looks like to column detection: text, a number, a date, or nothing useful.
import {
  dayFromYmd,
  excelError,
  isBlank,
  isDateFormat,
  looksLikeDateText,
  parseAmount,
} from "../cells";
import type { CellValue } from "../types";

export type Kind = "blank" | "text" | "number" | "date" | "other";

/** A number that reads as yyyymmdd (19970101 in the CDNOW data). */
export function isCompactDate(n: number): boolean {
  if (!Number.isInteger(n) || n < 10_000_000 || n > 99_999_999) return false;
  return !Number.isNaN(dayFromYmd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100));
}

/** The amount in a cell read with either decimal mark, NaN when it is not a number. */
export function anyAmount(v: CellValue): number {
  const point = parseAmount(v, false);
  return Number.isNaN(point) ? parseAmount(v, true) : point;
}

/** The kind of a cell; a number under a date format is a date (yyyymmdd numbers stay numbers here). */
export function cellKind(v: CellValue, numberFormat?: string | null): Kind {
  if (isBlank(v)) return "blank";
  if (v instanceof Date) return "date";
  if (typeof v === "number") return isDateFormat(numberFormat) ? "date" : "number";
  if (typeof v !== "string" || excelError(v) !== null) return "other";
  if (looksLikeDateText(v)) return "date";
  return Number.isNaN(anyAmount(v)) ? "text" : "number";
}
