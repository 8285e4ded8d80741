// Transaction rows another engine has read already (DuckDB under the CLI, with the SQL cell rules
// of src/core/sql): typed columns per row instead of cells. What depends on the whole table (the
// date window, the as-of date, first appearances, duplicates) is decided here exactly as
// ingestTransactions decides it, and every row the engine could not read is read again by the
// core's own readRowCells, so rejected rows carry the same reasons, columns and row numbers.
import { readDate } from "../cells";
import type { SegmentOptions } from "../options";
import { CHUNK, type ProgressReporter } from "../progress";
import type { CellValue, ColumnMapping, DuplicateRow } from "../types";
import type { CustomerKeyList } from "./customerKeys";
import {
  Columns,
  newRowValues,
  readRowCells,
  recordDuplicate,
  rejectOutsideWindow,
  trim,
  windowOfDays,
  type IngestOutcome,
  type RowReader,
  type TransactionColumns,
} from "./ingestTransactions";
import type { Rejections } from "./rejections";

/** A row every cell of which reads: customer, date, amount (and profit, strategic value). */
export const TYPED_OK = 0;
/** A row whose cells are all blank. */
export const TYPED_BLANK = 1;
/** A row with a cell that does not read: the core reads its cells again to say why. */
export const TYPED_UNREAD = 2;

/** The data rows of a sheet (those after the header row), read by another engine. */
export interface TypedRows {
  /** Number of data rows; every array below has this length. */
  count: number;
  /** The columns the rows were read for (must be the ones the core detects). */
  mapping: ColumnMapping;
  /** TYPED_OK, TYPED_BLANK or TYPED_UNREAD per row. */
  status: Uint8Array;
  /** Day number of the date cell of every row (NaN where it is no date). */
  day: Float64Array;
  amount: Float64Array;
  /** Index into customerIds; meaningful for TYPED_OK rows. */
  customer: Int32Array;
  customerIds: string[];
  /** Equal numbers for equal order ids (any numbering), -1 for a blank cell; null without the column. */
  order: Int32Array | null;
  /** Index into `names`, -1 for a blank cell; null without a name column. */
  name: Int32Array | null;
  names: string[];
  /** NaN for a blank cell; null without the column. */
  profit: Float64Array | null;
  strategic: Float64Array | null;
  /** Data-row index of the first earlier TYPED_OK row equal to this one cell for cell, else -1. */
  sameAs: Int32Array;
  /**
   * The cells of data row i as a sheet would hand them over: asked for the TYPED_UNREAD rows and
   * for rows dated after a given as-of date, whose messages quote their text.
   */
  cells(i: number): CellValue[];
}

export interface TypedContext {
  firstDataIndex: number;
  mapping: ColumnMapping;
  rejections: Rejections;
  options: SegmentOptions;
  lastDay: number;
  progress: ProgressReporter;
}

/** Thrown when the engine used a row the core cannot read, or left out one it can. */
export class EngineDisagreement extends Error {
  constructor(readonly row: number) {
    super(`the engines read row ${row} differently`);
    this.name = "EngineDisagreement";
  }
}

/** The same role for every column in both mappings. */
export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ColumnMapping>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/** First appearances of customers among the used rows: the order of the run's customers. */
class TypedKeys implements CustomerKeyList {
  readonly ids: string[] = [];
  readonly names: (string | null)[] = [];
  readonly firstIndex: number[] = [];
  private readonly local: Int32Array;

  constructor(private readonly rows: TypedRows) {
    this.local = new Int32Array(rows.customerIds.length).fill(-1);
  }

  intern(g: number, index: number): number {
    let k = this.local[g];
    if (k < 0) {
      k = this.ids.length;
      this.local[g] = k;
      this.ids.push(this.rows.customerIds[g]);
      this.names.push(null);
      this.firstIndex.push(index);
    }
    return k;
  }

  nameIfMissing(k: number, nameIndex: number): void {
    if (this.names[k] === null && nameIndex >= 0) this.names[k] = this.rows.names[nameIndex];
  }

