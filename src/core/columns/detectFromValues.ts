// Roles the headers did not name, guessed from the values: a column of dates, a column of
// positive amounts, a column of repeating ids, and an order id column when it is obvious.
import type { CellValue, ColumnMapping } from "../types";
import { type ColumnStats, collectStats, type DateSettings, mostly, variance } from "./columnStats";
import { type IdContext, pickCustomer, pickOrderId } from "./pickIds";
import { sampleRows } from "./sampleRows";

/** A column filled in fewer of the sampled rows than this is not used. */
const MIN_FILL = 0.5;

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

function pickAmount(stats: ColumnStats[]): ColumnStats | undefined {
  let best: ColumnStats | undefined;
  for (const st of stats) {
    if (!mostly(st.numbers, st) || st.positives * 2 <= st.numbers || mostly(st.dates, st)) continue;
    if (best === undefined || isBetterAmount(st, best)) best = st;
  }
  return best;
}

function widestRow(values: CellValue[][], rows: number[]): number {
  let width = 0;
  for (const r of rows) width = Math.max(width, values[r].length);
  return width;
}

/** Statistics of the columns not taken, filled in at least half of the sampled rows. */
export function sampledStats(
  values: CellValue[][],
  numberFormats: (string | null | undefined)[][] | undefined,
  rows: number[],
  taken: ReadonlySet<number>,
  dates: DateSettings
): ColumnStats[] {
  const columns: number[] = [];
  const width = widestRow(values, rows);
  for (let c = 0; c < width; c++) if (!taken.has(c)) columns.push(c);
  return collectStats(values, numberFormats, rows, columns, dates).filter(
    (st) => st.filled > 0 && st.filled >= MIN_FILL * rows.length
  );
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
  const stats = sampledStats(values, numberFormats, rows, taken, dates);
  const free = (): ColumnStats[] => stats.filter((st) => !taken.has(st.column));
  const claim = (
    role: "customer" | "date" | "amount" | "orderId",
    st: ColumnStats | undefined
  ): void => {
    if (st === undefined) return;
    out[role] = st.column;
    taken.add(st.column);
  };
  if (out.date === undefined) claim("date", pickDate(free()));
  if (out.amount === undefined) claim("amount", pickAmount(free()));
  const ctx: IdContext = {
    values,
    start: Math.max(0, firstDataRow),
    rows,
    dateColumn: out.date,
    taken,
    profiles: new Map(),
  };
  if (out.customer === undefined) claim("customer", pickCustomer(stats, ctx));
  if (out.orderId === undefined && out.customer !== undefined)
    claim("orderId", pickOrderId(stats, ctx));
  return out;
}
