// The stages every command runs before it reports: read the file, then one core analysis of
// its cells behind a progress bar, with Ctrl-C checked between the stages.
import {
  CancelledError,
  columnsNamedByHeader,
  type Role,
  type DeepPartial,
  type RunHooks,
  type SegmentOptions,
  type SheetInput,
  type TypedSheet,
  type AggregatedSheet,
  EngineDisagreement,
  InputError,
} from "../core";
import { CliError } from "./cliError";
import { readTyped, type Aggregates, type TypedFits } from "./engine/readTyped";
import { columnOverrides } from "./columnFlags";
import { withGunzipped } from "./gunzipInput";
import type { CliIo } from "./io";
import type { CliSettings } from "./options";
import { progressView } from "./progressBar";
import { readInput, type LoadedInput, type ReadSettings } from "./readInput";
import { printUnusableRows } from "./unusableRows";

/** A core entry point over a sheet's cells: segment() or clvAnalysis(). */
export type Analysis<T> = (
  input: SheetInput,
  options: DeepPartial<SegmentOptions>,
  hooks: RunHooks
) => T;

/** The same entry point over rows DuckDB has read: segmentTyped() or clvAnalysisTyped(). */
export type TypedAnalysis<T> = (
  sheet: TypedSheet,
  options: DeepPartial<SegmentOptions>,
  hooks: RunHooks
) => T;

/** The same entry point over customers DuckDB has aggregated: segmentAggregated(). */
export type AggregatedAnalysis<T> = (
  sheet: AggregatedSheet,
  options: DeepPartial<SegmentOptions>,
  hooks: RunHooks
) => T;

/** Both faces of one analysis, and which inputs the typed one takes (all transactions by default). */
export interface Analyses<T> {
  cells: Analysis<T>;
  typed: TypedAnalysis<T>;
  fits?: TypedFits;
  /** Runs over customers DuckDB has aggregated, for the options `aggregates` accepts. */
  aggregated?: { analysis: AggregatedAnalysis<T>; aggregates: Aggregates };
}

type AnalysisSettings = Pick<
  CliSettings,
  "file" | "encoding" | "engine" | "sheet" | "quiet" | "language" | "core" | "columns" | "json"
>;

/**
 * Lets a pending Ctrl-C reach its handler (signals wait for the event loop, which the
 * synchronous stages block), then stops the run if it came.
 */
async function throwIfCancelled(signal: { readonly aborted: boolean }): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (signal.aborted) throw new CancelledError();
}

/** The flags' options plus what only the file can tell: column overrides and a 1904 workbook. */
export function optionsFor(
  settings: Pick<CliSettings, "core" | "columns">,
  loaded: LoadedInput
): DeepPartial<SegmentOptions> {
  const core = settings.core;
  const system = core.dates?.system ?? (loaded.date1904 ? 1904 : undefined);
  return {
    ...core,
    mapping: columnOverrides(settings.columns, loaded.input),
    ...(system === undefined ? {} : { dates: { ...core.dates, system } }),
  };
}

function withProgress<T>(
  settings: AnalysisSettings,
  rows: number,
  io: CliIo,
  run: (hooks: RunHooks) => T
): T {
  const progress = progressView(io.progressStream, rows, settings.quiet, settings.language);
  try {
    return run({ onProgress: progress.onProgress, signal: io.signal });
  } finally {
    progress.stop();
  }
}

/**
 * An XLSX read keeps only the columns the run can use when the header row alone decides them
 * (issue 14: a 1,048,575 x 12 sheet held whole is most of the read's memory and time).
 */
