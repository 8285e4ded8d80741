// Transaction rows another engine has aggregated to customers already (DuckDB under the CLI, for
// files of any length): per customer what aggregateTransactions would count and sum, plus the
// few rows that are not used, each with its data row index. The core still decides every rule
// that needs the whole table (the date window, from the engine's histogram of days), reads the
// rejected rows' cells again for their reasons, lists the duplicates, and forms the customer
// table (aggregate/customerTableOf.ts), so rejections, counts and customers come out exactly as
// ingestTransactions + aggregateTransactions give them for the same cells.
import type { SegmentOptions } from "../options";
import type { AggregatedPurchases } from "../probabilistic/summary/purchaseSource";
import type { CellValue, ColumnMapping, DuplicateRow } from "../types";
import {
  recordDuplicate,
  rejectOutsideWindow,
  windowOfDayCounts,
  type RowReader,
} from "./ingestTransactions";
import { EngineDisagreement, rejectByCells, type TypedContext } from "./ingestTypedRows";
import type { Rejections } from "./rejections";

/** Per customer, in order of first appearance among the used rows; every array has length n. */
export interface CustomerSums {
  n: number;
  ids: string[];
  /** The first non-blank name among the customer's used rows, else null. */
  names: (string | null)[];
  /** Data row index (0 = first row after the header) of the customer's first used row. */
  firstIndex: Int32Array;
  /** Used rows, and those with a positive amount (purchases). */
  allRows: Float64Array;
  purchaseRows: Float64Array;
  /** Latest day of any used row. */
  lastAnyDay: Float64Array;
  /** Distinct purchase days; first, last, the median gap between them (NaN without purchases). */
  purchaseDays: Float64Array;
  firstPurchaseDay: Float64Array;
  lastPurchaseDay: Float64Array;
  medianGapDays: Float64Array;
  /**
   * Purchases by method.md's counting rule: distinct order ids among the purchase rows plus one
   * per distinct day of purchase rows with a blank order id; distinct purchase days without an
   * order-id column.
   */
  orders: Float64Array;
  /** Amounts summed exactly (see aggregate/exactSum.ts): whole parts and millionths. */
  amountWhole: Float64Array;
  amountMillionths: Float64Array;
  /** The same for profit (NaN where a row's profit cell is blank); null without the column. */
  profitWhole: Float64Array | null;
  profitMillionths: Float64Array | null;
  /** The first strategic value among the customer's used rows (NaN if all blank); null without. */
  strategic: Float64Array | null;
}

/** A sheet's data rows, aggregated: what is used, and each row that is not. */
export interface CustomerAggregates {
  /** Number of data rows (the rows after the header). */
  count: number;
  mapping: ColumnMapping;
  /** Data rows with every cell blank. */
  blank: number;
  /** Rows used (aggregated into `customers`). */
  used: number;
  /** First and last day of the used rows (Infinity, -Infinity when none is used). */
  minDay: number;
  maxDay: number;
  /** The days of every data row that has one (NaN or AMBIGUOUS_DATE for the others), counted. */
  dayCounts: { day: ArrayLike<number>; count: ArrayLike<number> };
  /** Rows the core reads again to reject them (unreadable, or dated after the as-of date), ascending. */
  unread: Int32Array;
  /** Rows whose cells all read but whose day lies outside the date window, ascending. */
  outside: { index: Int32Array; day: Float64Array };
  /** Rows equal cell for cell to an earlier used row (`first`), ascending; removed or kept per options. */
  duplicates: { index: Int32Array; first: Int32Array };
  /** The cells of data row i: asked for the `unread` rows only. */
  cells(i: number): CellValue[];
  customers: CustomerSums;
  /** Per customer (as `customers`), the purchases for the probabilistic CLV, when it is asked for. */
  purchases?: AggregatedPurchases;
}

export interface AggregatesOutcome {
  rejections: Rejections;
  duplicates: DuplicateRow[];
  blank: number;
  input: number;
  used: number;
}

/** The window's rejections, the unreadable rows' and the duplicates', in row order. */
export function ingestAggregates(a: CustomerAggregates, ctx: TypedContext): AggregatesOutcome {
  const { firstDataIndex, mapping, rejections, options } = ctx;
  const reader: RowReader = {
    mapping,
    decimalComma: options.decimalComma,
    lastDay: ctx.lastDay,
    window: windowOfDayCounts(
      a.dayCounts.day,
      a.dayCounts.count,
      ctx.lastDay,
      options.dates.farOutsideYears
    ),
    rejections,
  };
  const duplicates: DuplicateRow[] = [];
  const next = [0, 0, 0];
  const lists = [a.unread, a.outside.index, a.duplicates.index];
  for (;;) {
    let pick = -1;
    for (let l = 0; l < 3; l++)
      if (next[l] < lists[l].length && (pick < 0 || lists[l][next[l]] < lists[pick][next[pick]]))
        pick = l;
    if (pick < 0) break;
    const p = next[pick]++;
    const j = lists[pick][p];
    rejectRow(a, pick, p, j, { reader, duplicates, options, firstDataIndex });
  }
  const outcome = { rejections, duplicates, blank: a.blank, input: a.count, used: a.used };
  if (a.used + rejections.rows.length + a.blank !== a.count)
    throw new EngineDisagreement(rejections.rowNumber(firstDataIndex + a.count - 1));
  return outcome;
}

interface RejectContext {
  reader: RowReader;
  duplicates: DuplicateRow[];
  options: SegmentOptions;
  firstDataIndex: number;
}

function rejectRow(a: CustomerAggregates, list: number, p: number, j: number, c: RejectContext) {
  const i = c.firstDataIndex + j;
  if (list === 0) rejectByCells(a, j, i, c.reader, c.options);
  else if (list === 1) {
    if (!rejectOutsideWindow(c.reader, i, a.outside.day[p]))
      throw new EngineDisagreement(c.reader.rejections.rowNumber(i));
  } else
    recordDuplicate(
      c.reader.rejections,
      c.duplicates,
      i,
      c.firstDataIndex + a.duplicates.first[p],
      c.options
    );
}
