// The stages every command runs before it reports: read the file, then one core analysis of
// its cells behind a progress bar, with Ctrl-C checked between the stages.
import {
  CancelledError,
  type DeepPartial,
  type RunHooks,
  type SegmentOptions,
  type SheetInput,
} from "../core";
import { columnOverrides } from "./columnFlags";
import type { CliIo } from "./io";
import type { CliSettings } from "./options";
import { progressView } from "./progressBar";
import { readInput, type LoadedInput } from "./readInput";
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
