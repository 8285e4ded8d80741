// Writes a sheet as Excel's "CSV UTF-8" export would: cells as displayed (a serial formatted as a
// date becomes yyyy-mm-dd text), fields quoted only when they need it, CRLF line ends.
import { dayToIso } from "../../src/core/cells/dayNumber";
import type { CellValue, SheetInput } from "../../src/core/types";

const SERIAL_OF_DAY_0 = 25569;
const BOM = "\uFEFF";
const NEEDS_QUOTES = /[",\r\n]/;

export interface CsvOptions {
  /** Start with a byte order mark, as Excel's "CSV UTF-8" does. */
  bom?: boolean;
}

function cellText(v: CellValue, format: string | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number")
    return format && /y/i.test(format) ? dayToIso(Math.floor(v) - SERIAL_OF_DAY_0) : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function csvLine(sheet: SheetInput, r: number): string {
  const row = sheet.values[r];
  const formats = sheet.numberFormats?.[r];
  let line = "";
  for (let c = 0; c < row.length; c++) line += (c > 0 ? "," : "") + cellText(row[c], formats?.[c]);
  return line;
}

/** The CSV text in pieces of `rowsPerChunk` rows, so a million rows can be written without one huge string. */
export function* csvChunks(
  sheet: SheetInput,
  options: CsvOptions = {},
  rowsPerChunk = 1 << 15
): Generator<string> {
  for (let start = 0; start < sheet.values.length; start += rowsPerChunk) {
    const end = Math.min(sheet.values.length, start + rowsPerChunk);
    const lines: string[] = [];
    for (let r = start; r < end; r++) lines.push(csvLine(sheet, r));
    yield (start === 0 && options.bom ? BOM : "") + lines.join("\r\n") + "\r\n";
  }
}

export function toCsv(sheet: SheetInput, options: CsvOptions = {}): string {
  return [...csvChunks(sheet, options)].join("");
}
