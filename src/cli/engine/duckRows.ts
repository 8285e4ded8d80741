// DuckDB, in process, reads a file's rows to the core's typed rows (TypedRows): the cell rules
// run as SQL over every row, customer, order and name texts become numbers, equal rows are
// found by hashes of their cells. Only rows the core must read again (to say why they cannot be
// used) come back as text.
import { totalmem } from "node:os";
import type { DuckDBConnection, DuckDBDataChunk } from "@duckdb/node-api";
import {
  TYPED_BLANK,
  type CellValue,
  type ColumnMapping,
  type DateOrder,
  type TypedRows,
} from "../../core";
import { temporaryFolder } from "../tempFolders";
import {
  DROP_ROWS,
  DUPLICATES_QUERY,
  ROWS_VIEW,
  dictionaryQuery,
  nameShown,
  rowsQuery,
  typedRowsQuery,
} from "./rowsQuery";

/** Where DuckDB's rows are: a table expression with c0 .. cN as text, in file order. */
export interface RowSource {
  sql: string;
  width: number;
  /** Rows of the sheet DuckDB does not see (empty lines), as sheet row indexes, ascending. */
  missing: number[];
  /** Sheet row index of DuckDB's r = 0. */
  offset: number;
}

export interface ReadRequest {
  source: RowSource;
  /** Rows of the sheet (header included); DuckDB must see all but the missing ones. */
  rowCount: number;
  firstDataIndex: number;
  mapping: ColumnMapping;
  decimalComma: boolean;
  order: DateOrder;
  /** Day number of the as-of date given, else Infinity: later rows quote their date text. */
  lastDay: number;
  /**
   * The rows query (rowsSql of this request), already running on the connection it is read
   * with: started while the scan read the file (earlyRows.ts). Else createRows runs it.
   */
  started?: Promise<void>;
}

export const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Rows up to which DuckDB keeps to 1 GB (issue 19: under 2 GB peak for the whole process at 10M). */
export const ONE_GB_ROWS = 20_000_000;
/** The share of the machine's memory DuckDB may use on a file past ONE_GB_ROWS. */
const BIG_SHARE = 0.4;

/**
 * DuckDB's memory limit for a file of `rows` rows: past it DuckDB spills what it can to the
 * temporary folder rather than growing. 1 GB up to ONE_GB_ROWS. Past that, 40% of the memory
 * the process may use (availableMemory): a 100M-row file's customers (7.6 million) did not fit
 * in 1 GB (DuckDB's aggregate ran out of memory), and the CLI is to take what the machine can
 * hold; the rest is left to the core's customer table and the system. DUCKDB_MEMORY_LIMIT
 * (e.g. "4GB") sets another.
 */
export function memoryLimitFor(rows: number, machineBytes = availableMemory()): string {
  const set = process.env.DUCKDB_MEMORY_LIMIT;
  if (set !== undefined && set !== "") return set;
  if (rows <= ONE_GB_ROWS) return "1GB";
  return `${Math.max(1024, Math.floor((machineBytes * BIG_SHARE) / 2 ** 20))}MB`;
}

/** The machine's memory, or less where the process is held to less (a container's cgroup limit). */
export function availableMemory(
  total = totalmem(),
  constrained: number | undefined = process.constrainedMemory?.()
): number {
  return constrained !== undefined && constrained > 0 ? Math.min(total, constrained) : total;
}

/**
 * A DuckDB in this process for a file of `rows` rows, spilling to a temporary folder of its own
 * rather than holding everything.
 */
export function openDuck(rows = 0): Promise<Duck> {
  return openDuckLimited(memoryLimitFor(rows));
}

export interface Duck {
  c: DuckDBConnection;
  close: () => void;
}

