// Reads transaction rows (one row per order or order line) into typed columns. Every data row
// ends up used, rejected (with row, column and reason) or counted as blank.
import {
  AMBIGUOUS_DATE,
  cellText,
  dayToIso,
  isBlank,
  isImplausibleAmount,
  MAX_AMOUNT,
  nullMark,
  parseAmount,
  readDate,
} from "../cells";
import type { SegmentOptions } from "../options";
import { CHUNK, ProgressReporter } from "../progress";
import type { CellValue, ColumnMapping, DuplicateRow } from "../types";
import { cellIssue, customerId, customerName, isBlankRow } from "./cellIssues";
import { CustomerKeys, type CustomerKeyList } from "./customerKeys";
import { DuplicateFinder } from "./duplicateFinder";
import { dateWindow, dateWindowOfCounts, windowParams, type DateWindow } from "./dateWindow";
import { Rejections } from "./rejections";
import { StringInterner } from "./stringInterner";

export interface TransactionColumns {
  count: number;
  /** Index into the input values of each used row. */
  rowIndex: Int32Array;
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** Interned order id per row, -1 where the cell is blank; null without an order id column. */
  order: Int32Array | null;
  /** NaN where the cell is blank; null without a profit column. */
  profit: Float64Array | null;
  strategic: Float64Array | null;
  keys: CustomerKeyList;
  minDay: number;
  maxDay: number;
}

export interface IngestOutcome<T> {
  data: T;
  rejections: Rejections;
  duplicates: DuplicateRow[];
  blank: number;
  input: number;
}

export interface IngestContext {
  values: CellValue[][];
  firstDataIndex: number;
  mapping: ColumnMapping;
  rejections: Rejections;
  options: SegmentOptions;
  /** Rows dated after this day are outside the window (only when the user gave an as-of date). */
  lastDay: number;
  progress: ProgressReporter;
}

export class Columns {
  count = 0;
  rowIndex: Int32Array;
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  order: Int32Array | null;
  profit: Float64Array | null;
  strategic: Float64Array | null;

  constructor(capacity: number, mapping: ColumnMapping) {
    this.rowIndex = new Int32Array(capacity);
    this.customer = new Int32Array(capacity);
    this.day = new Int32Array(capacity);
    this.amount = new Float64Array(capacity);
    this.order = mapping.orderId === undefined ? null : new Int32Array(capacity);
    this.profit = mapping.profit === undefined ? null : new Float64Array(capacity);
    this.strategic = mapping.strategic === undefined ? null : new Float64Array(capacity);
  }
}

/** The date of every row, read once (NaN or AMBIGUOUS_DATE where it cannot be read). */
function rowDays(ctx: IngestContext, dateCol: number): Float64Array {
  const { values, firstDataIndex } = ctx;
  const days = new Float64Array(values.length - firstDataIndex);
  for (let i = firstDataIndex; i < values.length; i++)
    days[i - firstDataIndex] = readDate(values[i][dateCol], ctx.options.dates);
  return days;
}

/**
 * The plausible window of the rows' dates up to the as-of date (the rows a run on that day
 * would see, so a backtest's cut and a run on that day agree).
 */
export function windowOfDays(days: Float64Array, lastDay: number, minYears: number): DateWindow {
  let n = 0;
  for (let k = 0; k < days.length; k++) if (days[k] >= MIN_VALID && days[k] <= lastDay) n++;
  const valid = new Int32Array(n);
  n = 0;
  for (let k = 0; k < days.length; k++)
    if (days[k] >= MIN_VALID && days[k] <= lastDay) valid[n++] = days[k];
  return dateWindow(valid, minYears);
}

/**
 * windowOfDays over a histogram of the rows' days (`counts[i]` rows dated `days[i]`; NaN or
 * AMBIGUOUS_DATE for rows without a readable date): the same window for the same rows.
 */
export function windowOfDayCounts(
  days: ArrayLike<number>,
  counts: ArrayLike<number>,
  lastDay: number,
  minYears: number
): DateWindow {
  const d: number[] = [];
  const c: number[] = [];
  for (let i = 0; i < days.length; i++) {
    if (!(days[i] >= MIN_VALID && days[i] <= lastDay)) continue;
    d.push(days[i]);
    c.push(counts[i]);
  }
  return dateWindowOfCounts(d, c, minYears);
}

