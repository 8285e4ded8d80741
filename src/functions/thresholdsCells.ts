// TIER.THRESHOLDS: the values of R (days), F and M each score 5 down to 1 covers when the rows
// given are scored (method.md section 10), through the core's own scoring and wording: the same
// table as the summary sheet's Thresholds block and the CLI's `thresholds`.
import {
  DEFAULT_OPTIONS,
  formatMessage,
  type Language,
  resolveOptions,
  RFM_SCORINGS,
  rfmScores,
  thresholdRows,
  thresholdsOf,
} from "../core";
import { guard } from "./guard";
import { languageArgument } from "./language";
import { choice } from "./options";
import { problemMessage } from "./problems";
import { readSummaryRanges, summaryRowsTable, type SummaryRows } from "./rfmScore";

/** A bad row is left out of the scoring, as in TIER.RFM_SCORE: a last row says how many and why. */
function leftOutRow(rows: SummaryRows, language: Language): unknown[][] {
  const first = rows.problems.entries().next();
  if (first.done) return [];
  const text = formatMessage(
    "fn.rowsLeftOut",
    { count: rows.problems.size, first: problemMessage(first.value[1], language) },
    language
  );
  return [[text, "", "", ""]];
}

export function thresholdsCells(
  recency: unknown,
  frequency: unknown,
  monetary: unknown,
  scoring: unknown,
  language: unknown
): unknown[][] {
  let lang: Language = DEFAULT_OPTIONS.language;
  return guard(
    () => lang,
    () => {
      lang = languageArgument(language, "language");
      const how = choice(scoring, "scoring", RFM_SCORINGS, DEFAULT_OPTIONS.rfm.scoring);
      const { rows } = readSummaryRanges(recency, frequency, monetary);
      const c = summaryRowsTable(rows);
      const o = resolveOptions({ rfm: { scoring: how }, language: lang });
      const table = thresholdRows(thresholdsOf(c, o, rfmScores(c, o)), lang);
      return [table.header, ...table.rows, ...leftOutRow(rows, lang)];
    }
  );
}