/** A DuckDB in this process held to `memoryLimit` (see openDuck). */
export async function openDuckLimited(memoryLimit: string): Promise<Duck> {
  // Loaded at its first use: a run the core's readers take (a small CSV, an XLSX) and --version
  // do not load DuckDB's API and native library (about 40 ms of CPU at every start).
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const folder = temporaryFolder("tiering-duckdb-");
  const dir = folder.dir;
  const db = await DuckDBInstance.create(":memory:", {
    temp_directory: dir,
    // The rows table keeps the file's order, its rowid is r (ROWS_VIEW); createRows turns this off after.
    preserve_insertion_order: "true",
    memory_limit: memoryLimit,
  });
  const c = await db.connect();
  await readTimesInUtc(c);
  return {
    c,
    close: () => {
      c.closeSync();
      db.closeSync();
      folder.remove();
    },
  };
}

/**
 * A time-zone-aware timestamp (a Parquet TIMESTAMPTZ, an instant stored in UTC) is cast to text
 * in the session's time zone, which DuckDB takes from the machine: the same file gave another
 * purchase day in Shanghai than in London (2024-01-05 23:30 UTC was 2024-01-06 there). Read in
 * UTC, nothing is shifted by a time zone (method.md section 1). Without the ICU extension the
 * setting does not exist, and such timestamps print in UTC already.
 */
async function readTimesInUtc(c: DuckDBConnection): Promise<void> {
  try {
    await c.run("SET TimeZone = 'UTC'");
  } catch {
    // no ICU: no other time zone either
  }
}

/** Sheet row index of each DuckDB row: the rows it never sees (empty lines) are skipped. */
export function sheetIndexOf(source: RowSource, seen: number): (r: number) => number {
  if (source.missing.length === 0) return (r) => r + source.offset;
  const index = new Int32Array(seen);
  let p = source.offset;
  let m = 0;
  for (let r = 0; r < seen; r++) {
    while (m < source.missing.length && source.missing[m] === p) {
      p++;
      m++;
    }
    index[r] = p++;
  }
  return (r) => index[r];
}

/** The texts of a dictionary by id, as `text` (an expression over its text) shows them. */
async function strings(c: DuckDBConnection, table: string, text = "text"): Promise<string[]> {
  const reader = await c.runAndReadAll(`SELECT ${text}, id FROM ${table}`);
  const out: string[] = new Array<string>(reader.currentRowCount);
  for (const [text, id] of reader.getRows()) out[Number(id)] = String(text);
  return out;
}

/**
 * The chunks of a query's result as DuckDB streams them, the next one fetched (on DuckDB's
 * threads) while the caller reads this one: one after the other, fetching was a third of the
 * time the 10M-row file's 763,000 customers took to read. Each chunk is its own memory.
 */
export async function* streamedChunks(
  c: DuckDBConnection,
  sql: string
): AsyncGenerator<DuckDBDataChunk> {
  const result = await c.stream(sql);
  let next = result.fetchChunk();
  try {
    for (;;) {
      const chunk = await next;
      if (chunk === null || chunk.rowCount === 0) return;
      next = result.fetchChunk();
      yield chunk;
    }
  } finally {
    // A reader that stopped early: the fetch under way ends before the connection may close.
    await next.catch(() => null);
  }
}

/** Rows of typed arrays, BLANK until DuckDB says otherwise (empty lines stay blank). */
function emptyRows(
  n: number,
  m: ColumnMapping
): Omit<TypedRows, "customerIds" | "names" | "cells"> {
  return {
    count: n,
    mapping: m,
    status: new Uint8Array(n).fill(TYPED_BLANK),
    day: new Float64Array(n).fill(NaN),
    amount: new Float64Array(n).fill(NaN),
    customer: new Int32Array(n).fill(-1),
    order: m.orderId === undefined ? null : new Int32Array(n).fill(-1),
    name: m.customerName === undefined ? null : new Int32Array(n).fill(-1),
    profit: m.profit === undefined ? null : new Float64Array(n).fill(NaN),
    strategic: m.strategic === undefined ? null : new Float64Array(n).fill(NaN),
    sameAs: new Int32Array(n).fill(-1),
  };
}

type Rows = ReturnType<typeof emptyRows>;

