// The DuckDB path of the CLI: a CSV or Parquet file of any length read by DuckDB to the core's
// typed rows, its columns found by the core from its first rows. Returns null where the core's
// own reader must read the file instead (an XLSX workbook, a customer summary, columns the
// first rows cannot name, CLV groups by a column, a CSV DuckDB's reader cannot take under
// --engine auto).
import { open, stat } from "node:fs/promises";
import type { DuckDBConnection } from "@duckdb/node-api";
import { extname } from "node:path";
import {
  columnsNamedByHeader,
  CURRENCY_SAMPLE_ROWS,
  cutFindsEngineColumns,
  detectColumns,
  HEADER_SCAN_ROWS,
  isoToDay,
  missingRoles,
  resolveOptions,
  type AggregatedSheet,
  type DeepPartial,
  type SegmentOptions,
  type SheetInput,
  type TypedSheet,
} from "../../core";
import { CliError } from "../cliError";
import type { EncodingChoice } from "../decodeText";
import { textAfterQuote, type LoadedInput } from "../readInput";
import { readCsvHead, scanCsv, type CsvHead, type CsvSource } from "./csvSource";
import type { PurchasesAsked } from "./customersQuery";
import { readBacktestAggregates, type BacktestAsked } from "./duckBacktest";
import { readCustomerAggregates } from "./duckCustomers";
import { EarlyRows } from "./earlyRows";
import {
  csvSource,
  memoryLimitFor,
  ONE_GB_ROWS,
  openDuck,
  readTypedRows,
  ReadRefused,
  RowsLost,
  type RowSource,
} from "./duckRows";
import { parquetHead, parquetSource } from "./parquetSource";

import type { Engine } from "./engines";

/**
 * Under --engine auto, CSV files up to this size go through the core's own reader: below it,
 * starting DuckDB costs more than it saves (measured with npm run bench:big, README "Big files").
 */
export const AUTO_CORE_BYTES = 16 * 1024 * 1024;

export interface EngineSettings {
  file: string;
  engine: Engine;
  encoding: EncodingChoice;
}

/** The file's rows as typed rows (`sheet`), or aggregated to customers (`aggregated`). */
export type TypedRead =
  | { loaded: LoadedInput; sheet: TypedSheet; aggregated?: undefined }
  | { loaded: LoadedInput; aggregated: AggregatedSheet; sheet?: undefined };

/**
 * What the run takes of customers DuckDB has aggregated (their purchases too, for the
 * probabilistic CLV; a backtest's, up to and after its cut), or null when it needs the typed rows.
 */
export type Aggregates = (
  options: SegmentOptions
) => { purchases: boolean; backtest?: Pick<BacktestAsked, "months" | "cut"> } | null;

/** Whether the rows of this head can go to the typed analysis (else the core reads the file). */
export type TypedFits = (head: SheetInput, options: DeepPartial<SegmentOptions>) => boolean;

type Kind = "csv" | "parquet" | "other";

const PARQUET = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const NOT_TEXT = new Set([".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".zip", ".numbers"]);

async function kindOf(file: string): Promise<{ kind: Kind; size: number }> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    return { kind: "other", size: 0 }; // the core path names what is wrong with it
  }
  try {
    const size = (await stat(file)).size;
    const bytes = Buffer.alloc(Math.min(size, 8192));
    await handle.read(bytes, 0, bytes.length, 0);
    const starts = (p: number[]) => p.every((b, i) => bytes[i] === b);
    if (size === 0 || starts(ZIP) || starts(OLE)) return { kind: "other", size };
    if (starts(PARQUET)) return { kind: "parquet", size };
    if (NOT_TEXT.has(extname(file).toLowerCase())) return { kind: "other", size };
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    return { kind: !utf16 && bytes.includes(0) ? "other" : "csv", size };
  } finally {
    await handle.close();
  }
}

interface Prepared {
  kind: "csv" | "parquet";
  source: RowSource;
  head: SheetInput;
  rowCount: number;
  loaded: LoadedInput;
  cleanup(): void;
}

/** A file's first rows, and the pass over the whole file that makes it ready for DuckDB. */
interface Headed {
  head: SheetInput;
  /** As reported; its record count is known once `finish` has read the whole file. */
  loaded: LoadedInput;
  /** Null when the whole file turns out to be for the core's reader after all. */
  finish(): Promise<Prepared | null>;
  /** When `head` is a CSV's short head (CsvHead.full): the same file with its full head. */
  full: (() => Headed) | null;
  /**
   * What DuckDB reads if the pass finds what the head shows (records no wider than its widest
   * row, no line break or CR inside quotes), and about how many rows the file holds; null when
   * nothing can be read before the pass has made the file ready (a transcoded copy).
   */
  guess: { source: RowSource; rows: number } | null;
}

