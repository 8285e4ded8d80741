// DuckDB, in process, reads a file's rows and aggregates them to customers (issue 19: the CLI
// past Excel's grid in the time and memory of DuckDB itself). Only per-customer sums and the
// rows that are not used (with their data row indexes) come back to the core, which decides
// the rules that need the whole table and forms the customers (see ingestAggregates).
import type { DuckDBConnection } from "@duckdb/node-api";
import {
  exactTotals,
  windowOfDayCounts,
  type AggregatedPurchases,
  type PurchaseDays,
  type CellValue,
  type CustomerAggregates,
  type CustomerSums,
  type SegmentOptions,
} from "../../core";
import {
  customerColumns,
  customersQuery,
  dayCountsQuery,
  duplicatesQuery,
  outsideQuery,
  type PurchasesAsked,
  type UsedRows,
} from "./customersQuery";
import {
  createRows,
  numbers,
  sheetIndexOf,
  streamedChunks,
  unreadCells,
  type ReadRequest,
} from "./duckRows";
import { DROP_ROWS } from "./rowsQuery";

export async function columnsOf(c: DuckDBConnection, sql: string): Promise<Float64Array[]> {
  const reader = await c.runAndReadAll(sql);
  const width = reader.columnCount;
  const n = reader.currentRowCount;
  const out = Array.from({ length: width }, () => new Float64Array(n));
  let k = 0;
  for (const row of reader.getRows()) {
    for (let i = 0; i < width; i++) out[i][k] = Number(row[i]);
    k++;
  }
  return out;
}

/** The customers query's rows, chunk by chunk, into growing number columns. */
export async function readSums(c: DuckDBConnection, sql: string, columns: readonly string[]) {
  const ids: string[] = [];
  const names: (string | null)[] = [];
  const parts = new Map<string, Float64Array[]>(columns.map((name) => [name, []]));
  for await (const chunk of streamedChunks(c, sql)) {
    const id = chunk.getColumnVector(0);
    const name = chunk.getColumnVector(1);
    for (let k = 0; k < chunk.rowCount; k++) {
      ids.push(String(id.getItem(k)));
      const text = name.getItem(k);
      names.push(text === null ? null : String(text));
    }
    columns.forEach((column, i) => {
      parts.get(column)?.push(Float64Array.from(numbers(chunk, i + 2)));
    });
  }
  const joined = (column: string): Float64Array => {
    const list = parts.get(column);
    if (list === undefined) throw new Error(`no column ${column} in the customers query`);
    const out = new Float64Array(ids.length);
    let at = 0;
    for (const p of list) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  };
  return { ids, names, joined };
}

/** The customers of the used rows; r to data row index through `dataIndex`. */
async function customerSums(
  c: DuckDBConnection,
  sql: string,
  req: ReadRequest,
  dataIndex: (r: number) => number,
  purchases: PurchasesAsked | null
) {
  const { ids, names, joined } = await readSums(c, sql, customerColumns(purchases));
  const m = req.mapping;
  const firstR = joined("first_r");
  const sums: CustomerSums = {
    n: ids.length,
    ids,
    names,
    firstIndex: Int32Array.from(firstR, dataIndex),
    allRows: joined("all_rows"),
    purchaseRows: joined("purchase_rows"),
    lastAnyDay: joined("last_any"),
    purchaseDays: joined("days"),
    firstPurchaseDay: joined("first_day"),
    lastPurchaseDay: joined("last_day"),
    medianGapDays: joined("median_gap"),
    orders: joined("orders"),
    amountWhole: joined("amount_whole"),
    amountMillionths: joined("amount_millionths"),
    profitWhole: m.profit === undefined ? null : joined("profit_whole"),
    profitMillionths: m.profit === undefined ? null : joined("profit_millionths"),
    strategic: m.strategic === undefined ? null : joined("strategic"),
  };
  let used = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  const firstAny = joined("first_any");
  for (let k = 0; k < sums.n; k++) {
    used += sums.allRows[k];
    if (firstAny[k] < minDay) minDay = firstAny[k];
    if (sums.lastAnyDay[k] > maxDay) maxDay = sums.lastAnyDay[k];
  }
  return { sums, used, minDay, maxDay, purchases: purchasesOf(joined, purchases) };
}

/** The purchase columns as the core's AggregatedPurchases (see purchaseDaysQuery.ts). */
function purchasesOf(
  joined: (column: string) => Float64Array,
  asked: PurchasesAsked | null
): AggregatedPurchases | undefined {
  if (asked === null) return undefined;
  const firstDay = joined("p_first");
  const all: PurchaseDays = {
    n: firstDay.length,
    days: joined("p_days"),
    firstDay,
    lastDay: joined("p_last"),
    repeatValue: exactTotals(joined("p_repeat_whole"), joined("p_repeat_millionths")),
  };
  const end = asked.calibrationEndDay;
  if (end === null) return { all, calibration: null };
  const days = joined("c_days");
  const upTo: PurchaseDays = {
    n: all.n,
    days,
    firstDay: firstDay.map((d, k) => (days[k] > 0 ? d : NaN)),
    lastDay: joined("c_last"),
    repeatValue: exactTotals(joined("c_repeat_whole"), joined("c_repeat_millionths")),
  };
  const after = {
    days: joined("h_days"),
    spend: exactTotals(joined("h_whole"), joined("h_millionths")),
  };
  return { all, calibration: { endDay: end, upTo, after } };
}

/**
 * The days of the rows, counted (all, and those whose cells all read), and the number of blank
 * rows (see dayCountsQuery).
 */
