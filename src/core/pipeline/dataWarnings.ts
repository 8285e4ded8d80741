// Data warnings (method.md section 6): one customer holding a large share of the value (often a
// company account, a test account or a duplicated import) and customers with a short history.
import { dayToIso } from "../cells";
import { formatMessage } from "../i18n";
import type { SegmentOptions } from "../options";
import { shareText } from "../text/shares";
import type { CustomerTable, Language, Warning, WarningCode } from "../types";
import type { CustomerScores } from "./scoreCustomers";

/** Every customer above the share, largest first, named by name where the data has one. */
function dominantCustomers(c: CustomerTable, s: CustomerScores, limit: number): Warning[] {
  const out: Warning[] = [];
  for (const k of s.abc.order) {
    const share = s.abc.share[k];
    if (!(share > limit)) break;
    const name = c.names?.[k];
    out.push({
      code: "dominantCustomer",
      params: { customer: name ? `${name} (${c.ids[k]})` : c.ids[k], share: shareText(share) },
    });
  }
  return out;
}

export function dataWarnings(c: CustomerTable, s: CustomerScores, o: SegmentOptions): Warning[] {
  const out = dominantCustomers(c, s, o.dataWarnings.dominantShare);
  let short = 0;
  for (let k = 0; k < c.n; k++) short += s.shortHistory[k];
  if (short > 0)
    out.push({
      code: "shortHistory",
      params: { customers: short, days: o.clv.shortHistoryDays },
    });
  return out;
}

/**
 * An as-of date far after the data (`--as-of 2099-01-01`) makes every buyer look lost: said
 * plainly, since the run itself is valid (method.md section 6).
 */
export function asOfWarnings(asOfDay: number, latestDay: number, o: SegmentOptions): Warning[] {
  const days = asOfDay - latestDay;
  if (!(days > o.dataWarnings.asOfGapDays)) return [];
  return [
    {
      code: "asOfFarFromData",
      params: { asOf: dayToIso(asOfDay), last: dayToIso(latestDay), days },
    },
  ];
}

const DATA_WARNINGS: ReadonlySet<WarningCode> = new Set<WarningCode>([
  "dominantCustomer",
  "shortHistory",
  "asOfFarFromData",
  "clvLeftOut",
  "clvNeedsFirstDate",
]);

/** The data warnings among a run's warnings, as sentences (the pane and the summary sheet). */
export function dataWarningTexts(warnings: Warning[], language: Language): string[] {
  return warnings
    .filter((w) => DATA_WARNINGS.has(w.code))
    .map((w) => formatMessage(`warning.${w.code}`, w.params, language));
}