async function parquetHeaded(file: string): Promise<Headed> {
  const p = await parquetHead(file);
  const loaded: LoadedInput = {
    input: p.head,
    kind: "csv",
    encoding: "parquet",
    date1904: false,
    records: p.rowCount,
  };
  const prepared: Prepared = {
    kind: "parquet",
    source: parquetSource(file, p.columns),
    head: p.head,
    rowCount: p.rowCount,
    loaded,
    cleanup: () => undefined,
  };
  const finish = () => Promise.resolve(prepared);
  return { head: p.head, loaded, finish, full: null, guess: null };
}

async function csvHeaded(settings: EngineSettings, size: number): Promise<Headed | null> {
  const csv = await readCsvHead(settings.file, settings.encoding);
  if (csv === null) return null;
  // One pass over the file serves its short head and its full one.
  let scanning: Promise<CsvSource | null> | null = null;
  return csvHeadedOf(settings, csv, size, () => (scanning ??= scanCsv(csv)));
}

/** The source csvHeadedOf's finish gives when the scan finds the shape the head shows. */
function guessedSource(csv: CsvHead, size: number): Headed["guess"] {
  if (csv.encoding.legacy !== null) return null;
  const width = Math.max(1, widestRow(csv.rows));
  const skipLines = csv.sep === null ? 0 : 1;
  const sql = csvSource(csv.file, csv.delimiter, skipLines, width, true, false);
  const rows = csv.whole ? csv.rows.length : Math.ceil((size / csv.bytes) * csv.rows.length);
  return { source: { sql, width, missing: [], offset: 0 }, rows };
}

function csvHeadedOf(
  settings: EngineSettings,
  csv: CsvHead,
  size: number,
  scan: () => Promise<CsvSource | null>
): Headed {
  const head: SheetInput = { values: csv.rows, firstRowNumber: 1 };
  const loaded: LoadedInput = {
    input: head,
    kind: "csv",
    encoding: csv.encoding.label,
    delimiter: csv.delimiter,
    date1904: false,
    records: 0,
  };
  const finish = async (): Promise<Prepared | null> => {
    const scanned = await scan();
    if (scanned === null) return null;
    const { shape } = scanned;
    // Quotes DuckDB's lenient reader would read otherwise than the core's: the same refusal as
    // the core's reader gives, or the core's reader itself (see CsvShape).
    if (shape.textAfterQuote !== null || shape.quoteAfterSpace !== null) {
      scanned.cleanup();
      if (shape.textAfterQuote === null) return null;
      throw textAfterQuote(settings.file, shape.textAfterQuote);
    }
    const source: RowSource = {
      sql: csvSource(
        scanned.path,
        csv.delimiter,
        scanned.skipLines,
        shape.maxFields,
        !shape.quotedBreak,
        shape.quotedCr
      ),
      width: shape.maxFields,
      missing: shape.empty,
      offset: 0,
    };
    const counted = { ...loaded, records: shape.records };
    const { records } = shape;
    return {
      kind: "csv",
      source,
      head,
      rowCount: records,
      loaded: counted,
      cleanup: scanned.cleanup,
    };
  };
  const full = csv.full;
  return {
    head,
    loaded,
    finish,
    full: full === null ? null : () => csvHeadedOf(settings, full(), size, scan),
    guess: guessedSource(csv, size),
  };
}

/** The columns DuckDB reads, from the head alone; null when the core's reader must take the file. */
function columnsOf(
  headed: Headed,
  options: DeepPartial<SegmentOptions>,
  fits: TypedFits
): { columns: Columns; o: SegmentOptions } | null {
  if (!fits(headed.head, options)) return null;
  const o = resolveOptions(options);
  // CLV groups by a column read that column's cells row by row: the core's reader has them.
  if (o.clv.probabilistic.groupBy === "column") return null;
  const detected = detectColumns(headed.head, o);
  if (detected.shape !== "transactions" || missingRoles(detected).length > 0) return null;
  const columns: Columns = {
    firstDataIndex: detected.headerRowIndex === null ? 0 : detected.headerRowIndex + 1,
    mapping: detected.mapping,
    decimalComma: o.decimalComma,
    order: o.dates.order,
    lastDay: o.asOf === null ? Infinity : isoToDay(o.asOf),
  };
  return { columns, o };
}

interface Run {
  prepared: Prepared;
  options: DeepPartial<SegmentOptions>;
  chosen: { columns: Columns; o: SegmentOptions };
}

/**
 * Whether a run's short head gives what its full head would (given the header row names every
 * column, and the same widest row: see runOf): the columns found by their headers alone (no
 * value is looked at), the currency's rows, and no backtest (its run at the cut finds its
 * columns from the head's rows up to the cut).
 */