/** Every real day number is above the AMBIGUOUS_DATE marker; NaN fails any comparison. */
export const MIN_VALID = AMBIGUOUS_DATE + 1;

/**
 * An optional numeric cell: blank, or a database's NULL mark, is NaN (unknown); anything else
 * unreadable is an issue.
 */
function optionalNumber(v: CellValue, decimalComma: boolean): number | null {
  if (isBlank(v) || nullMark(v) !== null) return NaN;
  const x = parseAmount(v, decimalComma);
  return Number.isNaN(x) ? null : x;
}

/** What one row's cells read as (readRowCells fills one object, reused for every row). */
export interface RowValues {
  id: string;
  day: number;
  amount: number;
  profit: number;
  strategic: number;
}

/** The columns and limits every row is read against. */
export interface RowReader {
  mapping: ColumnMapping;
  decimalComma: boolean;
  /** Rows dated after this day are outside the window (only when the user gave an as-of date). */
  lastDay: number;
  window: DateWindow;
  rejections: Rejections;
}

/** Records a row whose date lies far outside the data's window (the day as a date: a serial says nothing). */
export function rejectOutsideWindow(r: RowReader, i: number, day: number): boolean {
  if (day >= r.window.low && day <= r.window.high) return false;
  const value = dayToIso(day);
  r.rejections.add(i, r.mapping.date as number, "dateFarOutside", {
    value,
    ...windowParams(r.window),
  });
  return true;
}

/**
 * Reads one non-blank row in the method's order (customer, date, as-of, window, amount, profit,
 * strategic value): true with `out` filled, or false after recording why the row cannot be used.
 * `day` is readDate of its date cell.
 */
export function readRowCells(
  row: CellValue[],
  i: number,
  day: number,
  r: RowReader,
  out: RowValues
): boolean {
  const { mapping, rejections, decimalComma } = r;
  const dateCol = mapping.date as number;
  const amountCol = mapping.amount as number;
  const profitCol = mapping.profit;
  const strategicCol = mapping.strategic;
  const id = customerId(row, mapping.customer as number, i, rejections);
  if (id === null) return false;
  if (Number.isNaN(day) || day === AMBIGUOUS_DATE) {
    const issue = cellIssue(
      row[dateCol],
      "missingDate",
      day === AMBIGUOUS_DATE ? "ambiguousDate" : "badDate"
    );
    rejections.add(i, dateCol, issue.reason, issue.params);
    return false;
  }
  if (day > r.lastDay) {
    rejections.add(i, dateCol, "dateAfterAsOf", { value: cellText(row[dateCol]) });
    return false;
  }
  if (rejectOutsideWindow(r, i, day)) return false;
  const amount = parseAmount(row[amountCol], decimalComma);
  if (Number.isNaN(amount)) {
    const issue = cellIssue(row[amountCol], "missingAmount", "badAmount");
    rejections.add(i, amountCol, issue.reason, issue.params);
    return false;
  }
  if (isImplausibleAmount(amount)) {
    rejections.add(i, amountCol, ...implausible(row[amountCol]));
    return false;
  }
  const profit = profitCol === undefined ? NaN : optionalNumber(row[profitCol], decimalComma);
  if (profit === null) {
    rejections.add(i, profitCol as number, ...issueArgs(row[profitCol as number]));
    return false;
  }
  if (isImplausibleAmount(profit)) {
    rejections.add(i, profitCol as number, ...implausible(row[profitCol as number]));
    return false;
  }
  const strategic =
    strategicCol === undefined ? NaN : optionalNumber(row[strategicCol], decimalComma);
  if (strategic === null) {
    rejections.add(i, strategicCol as number, ...issueArgs(row[strategicCol as number]));
    return false;
  }
  out.id = id;
  out.day = day;
  out.amount = amount;
  out.profit = profit;
  out.strategic = strategic;
  return true;
}

export function newRowValues(): RowValues {
  return { id: "", day: NaN, amount: NaN, profit: NaN, strategic: NaN };
}

