// `tiering segment FILE`: read, score, then print tables, JSON or write the customer file.
import { segment } from "../core";
import type { CliIo } from "./io";
import { jsonText } from "./jsonOutput";
import { cliText } from "./messages";
import type { CliSettings } from "./options";
import { summaryText } from "./printSummary";
import { readAndAnalyse } from "./readAndAnalyse";
import { writeOutput } from "./writeOutput";

export async function runSegment(settings: CliSettings, io: CliIo): Promise<void> {
  const language = settings.language;
  const { loaded, result } = await readAndAnalyse(settings, io, segment);
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
