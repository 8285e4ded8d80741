// Stage 1 of segment(): find the columns, read every row, and turn the rows into customers.
import { dayToIso, isoToDay } from "../cells/dayNumber";
import { detectColumns, DetectedColumns } from "../columns";
import { InputError } from "../errors";
import { aggregateTransactions } from "../aggregate/aggregateTransactions";
import { missingRoles } from "../columns/missingRoles";
import { finishSummary, ingestSummary } from "../ingest/ingestSummary";
import {
  ingestTransactions,
  IngestContext,
  type IngestOutcome,
  TransactionColumns,
} from "../ingest/ingestTransactions";
import {
  ingestTypedRows,
  sameMapping,
  type TypedContext,
  type TypedRows,
} from "../ingest/ingestTypedRows";
import { ingestAggregates, type CustomerAggregates } from "../ingest/ingestAggregates";
import type { BacktestAggregates } from "../backtest/aggregates";
import { customerTableOf } from "../aggregate/customerTableOf";
import { Rejections } from "../ingest/rejections";
import type { SegmentOptions } from "../options";
import {
  aggregatedPurchases,
  transactionPurchases,
  type PurchaseSource,
} from "../probabilistic/summary/purchaseSource";
import type { ProgressReporter } from "../progress";
import type { RowCounts } from "../result";
import type { CustomerTable, DuplicateRow, RejectedRow, SheetInput } from "../types";

/** Excel's row limit: a sheet holds 1,048,576 rows, one of them the header. */
export const MAX_ROWS = 1_048_576;

export interface CustomersRead {
  detected: DetectedColumns;
  customers: CustomerTable;
  asOfDay: number;
  /** The latest purchase date among the used rows (NaN when no row has one). */
  latestDay: number;
  counts: RowCounts;
  rejected: RejectedRow[];
  duplicates: DuplicateRow[];
  rowCustomer: Int32Array;
  /** The used transaction rows (null for a customer summary, or rows another engine aggregated). */
  transactions: TransactionColumns | null;
  /** The purchases the probabilistic models read (null for a customer summary). */
  purchases: PurchaseSource | null;
}

function requireRoles(detected: DetectedColumns): void {
  const missing = missingRoles(detected);
  if (missing.length > 0) {
    throw new InputError("missingColumn", {
      roles: missing.join(", "),
      headers: detected.headers.filter((h) => h !== "").join(", "),
    });
  }
}

function counts(
  input: number,
  used: number,
  rejected: number,
  blank: number,
  duplicates: number
): RowCounts {
  return { input, used, rejected, blank, duplicates };
}

function readTransactions(
  out: IngestOutcome<TransactionColumns>,
  rowCount: number,
  ctx: Pick<IngestContext, "progress">,
  opts: SegmentOptions,
  givenAsOf: number
) {
  const t = out.data;
  const asOfDay = Number.isNaN(givenAsOf) ? (t.count > 0 ? t.maxDay + 1 : NaN) : givenAsOf;
  ctx.progress.step("aggregating", 0, 1);
  const customers = aggregateTransactions(t, {
    asOfDay,
    countEveryRow: opts.rfm.scoring === "rfm-r",
  });
  const rowCustomer = new Int32Array(rowCount).fill(-1);
  for (let i = 0; i < t.count; i++) rowCustomer[t.rowIndex[i]] = t.customer[i];
  const latestDay = t.count > 0 ? t.maxDay : NaN;
  const purchases = transactionPurchases(t, customers.n);
  return {
    out,
    customers,
    asOfDay,
    latestDay,
    rowCustomer,
    used: t.count,
    transactions: t,
    purchases,
  };
}

function readSummary(ctx: IngestContext, givenAsOf: number) {
  const out = ingestSummary(ctx, !Number.isNaN(givenAsOf));
  const s = out.data;
  const fromDates = Number.isFinite(s.maxDay) ? s.maxDay + 1 : NaN;
  const asOfDay = Number.isNaN(givenAsOf) ? fromDates : givenAsOf;
  const customers = finishSummary(s, asOfDay);
  const rowCustomer = new Int32Array(ctx.values.length).fill(-1);
  for (let k = 0; k < customers.n; k++) rowCustomer[customers.firstRow[k]] = k;
  const latestDay = Number.isFinite(s.maxDay) ? s.maxDay : NaN;
  return {
    out,
    customers,
    asOfDay,
    latestDay,
    rowCustomer,
    used: customers.n,
    transactions: null,
    purchases: null,
  };
}

/** A sheet whose data rows another engine has read (see ingestTypedRows). */
export interface TypedSheet {
  /** The first rows of the sheet as cells (all of it when it is small): columns are found from them. */
  head: SheetInput;
  /** Physical rows of the whole sheet, header rows included. */
  rowCount: number;
  rows: TypedRows;
}

/** Where the data starts and what each column is: the same answer for a sheet and its head. */
function detectedOf(input: SheetInput, rowCount: number, opts: SegmentOptions) {
  const detected = detectColumns(input, opts);
  const firstDataIndex = detected.headerRowIndex === null ? 0 : detected.headerRowIndex + 1;
  if (rowCount <= firstDataIndex) throw new InputError("noRows");
  requireRoles(detected);
  return { detected, firstDataIndex };
}

