// Explicit column widths from the cells a writer wrote. Range.format.autofitColumns() cannot be
// aimed at part of a column: Excel measures every cell of the columns the range touches, so a long
// title line above a table (or a user's long note further down) widens the whole column however
// the range is cut (office-js#1017, #5999; the double measures whole columns too). The writers
// therefore measure what they write and set RangeFormat.columnWidth themselves.
import { shareText } from "../core";
import type { XWorksheet } from "./api";
import { FORMATS, type FormatName, type OutValue } from "./layout/cellTypes";

/** Points per character of Calibri 11, and the cell's padding. */
const POINTS_PER_CHAR = 7;
const PADDING = 10;
export const MIN_COLUMN_WIDTH = 48;
export const MAX_COLUMN_WIDTH = 300;
/** The rows a writer measures: the first rows' widths are a good fit for a million. */
export const MEASURED_ROWS = 500;

// CJK ideographs, kana, hangul and full-width forms take about two Latin characters' width.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u;

/** The width of a text in Latin characters. */
export function textColumns(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/**
 * Roughly the text a number shows under one of our formats ("1,234.50", "¥1,234.50", "12.5%"),
 * with the run's money format (its currency's quoted text before or after the digits).
 */
export function shownNumber(
  value: number,
  format: FormatName,
  money: string = FORMATS.money
): string {
  if (format === "money" || format === "number") {
    const [before = "", after = ""] =
      format === "money" ? money.split(FORMATS.money).map((t) => t.replace(/"/g, "")) : [];
    const digits = value.toLocaleString("en-US", {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return `${before}${digits}${after}`;
  }
  if (format === "share") return shareText(value);
  if (format === "integer") return Math.round(value).toString();
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}

function shownText(value: OutValue, format: FormatName, money: string | undefined): string {
  if (typeof value === "number") return shownNumber(value, format, money);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // Text written with a leading apostrophe (safeText) shows without it.
  return value.startsWith("'") ? value.slice(1) : value;
}

/** One width per column, in points, fitting the header and the rows given. */
export function measureColumns(
  header: readonly string[],
  rows: readonly (readonly OutValue[])[],
  formats: readonly FormatName[] = [],
  money?: string
): number[] {
  return header.map((title, c) => {
    let longest = textColumns(title);
    for (const row of rows) {
      const value = row[c];
      if (value === undefined || value === "") continue;
      longest = Math.max(longest, textColumns(shownText(value, formats[c] ?? "general", money)));
    }
    const width = longest * POINTS_PER_CHAR + PADDING;
    return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, width));
  });
}

/** The widest of several measurements of the same columns (blocks one above the other). */
export function widest(measured: readonly (readonly number[])[]): number[] {
  const width = Math.max(0, ...measured.map((m) => m.length));
  return Array.from({ length: width }, (_, c) =>
    Math.max(MIN_COLUMN_WIDTH, ...measured.map((m) => m[c] ?? 0))
  );
}

/** Queues the widths, from `columnIndex` on; nothing is measured by Excel. */
export function setColumnWidths(
  sheet: XWorksheet,
  columnIndex: number,
  widths: readonly number[]
): void {
  widths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, columnIndex + c, 1, 1).format.columnWidth = width;
  });
}