async function dayCountsAndBlanks(c: DuckDBConnection, firstR: number) {
  const [days, counts, blanks, oks] = await columnsOf(c, dayCountsQuery(firstR));
  const day: number[] = [];
  const count: number[] = [];
  const ok: number[] = [];
  let blank = 0;
  for (let k = 0; k < days.length; k++) {
    blank += blanks[k];
    if (Number.isNaN(days[k])) continue;
    day.push(days[k]);
    count.push(counts[k]);
    ok.push(oks[k]);
  }
  return { day: Float64Array.from(day), count: Float64Array.from(count), ok, blank };
}

/** The first r whose sheet row is a data row. */
function firstDataR(sheet: (r: number) => number, seen: number, firstDataIndex: number): number {
  let r = 0;
  while (r < seen && sheet(r) < firstDataIndex) r++;
  return r;
}

/** Which rows of the `rows` view a read covers, and how they are numbered. */
export interface Scope {
  firstR: number;
  /** The as-of day (Infinity: none): later rows are not used. */
  lastDay: number;
  /** Data rows the read covers; null: as many as the view has from firstR. */
  count: number | null;
  /** Data rows DuckDB never sees (empty lines), counted blank. */
  missing: number;
  /** DuckDB's r to data row index. */
  dataIndex: (r: number) => number;
}

/** The whole file's data rows: what readCustomerAggregates covers. */
export function fileScope(req: ReadRequest, sheet: (r: number) => number, seen: number): Scope {
  const missing = req.source.missing.filter((i) => i >= req.firstDataIndex && i < req.rowCount);
  return {
    firstR: firstDataR(sheet, seen, req.firstDataIndex),
    lastDay: req.lastDay,
    count: req.rowCount - req.firstDataIndex,
    missing: missing.length,
    dataIndex: (r) => sheet(r) - req.firstDataIndex,
  };
}

/** The rows a read covers but does not use, by kind, and what tells which are used. */
export type RowsRead = Omit<
  CustomerAggregates,
  "customers" | "purchases" | "used" | "minDay" | "maxDay"
>;

/**
 * Everything of CustomerAggregates but the used rows' sums: counts, the date window's rows, the
 * duplicates (left in the dup_rows table for the customers query, made by `duplicates`) and the
 * unreadable rows.
 */
export async function readRowsNotUsed(
  c: DuckDBConnection,
  req: ReadRequest,
  o: SegmentOptions,
  scope: Scope,
  sheet: (r: number) => number,
  duplicates: (u: UsedRows) => string = duplicatesQuery
): Promise<{ rows: RowsRead; u: UsedRows; ok: number[] }> {
  const { day, count, ok, blank: blankRows } = await dayCountsAndBlanks(c, scope.firstR);
  const window = windowOfDayCounts(day, count, scope.lastDay, o.dates.farOutsideYears);
  const u: UsedRows = { firstR: scope.firstR, lastDay: scope.lastDay, window };
  const outside = outsideQuery(u);
  const [outR, outDay] = outside === null ? [[], []] : await columnsOf(c, outside);
  await c.run(duplicates(u));
  const [dupR, dupFirst] = await columnsOf(
    c,
    "SELECT CAST(r AS DOUBLE), CAST(first AS DOUBLE) FROM dup_rows ORDER BY r"
  );
  const cells = await unreadCells(c, req, sheet);
  const width = req.source.width;
  const index = scope.dataIndex;
  const rows: RowsRead = {
    count: scope.count ?? count.reduce((n, x) => n + x, blankRows),
    mapping: req.mapping,
    blank: blankRows + scope.missing,
    dayCounts: { day, count },
    unread: Int32Array.from([...cells.keys()].sort((a, b) => a - b)),
    outside: { index: Int32Array.from(outR, index), day: Float64Array.from(outDay) },
    duplicates: { index: Int32Array.from(dupR, index), first: Int32Array.from(dupFirst, index) },
    cells: (j): CellValue[] => cells.get(j) ?? new Array<CellValue>(width).fill(""),
  };
  return { rows, u, ok };
}

/** Reads and aggregates the data rows; throws RowsLost when DuckDB saw other rows than the file has. */
export async function readCustomerAggregates(
  c: DuckDBConnection,
  req: ReadRequest,
  o: SegmentOptions,
  purchases: PurchasesAsked | null = null
): Promise<CustomerAggregates> {
  const seen = await createRows(c, req);
  const sheet = sheetIndexOf(req.source, seen);
  const scope = fileScope(req, sheet, seen);
  const { rows, u } = await readRowsNotUsed(c, req, o, scope, sheet);
  const customers = await customersOf(c, req, o, { u, scope, purchases });
  await c.run(`${DROP_ROWS}; DROP TABLE dup_rows`);
  return { ...rows, ...customers };
}

/** The customers of the scope's used rows (after readRowsNotUsed), as CustomerAggregates has them. */
export async function customersOf(
  c: DuckDBConnection,
  req: ReadRequest,
  o: SegmentOptions,
  read: { u: UsedRows; scope: Scope; purchases: PurchasesAsked | null }
): Promise<Pick<CustomerAggregates, "used" | "minDay" | "maxDay" | "customers" | "purchases">> {
  const { sums, used, minDay, maxDay, ...more } = await customerSums(
    c,
    customersQuery(read.u, req.mapping, o.removeDuplicates, read.purchases),
    req,
    read.scope.dataIndex,
    read.purchases
  );
  return {
    used,
    minDay,
    maxDay,
    customers: sums,
    ...(more.purchases ? { purchases: more.purchases } : {}),
  };
}