type Numbers = ArrayLike<number>;

/**
 * The values of a vector of numbers without NULLs. The node-api vector classes hold them in a
 * typed array over DuckDB's own memory (`items`); reading that is many times cheaper than one
 * getItem() call per value, and getItem() is the fallback should a version keep them elsewhere.
 */
export function numbers(chunk: DuckDBDataChunk, column: number): Numbers {
  const vector = chunk.getColumnVector(column);
  const items = (vector as unknown as { items?: unknown }).items;
  if (ArrayBuffer.isView(items) && !(items instanceof DataView)) return items as unknown as Numbers;
  return Array.from({ length: chunk.rowCount }, (_, k) => Number(vector.getItem(k)));
}

function fillChunk(
  chunk: DuckDBDataChunk,
  rows: Rows,
  req: ReadRequest,
  sheet: (r: number) => number
): void {
  const [r, status, day, amount, profit, strategic, customer, order, name, same] = Array.from(
    { length: 10 },
    (_, i) => numbers(chunk, i)
  );
  const first = req.firstDataIndex;
  for (let k = 0; k < chunk.rowCount; k++) {
    const j = sheet(r[k]) - first;
    if (j < 0) continue; // the header and the rows above it
    rows.status[j] = status[k];
    rows.day[j] = day[k];
    rows.amount[j] = amount[k];
    rows.customer[j] = customer[k];
    if (rows.order) rows.order[j] = order[k];
    if (rows.name) rows.name[j] = name[k];
    if (rows.profit) rows.profit[j] = profit[k];
    if (rows.strategic) rows.strategic[j] = strategic[k];
    rows.sameAs[j] = same[k] < 0 ? -1 : sheet(same[k]) - first;
  }
}

/** The cells of the rows the core reads again, by data row index. */
export async function unreadCells(
  c: DuckDBConnection,
  req: ReadRequest,
  sheet: (r: number) => number
): Promise<Map<number, CellValue[]>> {
  const out = new Map<number, CellValue[]>();
  const keep = (r: unknown, cells: unknown[]) => {
    const j = sheet(Number(r)) - req.firstDataIndex;
    if (j >= 0)
      out.set(
        j,
        cells.map((x) => (x === null ? "" : String(x)))
      );
  };
  // Unreadable rows and rows after the as-of day: rowsQuery kept their cells, numbered as read
  // (reading the file again could number its rows otherwise once insertion order is off).
  const kept = await c.runAndReadAll(
    "SELECT CAST(r AS INTEGER), raw FROM rows WHERE raw IS NOT NULL"
  );
  for (const [r, raw] of kept.getRows()) keep(r, (raw as { items: unknown[] }).items);
  return out;
}

async function rowCountSeen(c: DuckDBConnection): Promise<number> {
  const reader = await c.runAndReadAll("SELECT count(*) FROM rows");
  return Number(reader.getRows()[0][0]);
}

/** The query that creates the rows table (rowsQuery.ts) for the request. */
export function rowsSql(req: Omit<ReadRequest, "rowCount" | "firstDataIndex">): string {
  return rowsQuery({
    source: req.source.sql,
    width: req.source.width,
    mapping: req.mapping,
    decimalComma: req.decimalComma,
    order: req.order,
    lastDay: req.lastDay,
  });
}

/**
 * CREATE TABLE rows (rowsQuery.ts) over the request's source; returns the rows DuckDB saw, or
 * throws RowsLost when that is another number than the file has.
 */
export async function createRows(c: DuckDBConnection, req: ReadRequest): Promise<number> {
  try {
    await (req.started ?? c.run(rowsSql(req)));
  } catch (error) {
    throw readFailure(error);
  }
  await c.run(ROWS_VIEW);
  const seen = await rowCountSeen(c);
  const expected = req.rowCount - req.source.missing.length - req.source.offset;
  if (seen !== expected) throw new RowsLost(req.rowCount, seen + req.source.missing.length);
  // r numbers the rows in file order now; later queries need no order, and keeping one costs
  // memory (DuckDB's preserve_insertion_order).
  await c.run("SET preserve_insertion_order = false");
  return seen;
}

