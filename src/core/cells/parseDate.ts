// Dates as Excel hands them over: serials, Date objects, yyyymmdd integers and text dates.
// The time of day is always dropped and nothing is shifted by a time zone.
import type { DateOrder } from "../options";
import type { CellValue } from "../types";
import { dayFromYmd, MAX_SERIAL_1900, serialToDay } from "./dayNumber";
import { toHalfWidth } from "./fullWidth";

export type { DateOrder };

export interface DateReadOptions {
  system: 1900 | 1904;
  order: DateOrder;
}

/** A day number, NaN for "not a date", or AMBIGUOUS_DATE. */
export type DateReadResult = number;

/** "5/1/2024" read with order "ymd": the user must pick day-first or month-first. */
export const AMBIGUOUS_DATE = -1e9;

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:AM|PM))?(?:Z|[+-]\d{2}(?::?\d{2})?)?`;
/** 2024-01-05, 2024/1/5, 2024.1.5, with an optional time (" 10:30", "T10:30:00Z"). */
const YMD_TEXT = new RegExp(String.raw`^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:T|\s+)${TIME})?$`, "i");
/** 2024年1月5日, with an optional time. */
const CJK_TEXT = new RegExp(String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*${TIME})?$`, "i");
/** 5/1/2024, 05-01-2024, 5.1.2024: day-first or month-first, per the user's choice. */
const DAY_MONTH_TEXT = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:\s+${TIME})?$`, "i");
const COMPACT_TEXT = /^(\d{4})(\d{2})(\d{2})$/;
const MIN_DATE_TEXT = 8; // "20240105", "1/1/2024"
const MAX_DATE_TEXT = 48;
const MIN_COMPACT = 19000101;
const MAX_COMPACT = 99991231;

function compactToDay(n: number): number {
  return dayFromYmd(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100);
}

// yyyymmdd integers (19970101 in the CDNOW data) lie above the last serial, so they never clash.
function readDateNumber(n: number, system: 1900 | 1904): number {
  if (Number.isInteger(n) && n > MAX_SERIAL_1900 && n >= MIN_COMPACT && n <= MAX_COMPACT) {
    return compactToDay(n);
  }
  return serialToDay(n, system);
}

function readDayMonth(first: number, second: number, year: number, order: DateOrder): number {
  if (order === "dmy") return dayFromYmd(year, second, first);
  if (order === "mdy") return dayFromYmd(year, first, second);
  const readable = !Number.isNaN(dayFromYmd(year, second, first)) || !Number.isNaN(dayFromYmd(year, first, second));
  return readable ? AMBIGUOUS_DATE : NaN;
}

function normalizedDateText(text: string): string | null {
  const s = text.trim();
  return s.length < MIN_DATE_TEXT || s.length > MAX_DATE_TEXT ? null : toHalfWidth(s);
}

function readDateText(text: string, order: DateOrder): number {
  const s = normalizedDateText(text);
  if (s === null) return NaN;
  let m = YMD_TEXT.exec(s);
  if (m !== null) return dayFromYmd(Number(m[1]), Number(m[3]), Number(m[4]));
  m = CJK_TEXT.exec(s) ?? COMPACT_TEXT.exec(s);
  if (m !== null) return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_TEXT.exec(s);
  return m === null ? NaN : readDayMonth(Number(m[1]), Number(m[3]), Number(m[4]), order);
}

/** The day number of a cell in a date column: NaN when it is not a date, AMBIGUOUS_DATE for d/d/yyyy with "ymd". */
export function readDate(v: CellValue, opts: DateReadOptions): DateReadResult {
  if (typeof v === "number") return readDateNumber(v, opts.system);
  if (typeof v === "string") return readDateText(v, opts.order);
  if (v instanceof Date) return dayFromYmd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  return NaN;
}

/** Cheap test for column detection: text in one of the date forms readDate accepts (any day/month order). */
export function looksLikeDateText(text: string): boolean {
  const s = normalizedDateText(text);
  if (s === null) return false;
  if (YMD_TEXT.test(s) || CJK_TEXT.test(s) || DAY_MONTH_TEXT.test(s)) return true;
  // Eight digits are too often ids or amounts: only a real calendar date counts.
  return COMPACT_TEXT.test(s) && !Number.isNaN(compactToDay(Number(s)));
}

export { isDateFormat } from "./dateFormat";
