// What the sampled cells of each column look like: how many are dates, numbers, ids.
import { AMBIGUOUS_DATE, cellText, readDate } from "../cells";
import type { DateOrder } from "../options";
import type { CellValue } from "../types";
import { anyAmount, cellKind, isCompactDate } from "./cellKind";

export interface DateSettings {
  system: 1900 | 1904;
  order: DateOrder;
}

/** "Mostly": the share of a column's filled cells that must have the kind. */
const MOSTLY = 0.8;
/** Text shaped like an order number: letters, digits, "-", "#", "/", at least one digit. */
const ORDER_ID = /^[A-Za-z0-9#_\-/.]*\d[A-Za-z0-9#_\-/.]*$/;

export interface ColumnStats {
  column: number;
  filled: number;
  dates: number;
  numbers: number;
  positives: number;
  fractions: number;
  /** Text cells or non-negative whole numbers: what an id looks like. */
  idLike: number;
  /** Text ids shaped like order numbers ("SO-2024-001"); plain numbers may be row numbers. */
  orderIdLike: number;
  sum: number;
  sumSquares: number;
  distinct: Set<string>;
}

function emptyStats(column: number): ColumnStats {
  return {
    column,
    filled: 0,
    dates: 0,
    numbers: 0,
    positives: 0,
    fractions: 0,
    idLike: 0,
    orderIdLike: 0,
    sum: 0,
    sumSquares: 0,
    distinct: new Set(),
  };
}

function isDateCell(v: CellValue, kind: string, dates: DateSettings): boolean {
  if (kind === "date") {
    const day = readDate(v, dates);
    return !Number.isNaN(day) || day === AMBIGUOUS_DATE;
  }
  return kind === "number" && isCompactDate(anyAmount(v));
}

function addNumber(st: ColumnStats, x: number): void {
  st.numbers++;
  if (x > 0) st.positives++;
  if (!Number.isInteger(x)) st.fractions++;
  else if (x >= 0) st.idLike++;
  st.sum += x;
  st.sumSquares += x * x;
}

function addCell(
  st: ColumnStats,
  v: CellValue,
  format: string | null | undefined,
  dates: DateSettings
): void {
  const kind = cellKind(v, format);
  if (kind === "blank") return;
  st.filled++;
  if (kind === "other") return;
  if (isDateCell(v, kind, dates)) st.dates++;
  const text = cellText(v);
  st.distinct.add(text);
  if (kind === "number") addNumber(st, anyAmount(v));
  else if (kind === "text") {
    st.idLike++;
    if (ORDER_ID.test(text)) st.orderIdLike++;
  }
}

/** Statistics of the given columns over the given rows; a number under a date format counts as a date. */
export function collectStats(
  values: CellValue[][],
  formats: (string | null | undefined)[][] | undefined,
  rows: number[],
  columns: number[],
  dates: DateSettings
): ColumnStats[] {
  const stats = columns.map(emptyStats);
  for (const r of rows) {
    const row = values[r];
    const fmtRow = formats?.[r];
    for (const st of stats) addCell(st, row[st.column], fmtRow?.[st.column], dates);
  }
  return stats;
}

export function mostly(count: number, st: ColumnStats): boolean {
  return st.filled > 0 && count >= MOSTLY * st.filled;
}

export function variance(st: ColumnStats): number {
  if (st.numbers === 0) return 0;
  const mean = st.sum / st.numbers;
  return st.sumSquares / st.numbers - mean * mean;
}