export function readCustomers(
  input: SheetInput,
  opts: SegmentOptions,
  progress: ProgressReporter
): CustomersRead {
  if (input.values.length > MAX_ROWS)
    throw new InputError("tooManyRows", { rows: input.values.length, max: MAX_ROWS });
  const { detected, firstDataIndex } = detectedOf(input, input.values.length, opts);
  const givenAsOf = opts.asOf === null ? NaN : isoToDay(opts.asOf);
  const ctx: IngestContext = {
    values: input.values,
    firstDataIndex,
    mapping: detected.mapping,
    rejections: new Rejections(
      detected.headers,
      input.firstRowNumber ?? 1,
      input.firstColumnIndex ?? 0
    ),
    options: opts,
    lastDay: Number.isNaN(givenAsOf) ? Infinity : givenAsOf,
    progress,
  };
  const read =
    detected.shape === "transactions"
      ? readTransactions(ingestTransactions(ctx), input.values.length, ctx, opts, givenAsOf)
      : readSummary(ctx, givenAsOf);
  return finishRead(detected, read, input.firstRowNumber ?? 1);
}

/**
 * readCustomers for transaction rows another engine has read: no limit on their number (the
 * sheet is a file, not Excel's grid). Throws InputError as readCustomers does.
 */
export function readTypedCustomers(
  sheet: TypedSheet,
  opts: SegmentOptions,
  progress: ProgressReporter
): CustomersRead {
  const { detected, ctx, givenAsOf, firstRowNumber } = engineRead(sheet, opts, progress);
  const out = ingestTypedRows(sheet.rows, ctx);
  const read = readTransactions(out, sheet.rowCount, ctx, opts, givenAsOf);
  return finishRead(detected, read, firstRowNumber);
}

/** What readTypedCustomers and readAggregatedCustomers start from: columns and the context. */
function engineRead(
  sheet: { head: SheetInput; rowCount: number },
  opts: SegmentOptions,
  progress: ProgressReporter
) {
  const { detected, firstDataIndex } = detectedOf(sheet.head, sheet.rowCount, opts);
  // Another engine reads transaction rows only: a summary table goes through readCustomers.
  if (detected.shape !== "transactions") throw new Error("engine rows are transactions only");
  const givenAsOf = opts.asOf === null ? NaN : isoToDay(opts.asOf);
  const firstRowNumber = sheet.head.firstRowNumber ?? 1;
  const ctx: TypedContext = {
    firstDataIndex,
    mapping: detected.mapping,
    rejections: new Rejections(detected.headers, firstRowNumber, sheet.head.firstColumnIndex ?? 0),
    options: opts,
    lastDay: Number.isNaN(givenAsOf) ? Infinity : givenAsOf,
    progress,
  };
  return { detected, ctx, givenAsOf, firstRowNumber };
}

/** A sheet whose data rows another engine has aggregated to customers (see ingestAggregates). */
export interface AggregatedSheet {
  /** The first rows of the sheet as cells: columns are found from them. */
  head: SheetInput;
  /** Physical rows of the whole sheet, header rows included. */
  rowCount: number;
  /** For a backtest: the whole sheet's rows, without customers (`backtest` has the run's). */
  aggregates: CustomerAggregates;
  /** A backtest's aggregates (backtestAggregated); null when the sheet has no used row. */
  backtest?: BacktestAggregates | null;
}

/**
 * readCustomers for rows another engine has aggregated: the same customers, counts, rejections
 * and duplicates, and the purchases the probabilistic models read when it aggregated them,
 * without the rows (no per-row customer: rowCustomer is empty).
 */
export function readAggregatedCustomers(
  sheet: AggregatedSheet,
  opts: SegmentOptions,
  progress: ProgressReporter
): CustomersRead {
  const { detected, ctx, givenAsOf, firstRowNumber } = engineRead(sheet, opts, progress);
  const { firstDataIndex } = ctx;
  const a = sheet.aggregates;
  if (!sameMapping(a.mapping, detected.mapping)) throw new Error("aggregated for other columns");
  const out = ingestAggregates(a, ctx);
  const asOfDay = Number.isNaN(givenAsOf) ? (a.used > 0 ? a.maxDay + 1 : NaN) : givenAsOf;
  progress.step("aggregating", 0, 1);
  const customers = customerTableOf(a.customers, firstDataIndex, {
    asOfDay,
    countEveryRow: opts.rfm.scoring === "rfm-r",
  });
  const read = {
    out,
    customers,
    asOfDay,
    latestDay: a.used > 0 ? a.maxDay : NaN,
    rowCustomer: new Int32Array(0),
    used: a.used,
    transactions: null,
    purchases: a.purchases ? aggregatedPurchases(a.purchases, a) : null,
  };
  return finishRead(detected, read, firstRowNumber);
}

interface ReadParts {
  out: Pick<IngestOutcome<unknown>, "rejections" | "duplicates" | "blank" | "input">;
  customers: CustomerTable;
  asOfDay: number;
  latestDay: number;
  rowCustomer: Int32Array;
  used: number;
  transactions: TransactionColumns | null;
  purchases: PurchaseSource | null;
}

function finishRead(
  detected: DetectedColumns,
  read: ReadParts,
  firstRowNumber: number
): CustomersRead {
  const { out, customers } = read;
  if (read.used === 0)
    throw new InputError(
      "noUsableRows",
      { rejected: out.rejections.rows.length },
      out.rejections.rows
    );
  // Customers remember where they first appear as an index; callers want the sheet row.
  for (let k = 0; k < customers.n; k++) customers.firstRow[k] += firstRowNumber;
  return {
    detected,
    customers,
    asOfDay: read.asOfDay,
    latestDay: read.latestDay,
    counts: counts(
      out.input,
      read.used,
      out.rejections.rows.length,
      out.blank,
      out.duplicates.length
    ),
    rejected: out.rejections.rows,
    duplicates: out.duplicates,
    rowCustomer: read.rowCustomer,
    transactions: read.transactions,
    purchases: read.purchases,
  };
}

export function asOfText(day: number): string {
  return Number.isNaN(day) ? "" : dayToIso(day);
}
