// `tiering segment FILE`: read, score, then print tables, JSON or write the customer file.
import { segment, segmentAggregated, segmentTyped, type SegmentOptions } from "../core";
import { requireCalibration } from "./calibrationCheck";
import type { CliIo } from "./io";
import { refuseOutOverExisting } from "./outExisting";
import { refuseOutOverInput } from "./outIsInput";
import { writeJson } from "./jsonOutput";
import { cliText } from "./messages";
import type { CliSettings } from "./options";
import { fitSections } from "./printClv";
import { clvModelNotes, summaryText } from "./printSummary";
import { terminalSafe } from "./terminalText";
import { readAndAnalyse } from "./readAndAnalyse";
import { checkRowIdentity } from "./rowIdentity";
import { writeOutput } from "./writeOutput";

export async function runSegment(settings: CliSettings, io: CliIo): Promise<void> {
  const language = settings.language;
  if (settings.out) {
    await refuseOutOverInput(settings.file, settings.out.path);
    await refuseOutOverExisting(settings.out);
  }
  const analyses = {
    cells: segment,
    typed: segmentTyped,
    // The probabilistic CLV fits its models to every customer's purchase days: DuckDB
    // aggregates those too.
    aggregated: {
      analysis: segmentAggregated,
      aggregates: (o: SegmentOptions) => ({ purchases: o.clv.model === "probabilistic" }),
    },
  };
  const { loaded, result } = await readAndAnalyse(settings, io, analyses);
  requireCalibration({
    calibrationEnd: settings.core.clv?.probabilistic?.calibrationEnd ?? null,
    file: settings.file,
    calibration: result.probabilistic?.calibration,
    summarised: result.shape === "summary",
    warnings: result.warnings,
  });
  const headerRows = result.headerRowIndex === null ? 0 : result.headerRowIndex + 1;
  checkRowIdentity(loaded.records, headerRows, result.counts);
  if (settings.out) {
    await writeOutput(settings.out, result, language, io.signal);
    if (!settings.json)
      for (const line of clvModelNotes(result, language))
        io.stderr.write(terminalSafe(line) + "\n");
    if (!settings.json && !settings.quiet) {
      const customers = new Intl.NumberFormat(language).format(result.customers.n);
      io.stderr.write(
        cliText("out.written", { customers, file: settings.out.path }, language) + "\n"
      );
    }
  }
  if (settings.json) await writeJson(result, language, io.stdout);
  else if (!settings.out) {
    const p = result.probabilistic;
    const fits = p === null ? [] : fitSections(p, language);
    io.stdout.write(summaryText(result, loaded, settings.file, language, fits));
  }
}
