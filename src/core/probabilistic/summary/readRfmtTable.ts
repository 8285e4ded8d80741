// Reads an already summarised table (one row per customer: frequency, recency, T and, when
// there, monetary, in the unit the user states) into an RfmtSummary. Every data row ends up
// used, rejected with its reason, or counted as blank, as with transactions.
import { cellText, isBlank, isImplausibleAmount, MAX_AMOUNT, parseAmount } from "../../cells";
import { InputError } from "../../errors";
import { cellIssue, customerId, isBlankRow } from "../../ingest/cellIssues";
import { CustomerKeys } from "../../ingest/customerKeys";
import { Rejections } from "../../ingest/rejections";
import type { RowCounts } from "../../result";
import type { CellValue, ReasonCode, RejectedRow, SheetInput } from "../../types";
import type { RfmtSummary, TimeUnit } from "../types";
import { findRfmtHeader, type RfmtColumns } from "./rfmtColumns";
import { DAYS_IN_UNIT } from "./unitLength";

export interface RfmtTableOptions {
  unit: TimeUnit;
  decimalComma: boolean;
}

export interface RfmtTable {
  summary: RfmtSummary;
  ids: string[];
  /** Sheet row number of each customer's row. */
  firstRow: Int32Array;
  /** False without a monetary column: no spend model, no CLV. */
  hasMonetary: boolean;
  columns: RfmtColumns;
  headers: string[];
  headerRowIndex: number;
  counts: RowCounts;
  rejected: RejectedRow[];
}

interface RowIssue {
  column: number;
  reason: ReasonCode;
  params: Record<string, string | number>;
}

interface RowValues {
  frequency: number;
  recency: number;
  T: number;
  monetary: number;
}

class Columns {
  frequency: number[] = [];
  recency: number[] = [];
  T: number[] = [];
  monetary: number[] = [];
  rows: number[] = [];
}

/** A number >= 0 from a cell, or the reason it is not one. */
function nonNegative(v: CellValue, column: number, decimalComma: boolean): number | RowIssue {
  const x = parseAmount(v, decimalComma);
  if (Number.isNaN(x)) return { column, ...cellIssue(v, "missingValue", "badNumber") };
  if (x < 0) return { column, reason: "negativeValue", params: { value: cellText(v) } };
  if (isImplausibleAmount(x))
    return { column, reason: "implausibleAmount", params: { value: cellText(v), max: MAX_AMOUNT } };
  return x;
}

/** pandas writes the index under an empty header: take that column as the customer. */
function customerColumn(columns: RfmtColumns, headers: string[]): number | undefined {
  if (columns.customer !== undefined) return columns.customer;
  const taken = new Set(Object.values(columns));
  return headers.length > 0 && headers[0].trim() === "" && !taken.has(0) ? 0 : undefined;
}

/**
 * Repeat purchases fall on distinct days after the first purchase, the last of them `recency`
 * after it: more of them than recency has days cannot have happened (a million repeat purchases
 * in 60 weeks "converged" at a log-likelihood of +22.5 million). Recency is often stored rounded
 * (CDNOW's 0.14 weeks is one day, 0.98 days), so the days are rounded up.
 */
function tooManyRepeats(frequency: number, recency: number, unit: TimeUnit): number | null {
  const days = Math.ceil(recency * DAYS_IN_UNIT[unit] - 1e-9);
  return frequency > days ? days : null;
}

