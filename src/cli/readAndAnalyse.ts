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
} from "../core";
import { columnOverrides } from "./columnFlags";
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

type AnalysisSettings = Pick<
  CliSettings,
  "file" | "encoding" | "sheet" | "quiet" | "language" | "core" | "columns" | "json"
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
function optionsFor(
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

function analyseWithProgress<T>(
  settings: AnalysisSettings,
  loaded: LoadedInput,
  io: CliIo,
  analysis: Analysis<T>
): T {
  const rows = loaded.input.values.length;
  const progress = progressView(io.progressStream, rows, settings.quiet, settings.language);
  try {
    return analysis(loaded.input, optionsFor(settings, loaded), {
      onProgress: progress.onProgress,
      signal: io.signal,
    });
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

/** Reads the settings' file and runs `analysis` over it; throws CancelledError after Ctrl-C. */
export async function readAndAnalyse<T>(
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
    result = analyseWithProgress(settings, loaded, io, analysis);
  } catch (error) {
    printUnusableRows(error, io, settings.json, settings.language);
    throw error;
  }
  await throwIfCancelled(io.signal);
  return { loaded, result };
}
