// `tiering clv FILE`: read, fit the probabilistic CLV, then print the report or JSON.
import { clvAnalysis, type ClvAnalysis } from "../core/pipeline/clvAnalysis";
import { CliError } from "./cliError";
import { clvJsonText } from "./clvJson";
import type { ClvSettings } from "./clvOptions";
import type { CliIo } from "./io";
import { clvText } from "./printClv";
import { progressView } from "./progressBar";
import { readInput, type LoadedInput } from "./readInput";
import { optionsFor, throwIfCancelled } from "./runSegment";

function analyse(settings: ClvSettings, loaded: LoadedInput, io: CliIo): ClvAnalysis {
  const rows = loaded.input.values.length;
  const progress = progressView(io.progressStream, rows, settings.quiet, settings.language);
  try {
    return clvAnalysis(loaded.input, optionsFor(settings, loaded), {
      onProgress: progress.onProgress,
      signal: io.signal,
    });
  } finally {
    progress.stop();
  }
}

/**
 * The user asked for a calibration check by name: when the data cannot give one, that is a bad
 * flag for this file (exit 2), not a note under a report that lacks what was asked for.
 */
function requireCalibration(a: ClvAnalysis, settings: ClvSettings): void {
  if (settings.calibrationEnd === null || a.probabilistic.calibration !== null) return;
  if (a.source === "summary")
    throw new CliError("clv.calibrationNeedsDates", { file: settings.file });
  const outside = a.warnings.find((w) => w.code === "calibrationOutside");
  throw new CliError("clv.calibrationOutside", {
    calibrationEnd: settings.calibrationEnd,
    first: outside?.params.first ?? "",
    last: outside?.params.last ?? "",
  });
}

export async function runClv(settings: ClvSettings, io: CliIo): Promise<void> {
  const loaded = await readInput(settings.file, {
    encoding: settings.encoding,
    sheet: settings.sheet,
  });
  await throwIfCancelled(io.signal);
  const analysis = analyse(settings, loaded, io);
  await throwIfCancelled(io.signal);
  requireCalibration(analysis, settings);
  const text = settings.json
    ? clvJsonText(analysis, settings.language)
    : clvText(analysis, loaded, settings.file, settings.language);
  io.stdout.write(text);
}