export function ingestTransactions(ctx: IngestContext): IngestOutcome<TransactionColumns> {
  const { values, firstDataIndex, mapping, rejections, options } = ctx;
  const nameCol = mapping.customerName;
  const orderCol = mapping.orderId;

  const total = values.length - firstDataIndex;
  const cols = new Columns(total, mapping);
  const keys = new CustomerKeys();
  const orders = new StringInterner(total);
  const dupes = new DuplicateFinder(values);
  const duplicates: DuplicateRow[] = [];
  let blank = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  const days = rowDays(ctx, mapping.date as number);
  const reader: RowReader = {
    mapping,
    decimalComma: options.decimalComma,
    lastDay: ctx.lastDay,
    window: windowOfDays(days, ctx.lastDay, options.dates.farOutsideYears),
    rejections,
  };
  const read = newRowValues();

  for (let i = firstDataIndex; i < values.length; i++) {
    if ((i - firstDataIndex) % CHUNK === 0) ctx.progress.step("parsing", i - firstDataIndex, total);
    const row = values[i];
    if (isBlankRow(row)) {
      blank++;
      continue;
    }
    if (!readRowCells(row, i, days[i - firstDataIndex], reader, read)) continue;
    const { day, amount } = read;
    const k = keys.intern(read.id, i);
    const orderIndex = orderCol === undefined ? -1 : internOrder(orders, row[orderCol]);
    let h = Math.imul(k ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ day, 0xc2b2ae35);
    h = Math.imul(h ^ (Math.round(amount * 100) | 0), 0x85ebca6b);
    h = Math.imul(h ^ orderIndex, 0xc2b2ae35);
    // Rows equal cell for cell have equal parsed values, so a hash of those finds the
    // candidates; DuplicateFinder still compares the raw cells before calling it a duplicate.
    const first = dupes.checkHashed(i, h ^ (h >>> 15));
    if (first >= 0 && recordDuplicate(rejections, duplicates, i, first, options)) continue;

    if (nameCol !== undefined) keys.nameIfMissing(k, customerName(row[nameCol]));
    const n = cols.count++;
    cols.rowIndex[n] = i;
    cols.customer[n] = k;
    cols.day[n] = day;
    cols.amount[n] = amount;
    if (cols.order) cols.order[n] = orderIndex;
    if (cols.profit) cols.profit[n] = read.profit;
    if (cols.strategic) cols.strategic[n] = read.strategic;
    if (day < minDay) minDay = day;
    if (day > maxDay) maxDay = day;
  }

  return {
    data: { ...trim(cols), keys, minDay, maxDay },
    rejections,
    duplicates,
    blank,
    input: total,
  };
}

/** Lists row i as a duplicate of row `first`; true when it is removed (then also rejected). */
export function recordDuplicate(
  rejections: Rejections,
  duplicates: DuplicateRow[],
  i: number,
  first: number,
  options: SegmentOptions
): boolean {
  duplicates.push({
    row: rejections.rowNumber(i),
    firstRow: rejections.rowNumber(first),
    removed: options.removeDuplicates,
  });
  if (!options.removeDuplicates) return false;
  rejections.add(i, null, "duplicateRow", { firstRow: rejections.rowNumber(first) });
  return true;
}

export function implausible(v: CellValue): ["implausibleAmount", Record<string, string | number>] {
  return ["implausibleAmount", { value: cellText(v), max: MAX_AMOUNT }];
}

type NumberIssue = "badNumber" | "errorValue" | "nullMark";

function issueArgs(v: CellValue): [NumberIssue, Record<string, string>] {
  const issue = cellIssue(v, "badNumber", "badNumber");
  return [issue.reason as NumberIssue, issue.params as Record<string, string>];
}

/** The order's index; -1 for none (a blank cell, or a database's NULL mark: not one shared order). */
function internOrder(orders: StringInterner, v: CellValue): number {
  const text = cellText(v);
  return text === "" || nullMark(text) !== null ? -1 : orders.intern(text);
}

/** Views of the used part of each column (no copy). */
export function trim(c: Columns) {
  const n = c.count;
  return {
    count: n,
    rowIndex: c.rowIndex.subarray(0, n),
    customer: c.customer.subarray(0, n),
    day: c.day.subarray(0, n),
    amount: c.amount.subarray(0, n),
    order: c.order ? c.order.subarray(0, n) : null,
    profit: c.profit ? c.profit.subarray(0, n) : null,
    strategic: c.strategic ? c.strategic.subarray(0, n) : null,
  };
}