function neededColumns(settings: AnalysisSettings): ReadSettings["keep"] {
  const core = settings.core;
  const mapping: Partial<Record<Role, number | string>> = {};
  for (const [role, text] of Object.entries(settings.columns) as [Role, string | undefined][]) {
    if (text === undefined) continue;
    const trimmed = text.trim();
    // A number is a 1-based sheet column, as columnOverrides reads it.
    mapping[role] = /^\d+$/.test(trimmed) ? Number(trimmed) - 1 : trimmed;
  }
  const headerRow = core.headerRow;
  const shape = core.shape;
  return (firstRows) =>
    columnsNamedByHeader(firstRows, {
      headerRow:
        headerRow === "auto" || headerRow === "none" || typeof headerRow === "number"
          ? headerRow
          : "auto",
      shape: shape === "transactions" || shape === "summary" ? shape : "auto",
      mapping,
    });
}

/** The core's error for a row DuckDB and the core read differently, as the CLI's. */
function engineError(error: unknown): unknown {
  return error instanceof EngineDisagreement
    ? new CliError("engine.disagree", { row: error.row })
    : error;
}

/**
 * Reads the settings' file (what it holds, when gzipped) and runs the analysis over it: DuckDB
 * reads the rows where the engine setting says so (see readTyped), else the core's readers.
 * Throws CancelledError after Ctrl-C.
 */
export async function readAndAnalyse<T>(
  settings: AnalysisSettings,
  io: CliIo,
  analyses: Analyses<T>
): Promise<{ loaded: LoadedInput; result: T }> {
  return withGunzipped(settings.file, (file) =>
    readAndAnalyseFile({ ...settings, file }, io, analyses)
  );
}

async function readAndAnalyseFile<T>(
  settings: AnalysisSettings,
  io: CliIo,
  analyses: Analyses<T>
): Promise<{ loaded: LoadedInput; result: T }> {
  const typed = await readTyped(
    settings,
    (loaded) => optionsFor(settings, loaded),
    analyses.fits ?? (() => true),
    analyses.aggregated?.aggregates
  );
  await throwIfCancelled(io.signal);
  if (typed === null) return cellsOrDuckdb(settings, io, analyses);
  const { read, options } = typed;
  let result: T;
  try {
    const sheet = read.sheet;
    const aggregated = read.aggregated;
    const analyse = analyses.aggregated?.analysis;
    result = withProgress(settings, sheet?.rowCount ?? aggregated?.rowCount ?? 0, io, (hooks) =>
      sheet !== undefined || aggregated === undefined || analyse === undefined
        ? analyses.typed(sheet as TypedSheet, options, hooks)
        : analyse(aggregated, options, hooks)
    );
  } catch (error) {
    printUnusableRows(error, io, settings.json, settings.language);
    throw engineError(error);
  }
  await throwIfCancelled(io.signal);
  return { loaded: read.loaded, result };
}

/**
 * The core's readers; under --engine auto a small file with more rows than Excel holds (the
 * core refuses it) goes to DuckDB after all.
 */
async function cellsOrDuckdb<T>(
  settings: AnalysisSettings,
  io: CliIo,
  analyses: Analyses<T>
): Promise<{ loaded: LoadedInput; result: T }> {
  try {
    return await readAndAnalyseCells(settings, io, analyses.cells);
  } catch (error) {
    const tooMany = error instanceof InputError && error.code === "tooManyRows";
    if (!tooMany || settings.engine !== "auto") throw error;
    return readAndAnalyseFile({ ...settings, engine: "duckdb" }, io, analyses);
  }
}

async function readAndAnalyseCells<T>(
  settings: AnalysisSettings,
  io: CliIo,
  analysis: Analysis<T>
): Promise<{ loaded: LoadedInput; result: T }> {
  const loaded = await readInput(settings.file, {
    encoding: settings.encoding,
    sheet: settings.sheet,
    signal: io.signal,
    keep: neededColumns(settings),
  });
  await throwIfCancelled(io.signal);
  let result: T;
  try {
    result = withProgress(settings, loaded.input.values.length, io, (hooks) =>
      analysis(loaded.input, optionsFor(settings, loaded), hooks)
    );
  } catch (error) {
    printUnusableRows(error, io, settings.json, settings.language);
    throw error;
  }
  await throwIfCancelled(io.signal);
  return { loaded, result };
}
