// `tiering clv FILE`: read, fit the probabilistic CLV, then print the report or JSON.
import {
  clvAnalysis,
  clvAnalysisAggregated,
  clvAnalysisTyped,
  isRfmtSummary,
  type ClvAnalysis,
} from "../core";
import { CliError } from "./cliError";
import { writeClvJson } from "./clvJson";
import type { ClvSettings } from "./clvOptions";
import type { CliIo } from "./io";
import { clvText } from "./printClv";
import { readAndAnalyse, type Analyses } from "./readAndAnalyse";

/**
 * DuckDB reads transactions and aggregates each customer's purchase days for the models; a
 * table summarised already goes to the core's reader.
 */
const CLV_ANALYSES: Analyses<ClvAnalysis> = {
  cells: clvAnalysis,
  typed: clvAnalysisTyped,
  fits: (head, options) => !isRfmtSummary(head, options),
  aggregated: { analysis: clvAnalysisAggregated, aggregates: () => ({ purchases: true }) },
};

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
  const { loaded, result: analysis } = await readAndAnalyse(settings, io, CLV_ANALYSES);
  requireCalibration(analysis, settings);
  if (settings.json) await writeClvJson(analysis, settings.language, io.stdout);
  else io.stdout.write(clvText(analysis, loaded, settings.file, settings.language));
}