function readRow(
  row: CellValue[],
  m: RfmtColumns,
  decimalComma: boolean,
  unit: TimeUnit
): RowValues | RowIssue {
  const f = m.frequency as number;
  const frequency = nonNegative(row[f], f, decimalComma);
  if (typeof frequency !== "number") {
    return frequency.reason === "negativeValue"
      ? { ...frequency, reason: "negativeFrequency" }
      : frequency;
  }
  if (!Number.isInteger(frequency))
    return { column: f, reason: "badNumber", params: { value: cellText(row[f]) } };
  const recency = nonNegative(row[m.recency as number], m.recency as number, decimalComma);
  if (typeof recency !== "number") return recency;
  const T = nonNegative(row[m.T as number], m.T as number, decimalComma);
  if (typeof T !== "number") return T;
  let monetary = NaN;
  if (m.monetary !== undefined) {
    // Without repeat purchases there is no repeat spend: lifetimes leaves 0, a user may leave it blank.
    const blankOk = frequency === 0 && isBlank(row[m.monetary]);
    const value = blankOk ? 0 : nonNegative(row[m.monetary], m.monetary, decimalComma);
    if (typeof value !== "number") return value;
    monetary = value;
  }
  if (recency > T)
    return { column: m.recency as number, reason: "recencyAfterT", params: { recency, T } };
  if (frequency === 0 && recency > 0)
    return { column: m.recency as number, reason: "recencyWithoutRepeat", params: { recency } };
  const days = tooManyRepeats(frequency, recency, unit);
  if (days !== null)
    return { column: f, reason: "frequencyAboveRecency", params: { frequency, recency, days } };
  return { frequency, recency, T, monetary };
}

/**
 * The summary of a table with a header naming frequency, recency and T (see rfmtColumns).
 * Throws InputError("missingColumn") when there is no such header, ("noUsableRows") when no row
 * can be used.
 */
export function readRfmtTable(input: SheetInput, opts: RfmtTableOptions): RfmtTable {
  const header = findRfmtHeader(input.values);
  if (header === null) {
    const firstRow = (input.values[0] ?? []).map((v) => cellText(v)).filter((h) => h !== "");
    throw new InputError("missingColumn", {
      roles: "frequency, recency, T",
      headers: firstRow.join(", "),
    });
  }
  const m = header.columns;
  const cust = customerColumn(m, header.headers);
  const firstRowNumber = input.firstRowNumber ?? 1;
  const rejections = new Rejections(header.headers, firstRowNumber, input.firstColumnIndex ?? 0);
  const keys = new CustomerKeys();
  const cols = new Columns();
  let blank = 0;
  const values = input.values;
  for (let i = header.row + 1; i < values.length; i++) {
    const row = values[i];
    if (isBlankRow(row)) {
      blank++;
      continue;
    }
    const id =
      cust === undefined ? String(rejections.rowNumber(i)) : customerId(row, cust, i, rejections);
    if (id === null) continue;
    const read = readRow(row, m, opts.decimalComma, opts.unit);
    if ("reason" in read) {
      rejections.add(i, read.column, read.reason, read.params);
      continue;
    }
    const before = keys.size;
    const k = keys.intern(id, i);
    if (k < before) {
      rejections.add(i, cust ?? null, "duplicateCustomer", {
        firstRow: rejections.rowNumber(keys.firstIndex[k]),
      });
      continue;
    }
    cols.frequency.push(read.frequency);
    cols.recency.push(read.recency);
    cols.T.push(read.T);
    cols.monetary.push(read.monetary);
    cols.rows.push(rejections.rowNumber(i));
  }
  const dataRows = values.length - header.row - 1;
  if (dataRows === 0) throw new InputError("noRows");
  if (keys.size === 0)
    throw new InputError("noUsableRows", { rejected: rejections.rows.length }, rejections.rows);
  return {
    summary: {
      n: keys.size,
      unit: opts.unit,
      frequency: Float64Array.from(cols.frequency),
      recency: Float64Array.from(cols.recency),
      T: Float64Array.from(cols.T),
      monetary: Float64Array.from(cols.monetary),
    },
    ids: keys.ids,
    firstRow: Int32Array.from(cols.rows),
    hasMonetary: m.monetary !== undefined,
    columns: { ...m, ...(cust === undefined ? {} : { customer: cust }) },
    headers: header.headers,
    headerRowIndex: header.row,
    counts: {
      input: dataRows,
      used: keys.size,
      rejected: rejections.rows.length,
      blank,
      duplicates: 0,
    },
    rejected: rejections.rows,
  };
}
