// `tiering clv FILE`: read, fit the probabilistic CLV, then print the report or JSON.
import {
  clvAnalysis,
  clvAnalysisAggregated,
  clvAnalysisTyped,
  isRfmtSummary,
  type ClvAnalysis,
} from "../core";
import { requireCalibration } from "./calibrationCheck";
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

export async function runClv(settings: ClvSettings, io: CliIo): Promise<void> {
  const { loaded, result: analysis } = await readAndAnalyse(settings, io, CLV_ANALYSES);
  requireCalibration({
    calibrationEnd: settings.calibrationEnd,
    file: settings.file,
    calibration: analysis.probabilistic.calibration,
    summarised: analysis.source === "summary",
    warnings: analysis.warnings,
  });
  if (settings.json) await writeClvJson(analysis, settings.language, io.stdout);
  else io.stdout.write(clvText(analysis, loaded, settings.file, settings.language));
}
