// Roles the headers did not name, guessed from the values: a column of dates, a column of
// positive amounts, a column of repeating ids, and an order id column when it is obvious.
import type { DateOrder } from "../options";
import type { CellValue, ColumnMapping } from "../types";
import { AMBIGUOUS_DATE, cellText, isBlank, readDate } from "../cells";
import { anyAmount, cellKind, isCompactDate } from "./cellKind";

const MAX_SAMPLE = 2000;
/** "Mostly": the share of a column's filled cells that must have the kind. */
const MOSTLY = 0.8;
/** A column filled in fewer of the sampled rows than this is not used. */
const MIN_FILL = 0.5;
const ORDER_ID = /^[A-Za-z0-9#_\-/.]*\d[A-Za-z0-9#_\-/.]*$/;

interface DateSettings {
  system: 1900 | 1904;
  order: DateOrder;
}

interface ColumnStats {
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

function isBlankRow(row: CellValue[] | undefined): boolean {
  return row === undefined || row === null || row.every((v) => isBlank(v));
}

/** Up to MAX_SAMPLE non-blank rows, one from each equal stretch of the data. */
export function sampleRows(values: CellValue[][], firstDataRow: number): number[] {
  const start = Math.max(0, firstDataRow);
  const n = values.length - start;
  if (n <= 0) return [];
  const stride = Math.ceil(n / MAX_SAMPLE);
  const rows: number[] = [];
  for (let s = start; s < values.length; s += stride) {
    const end = Math.min(s + stride, values.length);
    for (let r = s; r < end; r++) {
      if (!isBlankRow(values[r])) {
        rows.push(r);
        break;
      }
    }
  }
  return rows;
}

function isDateCell(v: CellValue, format: string | null | undefined, dates: DateSettings): boolean {
  const kind = cellKind(v, format);
  if (kind === "date") {
    const day = readDate(v, dates);
    return !Number.isNaN(day) || day === AMBIGUOUS_DATE;
  }
  return kind === "number" && isCompactDate(anyAmount(v));
}

function addCell(
  st: ColumnStats,
  v: CellValue,
  format: string | null | undefined,
  dates: DateSettings
): void {
  const kind = cellKind(v, format);
  if (kind === "blank" || kind === "other") {
    if (kind === "other") st.filled++;
    return;
  }
  st.filled++;
  if (isDateCell(v, format, dates)) st.dates++;
  const text = cellText(v);
  st.distinct.add(text);
  if (kind === "text") {
    st.idLike++;
    if (ORDER_ID.test(text)) st.orderIdLike++;
    return;
  }
  if (kind !== "number") return;
  const x = anyAmount(v);
  st.numbers++;
  if (x > 0) st.positives++;
  if (!Number.isInteger(x)) st.fractions++;
  else if (x >= 0) st.idLike++;
  st.sum += x;
  st.sumSquares += x * x;
}

function collectStats(
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

function variance(st: ColumnStats): number {
  if (st.numbers === 0) return 0;
  const mean = st.sum / st.numbers;
  return st.sumSquares / st.numbers - mean * mean;
}

function mostly(count: number, st: ColumnStats): boolean {
  return st.filled > 0 && count >= MOSTLY * st.filled;
}

function pickDate(stats: ColumnStats[]): ColumnStats | undefined {
  let best: ColumnStats | undefined;
  for (const st of stats) {
    if (!mostly(st.dates, st)) continue;
    if (best === undefined || st.dates / st.filled > best.dates / best.filled) best = st;
  }
  return best;
}

// Fractions mark money; among equals, the wider spread of values.
function isBetterAmount(a: ColumnStats, b: ColumnStats): boolean {
  const fa = a.fractions > 0 ? 1 : 0;
  const fb = b.fractions > 0 ? 1 : 0;
  return fa !== fb ? fa > fb : variance(a) > variance(b);
}

function pickAmount(stats: ColumnStats[], dateColumn: number | undefined): ColumnStats | undefined {
  let best: ColumnStats | undefined;
  for (const st of stats) {
    if (st.column === dateColumn || !mostly(st.numbers, st) || st.positives * 2 <= st.numbers)
      continue;
    if (mostly(st.dates, st)) continue;
    if (best === undefined || isBetterAmount(st, best)) best = st;
  }
  return best;
}

/** Where the data lies, for the checks that look past the sample; remembers their answers. */
interface DataRange {
  values: CellValue[][];
  start: number;
  repeats: Map<number, boolean>;
}

/**
 * Filled cells read when looking for a repeated id. Ids that repeat at all show a repeat after
 * about sqrt(2 x ids) rows, so this finds them for up to a billion ids, in a few tens of ms.
 */
const MAX_REPEAT_SCAN = 100_000;

// A sample of a large table may hold each id once even when ids repeat: look further down the
// column, stopping at the first repeat.
function scanForRepeat(data: DataRange, column: number): boolean {
  const seen = new Set<string>();
  for (let r = data.start; r < data.values.length && seen.size < MAX_REPEAT_SCAN; r++) {
    const v = data.values[r]?.[column];
    if (isBlank(v)) continue;
    const key = cellText(v);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function repeatsInColumn(data: DataRange, column: number): boolean {
  let answer = data.repeats.get(column);
  if (answer === undefined) {
    answer = scanForRepeat(data, column);
    data.repeats.set(column, answer);
  }
  return answer;
}

function isIdColumn(st: ColumnStats, taken: Set<number>): boolean {
  return (
    !taken.has(st.column) && mostly(st.idLike, st) && !mostly(st.dates, st) && st.distinct.size >= 2
  );
}

// Repeating ids; the column with the most distinct ids is the customer, not a small code.
function pickCustomer(
  stats: ColumnStats[],
  taken: Set<number>,
  data: DataRange
): ColumnStats | undefined {
  let best: ColumnStats | undefined;
  for (const st of stats) {
    if (!isIdColumn(st, taken) || st.distinct.size >= st.filled) continue;
    if (best === undefined || st.distinct.size > best.distinct.size) best = st;
  }
  if (best !== undefined) return best;
  return stats.find((st) => isIdColumn(st, taken) && repeatsInColumn(data, st.column));
}

// Obvious only when every row read has a different id-shaped text, next to a customer column.
function pickOrderId(
  stats: ColumnStats[],
  taken: Set<number>,
  sampled: number,
  data: DataRange
): ColumnStats | undefined {
  return stats.find(
    (st) =>
      !taken.has(st.column) &&
      st.filled === sampled &&
      st.orderIdLike === st.filled &&
      st.distinct.size === st.filled &&
      !mostly(st.dates, st) &&
      !repeatsInColumn(data, st.column)
  );
}

function columnCountOf(values: CellValue[][], rows: number[]): number {
  let width = 0;
  for (const r of rows) width = Math.max(width, values[r].length);
  return width;
}

/**
 * The known mapping plus customer, date, amount (and an obvious order id) found from a sample
 * of up to 2,000 non-blank rows, for the roles the known mapping lacks. Columns already in the
 * known mapping are never reused.
 */
export function detectFromValues(
  values: CellValue[][],
  numberFormats: (string | null | undefined)[][] | undefined,
  firstDataRow: number,
  known: ColumnMapping,
  dates: DateSettings
): ColumnMapping {
  const out: ColumnMapping = { ...known };
  const rows = sampleRows(values, firstDataRow);
  const taken = new Set<number>(Object.values(known).filter((c): c is number => c !== undefined));
  const columns: number[] = [];
  for (let c = 0; c < columnCountOf(values, rows); c++) if (!taken.has(c)) columns.push(c);
  const stats = collectStats(values, numberFormats, rows, columns, dates).filter(
    (st) => st.filled >= MIN_FILL * rows.length && st.filled > 0
  );
  const claim = (
    role: "customer" | "date" | "amount" | "orderId",
    st: ColumnStats | undefined
  ): void => {
    if (st === undefined) return;
    out[role] = st.column;
    taken.add(st.column);
  };
  if (out.date === undefined) claim("date", pickDate(stats.filter((st) => !taken.has(st.column))));
  if (out.amount === undefined) {
    claim(
      "amount",
      pickAmount(
        stats.filter((st) => !taken.has(st.column)),
        out.date
      )
    );
  }
  const data: DataRange = { values, start: Math.max(0, firstDataRow), repeats: new Map() };
  if (out.customer === undefined) claim("customer", pickCustomer(stats, taken, data));
  if (out.orderId === undefined && out.customer !== undefined) {
    claim("orderId", pickOrderId(stats, taken, rows.length, data));
  }
  return out;
}
