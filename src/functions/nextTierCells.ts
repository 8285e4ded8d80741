// TIER.NEXT_TIER: for each row of a customer summary, the segment a customer could reach and the
// smallest single change that gets them there (method.md section 12), through the core's own
// scoring, scheme and next-tier rules, every other row held as it is.
import {
  applyScheme,
  DEFAULT_OPTIONS,
  label,
  type Language,
  monetaryForScoring,
  nextTierText,
  nextTiers,
  resolveOptions,
  resolveScheme,
  RFM_SCORINGS,
  rfmScores,
  SCHEME_IDS,
  type SchemeId,
} from "../core";
import { guard } from "./guard";
import { languageArgument } from "./language";
import { choice } from "./options";
import { problemError, type Problem } from "./problems";
import { laidOut } from "./ranges";
import { NO_PURCHASE, PROBLEM, readSummaryRanges, SCORED, summaryRowsTable } from "./rfmScore";

export function nextTierCells(
  recency: unknown,
  frequency: unknown,
  monetary: unknown,
  scheme: unknown,
  scoring: unknown,
  language: unknown
): unknown[][] {
  let lang: Language = DEFAULT_OPTIONS.language;
  return guard(
    () => lang,
    () => {
      lang = languageArgument(language, "language");
      const schemeId = choice(scheme, "scheme", SCHEME_IDS, DEFAULT_OPTIONS.scheme as SchemeId);
      const how = choice(scoring, "scoring", RFM_SCORINGS, DEFAULT_OPTIONS.rfm.scoring);
      const { columns, rows } = readSummaryRanges(recency, frequency, monetary);
      const o = resolveOptions({ scheme: schemeId, rfm: { scoring: how }, language: lang });
      const c = summaryRowsTable(rows);
      const scores = rfmScores(c, o);
      const schemeData = resolveScheme(o);
      const segment = applyScheme(scores, schemeData);
      const values = {
        recency: c.recencyDays,
        frequency: c.frequency,
        monetary: monetaryForScoring(c, o),
      };
      const steps = nextTiers({
        customers: c,
        scores,
        segment,
        scheme: schemeData,
        options: o,
        values,
      });
      const top = label("nextTier.top", lang);
      const out: unknown[][] = new Array(c.n);
      for (let i = 0; i < c.n; i++) {
        const kind = rows.kind[i];
        const step = steps[i];
        if (kind === PROBLEM) out[i] = [problemError(rows.problems.get(i) as Problem, lang), ""];
        else if (kind === NO_PURCHASE) out[i] = [label("stage.potential.none", lang), ""];
        else if (kind !== SCORED) out[i] = ["", ""];
        else if (step === null) out[i] = [schemeData.segments[segment[i]].label[lang], top];
        else out[i] = [schemeData.segments[step.to].label[lang], nextTierText(step, lang)];
      }
      return laidOut(out, columns[0].across);
    }
  );
}
