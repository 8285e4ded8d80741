// Column widths computed from the cells a run writes, set explicitly. Excel's autofitColumns() is
// not used for our sheets: it fits to everything in the whole column, not the range it is called
// on (office-js#1017, #5999), so a title or note above a table makes the column far too wide, and
// it has been unreliable with custom number formats (office-js#5066). A width too narrow for a
// number shows it as ######## (CLV at the default 48 points), so numbers are measured as shown.
import { FORMATS, type FormatName, type Grid, type OutValue } from "./cellTypes";

/** Points per character of Calibri 11 (digits and Latin), per wide (CJK) character, and padding. */
const POINTS_PER_CHAR = 7;
const POINTS_PER_WIDE_CHAR = 13;
const PADDING_POINTS = 12;
export const MIN_WIDTH = 48;
export const MAX_WIDTH = 300;
/** Widths from the first rows: measuring a million is not worth it, they are sorted by value. */
export const MEASURED_ROWS = 500;

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textPoints(text: string): number {
  let points = 0;
  for (const ch of text) points += WIDE.test(ch) ? POINTS_PER_WIDE_CHAR : POINTS_PER_CHAR;
  return points;
}

const grouped = (x: number, decimals: number): string =>
  x.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

/** The text Excel shows for a value in one of our formats, near enough to measure it. */
export function shownText(value: OutValue, format: FormatName, money: string): string {
  if (typeof value !== "number") return String(value);
  switch (format) {
    case "money":
    case "number": {
      // The currency's quoted text ("¥" before, "元" after) is shown too.
      const [before = "", after = ""] =
        format === "money" ? money.split(FORMATS.money).map((t) => t.replace(/"/g, "")) : [];
      return `${before}${grouped(value, 2)}${after}`;
    }
    case "integer":
      return String(Math.round(value));
    case "share":
      return `${(value * 100).toFixed(1)}%`;
    default:
      return String(Number(value.toPrecision(11)));
  }
}

/** One width (points) per column: the widest of the header and the measured rows, within bounds. */
export function columnWidths(
  header: readonly string[],
  formats: readonly FormatName[],
  rows: readonly OutValue[][],
  money: string = FORMATS.money
): number[] {
  return header.map((h, j) => {
    let widest = textPoints(h);
    for (const row of rows) {
      const v = row[j];
      if (v === undefined || v === "") continue;
      widest = Math.max(widest, textPoints(shownText(v, formats[j] ?? "general", money)));
    }
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest + PADDING_POINTS)));
  });
}

/** Per column, the widest over several blocks laid out from the same column. */
export function blockWidths(grids: readonly Grid[]): number[] {
  const out: number[] = [];
  for (const g of grids)
    columnWidths(g.header, g.formats, g.rows, g.moneyFormat).forEach(
      (w, j) => (out[j] = Math.max(out[j] ?? 0, w))
    );
  return out;
}