function shortHeadServes(
  rows: string[][],
  chosen: { columns: Columns; o: SegmentOptions },
  aggregates: Aggregates
): boolean {
  const o = chosen.o;
  if (aggregates(o)?.backtest !== undefined) return false;
  if (rows.length < chosen.columns.firstDataIndex + CURRENCY_SAMPLE_ROWS) return false;
  const first = chosen.columns.firstDataIndex;
  // The header row detection found (finding it again costs as much as the check itself).
  const named = columnsNamedByHeader(rows.slice(0, HEADER_SCAN_ROWS), {
    headerRow: first === 0 ? "none" : first - 1,
    shape: o.shape,
    mapping: o.mapping,
  });
  return named !== null;
}

/** The run's options and columns from a short head, or null when the full head must decide. */
function shortChosen(
  headed: Headed,
  optionsFor: (loaded: LoadedInput) => DeepPartial<SegmentOptions>,
  fits: TypedFits,
  aggregates: Aggregates
): Omit<Run, "prepared"> | null {
  try {
    const options = optionsFor(headed.loaded);
    const chosen = columnsOf(headed, options, fits);
    if (chosen === null) return null;
    const rows = headed.head.values as string[][];
    return shortHeadServes(rows, chosen, aggregates) ? { options, chosen } : null;
  } catch {
    return null; // the full head gives the run's own answer (a column number past the short one's)
  }
}

function widestRow(values: SheetInput["values"]): number {
  let width = 0;
  for (const row of values) if (row.length > width) width = row.length;
  return width;
}

/**
 * The file made ready, with the options and columns of the head that decides them: the short
 * head when it serves and its widest row is the file's (then the full head, between the two,
 * has the same width: detection's column count), else the full head. Null: the core's reader.
 */
async function runOf(
  headed: Headed,
  optionsFor: (loaded: LoadedInput) => DeepPartial<SegmentOptions>,
  fits: TypedFits,
  aggregates: Aggregates,
  begin: (headed: Headed, columns: Columns) => void
): Promise<Run | null> {
  if (headed.full !== null) {
    const short = shortChosen(headed, optionsFor, fits, aggregates);
    if (short !== null) {
      begin(headed, short.chosen.columns);
      const prepared = await headed.finish();
      if (prepared === null) return null;
      if (widestRow(headed.head.values) === prepared.source.width) return { prepared, ...short };
      // Not cleaned up: the full head's run reads the same scan (a transcoded copy, say).
    }
    headed = headed.full();
  }
  const options = optionsFor(headed.loaded);
  const chosen = columnsOf(headed, options, fits);
  if (chosen === null) return null;
  begin(headed, chosen.columns);
  const prepared = await headed.finish();
  return prepared === null ? null : { prepared, options, chosen };
}

/**
 * Reads the settings' file with DuckDB, or returns null for the core's reader. `optionsFor`
 * gives the run's options once the first rows are known (column flags name header texts). The
 * checks that can send the file to the core's reader look at its first rows only, before the
 * pass over the whole file.
 */
export async function readTyped(
  settings: EngineSettings,
  optionsFor: (loaded: LoadedInput) => DeepPartial<SegmentOptions>,
  fits: TypedFits,
  aggregates: Aggregates = () => null
): Promise<{ read: TypedRead; options: DeepPartial<SegmentOptions> } | null> {
  if (settings.engine === "core") {
    const { kind } = await kindOf(settings.file);
    if (kind === "parquet") throw new CliError("file.parquetNeedsDuckdb", { file: settings.file });
    return null;
  }
  const { kind, size } = await kindOf(settings.file);
  if (kind === "other") return null;
  if (kind === "csv" && settings.engine === "auto" && size <= AUTO_CORE_BYTES) return null;
  const headed =
    kind === "parquet" ? await parquetHeaded(settings.file) : await csvHeaded(settings, size);
  if (headed === null) return null;
  // The rows query started beside the pass over the file, once the head has chosen the columns.
  const early: { rows: EarlyRows | null } = { rows: null };
  const begin = (h: Headed, columns: Columns) => {
    const guess = h.guess;
    if (early.rows !== null || guess === null || nearLimitChange(guess.rows)) return;
    early.rows = new EarlyRows({ ...columns, source: guess.source }, memoryLimitFor(guess.rows));
  };
  try {
    const run = await runOf(headed, optionsFor, fits, aggregates, begin);
    return run === null ? null : await readRun(settings, run, aggregates, early.rows);
  } finally {
    // Stopped, unless the run took its rows (a file for the core's reader after all, say).
    await early.rows?.stop();
  }
}

/**
 * Whether a file of about `rows` rows may hold as many as to take another memory limit than the
 * guess (memoryLimitFor changes at ONE_GB_ROWS): the early query would then be read with a limit
 * the scan's count does not give, and is not started (a wrong guess would read such a file twice).
 * The guess is the head's bytes per row; generated and exported files vary little past it.
 */
