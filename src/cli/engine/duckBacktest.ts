// DuckDB reads a backtest's rows (method.md section 11) without bringing them to JavaScript:
// the whole file's rows are read and checked as for any run (counts, the rows not used), the
// window runs from the used rows' first to last day, the rows up to the cut are aggregated to
// customers as a run on the day after the cut reads them (its own date window and duplicates),
// and the rows after the cut are summed per customer (afterCutQuery.ts). The core scores the
// customers at the cut and builds the report from those sums (backtestAggregated).
import type { DuckDBConnection } from "@duckdb/node-api";
import {
  backtestWindow,
  isoToDay,
  type AfterCutSums,
  type BacktestAggregates,
  type ColumnMapping,
  type CustomerAggregates,
  type CustomerSums,
  type SegmentOptions,
} from "../../core";
import { AFTER_KNOWN, AFTER_TOTALS, afterCutQuery } from "./afterCutQuery";
import { usable, usedWhere, type UsedRows } from "./customersQuery";
import {
  columnsOf,
  customersOf,
  fileScope,
  readRowsNotUsed,
  readSums,
  type RowsRead,
  type Scope,
} from "./duckCustomers";
import { createRows, sheetIndexOf, type ReadRequest } from "./duckRows";

/** What the backtest asks for: its window's flags, the CLV's purchases, the head's length. */
export interface BacktestAsked {
  months: number;
  cut: string | null;
  purchases: boolean;
  headRows: number;
}

/** No customers: a backtest scores those of the rows up to its cut (BacktestAggregates.before). */
function noCustomers(m: ColumnMapping): CustomerSums {
  const none = new Float64Array(0);
  return {
    n: 0,
    ids: [],
    names: [],
    firstIndex: new Int32Array(0),
    allRows: none,
    purchaseRows: none,
    lastAnyDay: none,
    purchaseDays: none,
    firstPurchaseDay: none,
    lastPurchaseDay: none,
    medianGapDays: none,
    orders: none,
    amountWhole: none,
    amountMillionths: none,
    profitWhole: m.profit === undefined ? null : none,
    profitMillionths: m.profit === undefined ? null : none,
    strategic: m.strategic === undefined ? null : none,
  };
}

/**
 * The used rows' number, first and last day, from the days' counts of rows whose cells all read:
 * used are those within the as-of date and the window, less the duplicates removed.
 */
function usedSpan(rows: RowsRead, u: UsedRows, ok: number[], removeDuplicates: boolean) {
  let used = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  const days = rows.dayCounts.day;
  for (let k = 0; k < days.length; k++) {
    const day = days[k];
    if (ok[k] === 0 || day > u.lastDay || day < u.window.low || day > u.window.high) continue;
    used += ok[k];
    minDay = Math.min(minDay, day);
    maxDay = Math.max(maxDay, day);
  }
  if (removeDuplicates) used -= rows.duplicates.index.length;
  return { used, minDay, maxDay };
}

/** The day of each used row among the head's rows, by sheet row index (NaN for the others). */
async function headDaysOf(
  c: DuckDBConnection,
  used: string,
  sheet: (r: number) => number,
  headRows: number
): Promise<Float64Array> {
  const days = new Float64Array(headRows).fill(NaN);
  // A row's sheet index is at least its r: the head's rows are among the first headRows r.
  const [r, day] = await columnsOf(
    c,
    `SELECT CAST(r AS DOUBLE), CAST(day AS DOUBLE) FROM rows WHERE r < ${headRows} AND ${used}`
  );
  r.forEach((x, k) => {
    const i = sheet(x);
    if (i < headRows) days[i] = day[k];
  });
  return days;
}

/** The after_sums of afterCutQuery as the core takes them. */
async function afterSums(c: DuckDBConnection): Promise<AfterCutSums> {
  const { ids, joined } = await readSums(c, AFTER_KNOWN, ["orders", "w", "m"]);
  const [newCustomers, newWhole, newMillionths, totalWhole, totalMillionths] = (
    await columnsOf(c, AFTER_TOTALS)
  ).map((column) => column[0]);
  return {
    ids,
    orders: joined("orders"),
    revenueWhole: joined("w"),
    revenueMillionths: joined("m"),
    newCustomers,
    newWhole,
    newMillionths,
    totalWhole,
    totalMillionths,
  };
}