  get size(): number {
    return this.ids.length;
  }
}

/** A TYPED_UNREAD row or one after the as-of date: the core reads its cells, and must reject it. */
export function rejectByCells(
  rows: Pick<TypedRows, "cells">,
  j: number,
  i: number,
  reader: RowReader,
  o: SegmentOptions
) {
  const cells = rows.cells(j);
  const day = readDate(cells[reader.mapping.date as number], o.dates);
  if (readRowCells(cells, i, day, reader, newRowValues()))
    throw new EngineDisagreement(reader.rejections.rowNumber(i));
}

/** ingestTransactions for rows read by another engine: the same outcome for the same cells. */
export function ingestTypedRows(
  rows: TypedRows,
  ctx: TypedContext
): IngestOutcome<TransactionColumns> {
  const { firstDataIndex, mapping, rejections, options } = ctx;
  if (!sameMapping(rows.mapping, mapping)) throw new Error("typed rows read for other columns");
  const total = rows.count;
  const cols = new Columns(total, mapping);
  const keys = new TypedKeys(rows);
  const duplicates: DuplicateRow[] = [];
  const reader: RowReader = {
    mapping,
    decimalComma: options.decimalComma,
    lastDay: ctx.lastDay,
    window: windowOfDays(rows.day, ctx.lastDay, options.dates.farOutsideYears),
    rejections,
  };
  let blank = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let j = 0; j < total; j++) {
    if (j % CHUNK === 0) ctx.progress.step("parsing", j, total);
    const i = firstDataIndex + j;
    const status = rows.status[j];
    const day = rows.day[j];
    if (status === TYPED_BLANK) {
      blank++;
      continue;
    }
    if (status !== TYPED_OK || day > ctx.lastDay) {
      rejectByCells(rows, j, i, reader, options);
      continue;
    }
    if (rejectOutsideWindow(reader, i, day)) continue;
    const first = rows.sameAs[j];
    if (first >= 0 && recordDuplicate(rejections, duplicates, i, firstDataIndex + first, options))
      continue;
    const k = keys.intern(rows.customer[j], i);
    if (rows.name) keys.nameIfMissing(k, rows.name[j]);
    const n = cols.count++;
    cols.rowIndex[n] = i;
    cols.customer[n] = k;
    cols.day[n] = day;
    cols.amount[n] = rows.amount[j];
    if (cols.order && rows.order) cols.order[n] = rows.order[j];
    if (cols.profit && rows.profit) cols.profit[n] = rows.profit[j];
    if (cols.strategic && rows.strategic) cols.strategic[n] = rows.strategic[j];
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

/** The rows `keep` picks, renumbered (a backtest's run at the cut sees only its earlier rows). */
export function typedSubset(rows: TypedRows, keep: (j: number) => boolean): TypedRows {
  const index = new Int32Array(rows.count).fill(-1);
  const from: number[] = [];
  for (let j = 0; j < rows.count; j++) {
    if (!keep(j)) continue;
    index[j] = from.length;
    from.push(j);
  }
  const pick = <T extends Float64Array | Int32Array | Uint8Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(from.length);
    for (let n = 0; n < from.length; n++) out[n] = a[from[n]];
    return out;
  };
  const sameAs = pick(rows.sameAs);
  // An identical earlier row has the same date, so it is kept whenever this one is.
  for (let n = 0; n < sameAs.length; n++) if (sameAs[n] >= 0) sameAs[n] = index[sameAs[n]];
  return {
    ...rows,
    count: from.length,
    status: pick(rows.status),
    day: pick(rows.day),
    amount: pick(rows.amount),
    customer: pick(rows.customer),
    order: rows.order && pick(rows.order),
    name: rows.name && pick(rows.name),
    profit: rows.profit && pick(rows.profit),
    strategic: rows.strategic && pick(rows.strategic),
    sameAs,
    cells: (n) => rows.cells(from[n]),
  };
}
