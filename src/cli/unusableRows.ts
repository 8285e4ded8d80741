// When no row of the file can be used, the one-line error says so and points at the rejected
// rows: they are printed here (the first ones as a table, or all of them in the JSON), never
// left for the user to guess.
import { errorMessage, InputError, type Language } from "../core";
import type { CliIo } from "./io";
import { jsonRejected } from "./rejectedJson";
import { numberFormats, WHOLE } from "./numberFormats";
import { rejectedSection } from "./printSummary";

/** Prints the rejected rows an InputError carries; does nothing for any other error. */
export function printUnusableRows(
  error: unknown,
  io: Pick<CliIo, "stdout">,
  json: boolean,
  language: Language
): void {
  if (!(error instanceof InputError) || error.rejected.length === 0) return;
  if (json) {
    const report = {
      error: { problem: error.problem, message: errorMessage(error, language) },
      rejected: jsonRejected(error.rejected, language),
    };
    io.stdout.write(JSON.stringify(report) + "\n");
    return;
  }
  const f = numberFormats(language, { count: WHOLE });
  io.stdout.write(rejectedSection(error.rejected, language, f).join("\n") + "\n");
}