/**
 * The run at the cut's duplicates, from the whole file's (all_dups) rather than by grouping its
 * rows' hashes again (about 1 s of CPU on 10M rows). Equal rows have equal dates: a set of them
 * lies wholly up to the cut or after it, inside the run's date window or outside, so it keeps
 * its first row. With duplicates removed the rows up to the cut hold none.
 */
const duplicatesAtCut =
  (removeDuplicates: boolean) =>
  (u: UsedRows): string =>
    "CREATE TEMP TABLE dup_rows AS SELECT r, first FROM all_dups WHERE " +
    (removeDuplicates ? "false" : `r IN (SELECT r FROM rows WHERE ${usable(u)})`);

/**
 * The used rows up to the cut as the `rows` view (the whole file's as all_rows), read and
 * aggregated as the run at the cut reads them; then the rows after the cut, summed.
 */
async function beforeAndAfter(
  c: DuckDBConnection,
  req: ReadRequest,
  o: SegmentOptions,
  at: { scope: Scope; used: string; cutDay: number; endDay: number; purchases: boolean },
  sheet: (r: number) => number
) {
  await c.run(
    "DROP VIEW rows; CREATE TEMP VIEW all_rows AS SELECT rowid AS r, * FROM rows_table;" +
      `CREATE TEMP VIEW rows AS SELECT * FROM all_rows WHERE ${at.used} AND day <= ${at.cutDay}`
  );
  // The run at the cut's as-of date is the day after it; its data rows keep the file's indexes.
  const scope: Scope = { ...at.scope, lastDay: at.cutDay + 1, count: null, missing: 0 };
  const dups = duplicatesAtCut(o.removeDuplicates);
  const { rows, u } = await readRowsNotUsed(c, req, o, scope, sheet, dups);
  const purchases = at.purchases ? { calibrationEndDay: null } : null;
  const customers = await customersOf(c, req, o, { u, scope, purchases });
  const known = `SELECT customer FROM rows WHERE ${usedWhere(u, o.removeDuplicates)}`;
  await c.run(afterCutQuery({ used: at.used, known, cutDay: at.cutDay, endDay: at.endDay }));
  const after = await afterSums(c);
  await c.run("DROP TABLE after_sums; DROP VIEW rows; DROP VIEW all_rows; DROP TABLE dup_rows");
  return { before: { ...rows, ...customers }, after };
}

/**
 * Reads the file's rows for a backtest: the whole file's counts and rows not used (no
 * customers), and the backtest's aggregates, null when no row is used (the core says why).
 */
export async function readBacktestAggregates(
  c: DuckDBConnection,
  req: ReadRequest,
  o: SegmentOptions,
  asked: BacktestAsked
): Promise<{ aggregates: CustomerAggregates; backtest: BacktestAggregates | null }> {
  const seen = await createRows(c, req);
  const sheet = sheetIndexOf(req.source, seen);
  const scope = fileScope(req, sheet, seen);
  const whole = await readRowsNotUsed(c, req, o, scope, sheet);
  // The run at the cut finds its own duplicates (dup_rows); the whole file's are all_dups.
  await c.run("ALTER TABLE dup_rows RENAME TO all_dups");
  const span = usedSpan(whole.rows, whole.u, whole.ok, o.removeDuplicates);
  const aggregates = { ...whole.rows, ...span, customers: noCustomers(req.mapping) };
  let backtest: BacktestAggregates | null = null;
  if (span.used > 0) {
    const cut = asked.cut === null ? null : isoToDay(asked.cut);
    const window = backtestWindow(span.minDay, span.maxDay, asked.months, cut);
    const used = usedWhere(whole.u, o.removeDuplicates, "all_dups");
    const headDays = await headDaysOf(c, used, sheet, asked.headRows);
    const at = { scope, used, ...window, purchases: asked.purchases };
    backtest = { window, headDays, ...(await beforeAndAfter(c, req, o, at, sheet)) };
  } else await c.run("DROP VIEW rows");
  await c.run("DROP TABLE rows_table; DROP TABLE all_dups");
  return { aggregates, backtest };
}
