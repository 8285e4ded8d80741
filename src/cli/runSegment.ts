// `tiering segment FILE`: read, score, then print tables, JSON or write the customer file.
import type { DeepPartial, SegmentOptions } from "../core/options";
import type { SegmentResult } from "../core/result";
import { segment } from "../core/segment";
import { CancelledError } from "../core/errors";
import { columnOverrides } from "./columnFlags";
import type { CliIo } from "./io";
import { jsonText } from "./jsonOutput";
import { cliText } from "./messages";
import type { CliSettings } from "./options";
import { summaryText } from "./printSummary";
import { progressView } from "./progressBar";
import { readInput, type LoadedInput } from "./readInput";
import { writeOutput } from "./writeOutput";

/**
 * Lets a pending Ctrl-C reach its handler (signals wait for the event loop, which the
 * synchronous stages block), then stops the run if it came.
 */
export async function throwIfCancelled(signal: { readonly aborted: boolean }): Promise<void> {
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

function score(settings: CliSettings, loaded: LoadedInput, io: CliIo): SegmentResult {
  const rows = loaded.input.values.length;
  const progress = progressView(io.progressStream, rows, settings.quiet, settings.language);
  try {
    return segment(loaded.input, optionsFor(settings, loaded), {
      onProgress: progress.onProgress,
      signal: io.signal,
    });
  } finally {
    progress.stop();
  }
}

export async function runSegment(settings: CliSettings, io: CliIo): Promise<void> {
  const language = settings.language;
  const loaded = await readInput(settings.file, {
    encoding: settings.encoding,
    sheet: settings.sheet,
  });
  await throwIfCancelled(io.signal);
  const result = score(settings, loaded, io);
  await throwIfCancelled(io.signal);
  if (settings.out) {
    await writeOutput(settings.out, result, language, io.signal);
    if (!settings.json && !settings.quiet) {
      const customers = new Intl.NumberFormat(language).format(result.customers.n);
      io.stderr.write(
        cliText("out.written", { customers, file: settings.out.path }, language) + "\n"
      );
    }
  }
  if (settings.json) io.stdout.write(jsonText(result, language));
  else if (!settings.out) io.stdout.write(summaryText(result, loaded, settings.file, language));
}