export function nearLimitChange(rows: number): boolean {
  return rows > ONE_GB_ROWS * 0.75 && rows < ONE_GB_ROWS * 1.33;
}

async function readRun(
  settings: EngineSettings,
  run: Run,
  aggregates: Aggregates,
  early: EarlyRows | null
): Promise<{ read: TypedRead; options: DeepPartial<SegmentOptions> } | null> {
  const { prepared, options, chosen } = run;
  const read = <T>(reader: Reader<T>) =>
    duckRead(settings, prepared, chosen.columns, reader, early);
  try {
    if (prepared.rowCount <= chosen.columns.firstDataIndex) return null;
    const sheet = { head: prepared.head, rowCount: prepared.rowCount };
    const needs = aggregates(chosen.o);
    if (needs !== null) {
      const aggregated = await readAggregated(read, prepared, chosen, needs);
      if (aggregated === null) return null;
      return { read: { loaded: prepared.loaded, aggregated }, options };
    }
    const rows = await read(readTypedRows);
    if (rows === null) return null;
    return { read: { loaded: prepared.loaded, sheet: { ...sheet, rows } }, options };
  } finally {
    prepared.cleanup();
  }
}

/** The customers (or a backtest's) DuckDB aggregates from the file's rows; null: the core's reader. */
async function readAggregated(
  read: <T>(reader: Reader<T>) => Promise<T | null>,
  prepared: Prepared,
  chosen: { columns: Columns; o: SegmentOptions },
  needs: NonNullable<ReturnType<Aggregates>>
): Promise<AggregatedSheet | null> {
  const sheet = { head: prepared.head, rowCount: prepared.rowCount };
  const bt = needs.backtest;
  if (bt !== undefined) {
    const asked = { ...bt, purchases: needs.purchases, headRows: prepared.head.values.length };
    const backtest = await read((c, req) => readBacktestAggregates(c, req, chosen.o, asked));
    if (backtest === null) return null;
    const aggregated = { ...sheet, ...backtest };
    // The run at the cut finds its columns from the rows up to the cut: where they are other
    // columns than those DuckDB summed by (no header row), the core's reader reads the file.
    return cutFindsEngineColumns(aggregated, chosen.o) ? aggregated : null;
  }
  const asked = needs.purchases ? purchasesAsked(chosen.o) : null;
  const sums = await read((c, req) => readCustomerAggregates(c, req, chosen.o, asked));
  return sums === null ? null : { ...sheet, aggregates: sums };
}

/** The purchases the run's probabilistic CLV reads: a holdout check needs them split too. */
function purchasesAsked(o: SegmentOptions): PurchasesAsked {
  const end = o.clv.probabilistic.calibrationEnd;
  return { calibrationEndDay: end === null ? null : isoToDay(end) };
}

type Request = Parameters<typeof readTypedRows>[1];
type Columns = Omit<Request, "source" | "rowCount">;

type Reader<T> = (c: DuckDBConnection, req: Request) => Promise<T>;

/** Reads the prepared file with `read`, in the DuckDB of the early rows query if it is the one. */
async function duckRead<T>(
  settings: EngineSettings,
  prepared: Prepared,
  columns: Columns,
  read: Reader<T>,
  early: EarlyRows | null
): Promise<T | null> {
  const req: Request = { ...columns, source: prepared.source, rowCount: prepared.rowCount };
  const taken = early === null ? null : await early.take(req);
  const duck = taken?.duck ?? (await openDuck(prepared.rowCount));
  try {
    return await read(duck.c, taken === null ? req : { ...req, started: taken.started });
  } catch (error) {
    const failure = duckFailure(error, settings, prepared.kind);
    if (failure === null) return null;
    throw failure;
  } finally {
    duck.close();
  }
}

/**
 * What a DuckDB failure means for the run: null to let the core's reader try the file (DuckDB's
 * reader refused a CSV under --engine auto), else the error to report. A failure after the rows
 * were read (out of memory while aggregating, say) is DuckDB's to report: the core could not
 * take a file past Excel's rows either, and a Parquet file not at all.
 */
export function duckFailure(
  error: unknown,
  settings: Pick<EngineSettings, "file" | "engine">,
  kind: "csv" | "parquet"
): CliError | null {
  if (error instanceof RowsLost)
    return new CliError("file.rowsLost", {
      file: settings.file,
      records: error.records,
      rows: error.rows,
    });
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  if (!(error instanceof ReadRefused))
    return new CliError("engine.duckdbStopped", { file: settings.file, reason });
  if (settings.engine === "auto" && kind === "csv") return null;
  return new CliError("file.duckdbFailed", { file: settings.file, reason });
}
