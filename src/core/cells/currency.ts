// The currency the data's money was written in, so the faces can show CLV and spend the same way
// (¥ where the amounts had ¥) instead of bare numbers. Read from the amount column: its cells'
// number formats ("¥#,##0.00", "[$€-407] #,##0.00", '#,##0.00"元"') or its text ("¥1,234.50").
import type { CellValue } from "../types";

export interface Currency {
  /** As written: "¥", "$", "€", "£", "元". Full-width "￥" is read as "¥". */
  symbol: string;
  /** True when the symbol stands before the digits. */
  before: boolean;
}

const SIGNS = "¥￥$€£元";
/** A symbol in a number format: bare, quoted, or Excel's locale form [$€-407]. */
const FORMAT_BEFORE = new RegExp(
  `^(?:\\[\\$([${SIGNS}])[^\\]]*\\]|"([${SIGNS}])"|\\\\?([${SIGNS}]))`
);
const FORMAT_AFTER = new RegExp(
  `(?:\\[\\$([${SIGNS}])[^\\]]*\\]|"([${SIGNS}])"|\\\\?([${SIGNS}]))$`
);
const TEXT_BEFORE = new RegExp(`^[-(+\\s]*([${SIGNS}])`);
const TEXT_AFTER = new RegExp(`([${SIGNS}])[)\\s]*$`);
/** The first data rows whose cells say the currency. */
export const CURRENCY_SAMPLE_ROWS = 1000;

const normal = (sign: string): string => (sign === "￥" ? "¥" : sign);

function fromFormat(format: string): Currency | null {
  // Only the positive section: "¥#,##0;-¥#,##0" tells the same twice.
  const positive = format.split(";")[0].trim();
  const b = FORMAT_BEFORE.exec(positive);
  if (b) return { symbol: normal(b[1] ?? b[2] ?? b[3]), before: true };
  const a = FORMAT_AFTER.exec(positive);
  if (a) return { symbol: normal(a[1] ?? a[2] ?? a[3]), before: false };
  return null;
}

function fromText(text: string): Currency | null {
  const b = TEXT_BEFORE.exec(text);
  if (b) return { symbol: normal(b[1]), before: true };
  const a = TEXT_AFTER.exec(text);
  if (a) return { symbol: normal(a[1]), before: false };
  return null;
}

/**
 * The currency most of the first 1,000 data rows of the column show, or null when most show
 * none (plain numbers) or the column is not given. Ties go to the first seen.
 */
export function currencyOf(
  values: CellValue[][],
  numberFormats: (string | null | undefined)[][] | undefined,
  column: number | undefined,
  firstDataRow: number
): Currency | null {
  if (column === undefined) return null;
  const counts = new Map<string, { currency: Currency; n: number }>();
  let none = 0;
  const end = Math.min(values.length, firstDataRow + CURRENCY_SAMPLE_ROWS);
  for (let r = firstDataRow; r < end; r++) {
    const v = values[r]?.[column];
    if (v === null || v === undefined || v === "") continue;
    const format = numberFormats?.[r]?.[column];
    const found =
      typeof v === "string" ? fromText(v) : typeof format === "string" ? fromFormat(format) : null;
    if (found === null) {
      none++;
      continue;
    }
    const key = `${found.symbol}${found.before ? "<" : ">"}`;
    const entry = counts.get(key) ?? { currency: found, n: 0 };
    entry.n++;
    counts.set(key, entry);
  }
  let best: { currency: Currency; n: number } | null = null;
  for (const entry of counts.values()) if (best === null || entry.n > best.n) best = entry;
  return best !== null && best.n >= none ? best.currency : null;
}
