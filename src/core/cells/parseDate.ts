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
/** What may follow a year-first date: " 10:30", "T10:30:00Z"; sticky, tried from the end of the date. */
const TIME_TAIL = new RegExp(String.raw`(?:T|\s+)${TIME}$`, "iy");
/** 2024年1月5日, with an optional time. */
const CJK_TEXT = new RegExp(
  String.raw`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*${TIME})?$`,
  "i"
);
/** 5/1/2024, 05-01-2024, 5.1.2024: day-first or month-first, per the user's choice. */
const DAY_MONTH_TEXT = new RegExp(
  String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:\s+${TIME})?$`,
  "i"
);
const COMPACT_TEXT = /^(\d{4})(\d{2})(\d{2})$/;
const MIN_DATE_TEXT = 8; // "20240105", "1/1/2024"
const MAX_DATE_TEXT = 48;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const MIN_COMPACT = 19000101;
const MAX_COMPACT = 99991231;

/** Year, month, day of the last successful scanYearFirst (no allocation per cell). */
const scanned = new Int32Array(3);

function digitRunEnd(s: string, start: number, maxDigits: number): number {
  let i = start;
  while (i < s.length && i - start < maxDigits && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)
    i++;
  return i;
}

function intBetween(s: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + s.charCodeAt(i) - 48;
  return value;
}

function hasTimeTail(s: string, start: number): boolean {
  TIME_TAIL.lastIndex = start;
  return TIME_TAIL.test(s);
}

// The most common form, scanned by hand because a regex costs several times more:
// 2024-01-05, 2024/1/5, 2024.1.5 (one separator kind), optionally with a time. Fills `scanned`.
function scanYearFirst(s: string): boolean {
  const sep = s.charCodeAt(4);
  if ((sep !== DASH && sep !== SLASH && sep !== DOT) || digitRunEnd(s, 0, 4) !== 4) return false;
  const monthEnd = digitRunEnd(s, 5, 2);
  if (monthEnd === 5 || s.charCodeAt(monthEnd) !== sep) return false;
  const dayEnd = digitRunEnd(s, monthEnd + 1, 2);
  if (dayEnd === monthEnd + 1 || (dayEnd < s.length && !hasTimeTail(s, dayEnd))) return false;
  scanned[0] = intBetween(s, 0, 4);
  scanned[1] = intBetween(s, 5, monthEnd);
  scanned[2] = intBetween(s, monthEnd + 1, dayEnd);
  return true;
}

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
  const readable =
    !Number.isNaN(dayFromYmd(year, second, first)) ||
    !Number.isNaN(dayFromYmd(year, first, second));
  return readable ? AMBIGUOUS_DATE : NaN;
}

function normalizedDateText(text: string): string | null {
  const s = text.trim();
  return s.length < MIN_DATE_TEXT || s.length > MAX_DATE_TEXT ? null : toHalfWidth(s);
}

function readDateText(text: string, order: DateOrder): number {
  const s = normalizedDateText(text);
  if (s === null) return NaN;
  if (scanYearFirst(s)) return dayFromYmd(scanned[0], scanned[1], scanned[2]);
  let m = CJK_TEXT.exec(s) ?? COMPACT_TEXT.exec(s);
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

/**
 * For a d/d/yyyy text the default order rejects: the only order that reads it ("dmy" for
 * 13/04/2024, which cannot be month-first), or null when both orders read it (truly ambiguous).
 */
export function onlyDayMonthOrder(text: string): "dmy" | "mdy" | null {
  const s = normalizedDateText(text);
  const m = s === null ? null : DAY_MONTH_TEXT.exec(s);
  if (m === null) return null;
  const dmy = !Number.isNaN(dayFromYmd(Number(m[4]), Number(m[3]), Number(m[1])));
  const mdy = !Number.isNaN(dayFromYmd(Number(m[4]), Number(m[1]), Number(m[3])));
  return dmy === mdy ? null : dmy ? "dmy" : "mdy";
}

/** Cheap test for column detection: text in one of the date forms readDate accepts (any day/month order). */
export function looksLikeDateText(text: string): boolean {
  const s = normalizedDateText(text);
  if (s === null) return false;
  if (scanYearFirst(s) || CJK_TEXT.test(s) || DAY_MONTH_TEXT.test(s)) return true;
  // Eight digits are too often ids or amounts: only a real calendar date counts.
  return COMPACT_TEXT.test(s) && !Number.isNaN(compactToDay(Number(s)));
}

export { isDateFormat } from "./dateFormat";