export async function readTypedRows(c: DuckDBConnection, req: ReadRequest): Promise<TypedRows> {
  const m = req.mapping;
  const seen = await createRows(c, req);
  await c.run(dictionaryQuery("customers", "customer"));
  if (m.orderId !== undefined) await c.run(dictionaryQuery("orders", "order_text"));
  if (m.customerName !== undefined) await c.run(dictionaryQuery("names", "name_text"));
  await c.run(DUPLICATES_QUERY);
  const sheet = sheetIndexOf(req.source, seen);
  const rows = emptyRows(req.rowCount - req.firstDataIndex, m);
  for await (const chunk of streamedChunks(c, typedRowsQuery(m)))
    fillChunk(chunk, rows, req, sheet);
  const cells = await unreadCells(c, req, sheet);
  const customerIds = await strings(c, "customers");
  const names = m.customerName === undefined ? [] : await strings(c, "names", nameShown("text"));
  await c.run(`${DROP_ROWS}; DROP TABLE customers; DROP TABLE dups`);
  const width = req.source.width;
  return {
    ...rows,
    customerIds,
    names,
    cells: (j) => cells.get(j) ?? new Array<CellValue>(width).fill(""),
  };
}

/** DuckDB's errors that say the machine, not the file, stopped it (its messages start so). */
const STOPPED = /^(Out of Memory|IO|INTERRUPT) Error/;

/**
 * An error of the rows query as the run should see it: a refusal of the file (ReadRefused, which
 * the core's reader may take instead), or, when memory, disk or an interrupt stopped DuckDB, the
 * error itself, to be reported: the core's reader would fail on such a file as well.
 */
export function readFailure(error: unknown): unknown {
  const message = error instanceof Error ? error.message : String(error);
  return STOPPED.test(message) ? error : new ReadRefused(error);
}

/** DuckDB could not read the file's rows (its reader refused the file, or a cell broke a cast). */
export class ReadRefused extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** DuckDB read another number of rows than the file's records. */
export class RowsLost extends Error {
  constructor(
    readonly records: number,
    readonly rows: number
  ) {
    super(`DuckDB read ${rows} rows of ${records}`);
  }
}

/**
 * CSV through DuckDB's reader: every field text, as many columns as the widest record. With
 * `quotedCr` (a CR inside a quoted field), every CRLF and lone CR in a cell becomes LF, as the
 * core's reader makes them (normalizeLineEndings): "A\r\nx" and "A\nx" are one customer.
 */
export function csvSource(
  path: string,
  delimiter: string,
  skipLines: number,
  width: number,
  parallel: boolean,
  quotedCr = false
): string {
  const columns = Array.from({ length: width }, (_, i) => `'c${i}': 'VARCHAR'`).join(", ");
  const options = [
    "header = false",
    "auto_detect = false",
    `delim = ${q(delimiter)}`,
    `quote = '"'`,
    `escape = '"'`,
    // Single-character line ends: CR, LF and CRLF each end a record, as normalizeLineEndings
    // makes them one (the empty line inside a CRLF is skipped, as every empty line is). Left to
    // itself DuckDB took CRLF from a file's first line end, and a lone CR further on then
    // swallowed the byte after it ("A,1\r\nB,2\rC,3" lost the "C").
    "new_line = '\\n'",
    `skip = ${skipLines}`,
    "null_padding = true",
    "strict_mode = false",
    `parallel = ${parallel}`,
    `columns = {${columns}}`,
  ].join(", ");
  const read = `read_csv(${q(path)}, ${options})`;
  if (!quotedCr) return `(SELECT * FROM ${read})`;
  const cells = Array.from(
    { length: width },
    (_, i) => `regexp_replace(c${i}, '\\r\\n?', chr(10), 'g') AS c${i}`
  );
  return `(SELECT ${cells.join(", ")} FROM ${read})`;
}
