// TIER.SEGMENT: the segment of each row's R, F and M scores under one of the four built-in schemes
// (method.md section 3), through the core's rule tables. The eight classic segments compare each
// score with its mean over the rows given, as the core does over all customers.
import {
  applyScheme,
  DEFAULT_OPTIONS,
  type Language,
  schemeById,
  SCHEME_IDS,
  type SegmentScheme,
} from "../core";
import { guard } from "./guard";
import { languageArgument } from "./language";
import { readNumberRows, ROW_BLANK, ROW_OK, ROW_PROBLEM, type NumberRows } from "./numberRows";
import { choice } from "./options";
import { problemError, type Problem } from "./problems";
import { columnOf, laidOut, requireSameLength, type Column } from "./ranges";

/** Scores must be whole numbers 1..5; anything else is a problem of that row. */
function checkScores(rows: NumberRows, columns: Column[]): Uint8Array[] {
  const scores = columns.map(() => new Uint8Array(rows.n));
  for (let i = 0; i < rows.n; i++) {
    if (rows.status[i] !== ROW_OK) continue;
    for (let c = 0; c < columns.length; c++) {
      const x = rows.values[c][i];
      if (Number.isInteger(x) && x >= 1 && x <= 5) {
        scores[c][i] = x;
        continue;
      }
      rows.status[i] = ROW_PROBLEM;
      rows.problems.set(i, {
        key: "fn.notScore",
        params: { argument: columns[c].argument, row: i + 1, value: x },
      });
      for (const column of scores) column[i] = 0;
      break;
    }
  }
  return scores;
}

function names(
  rows: NumberRows,
  scores: Uint8Array[],
  scheme: SegmentScheme,
  lang: Language
): unknown[][] {
  const [r, f, m] = scores;
  const segment = applyScheme({ r, f, m }, scheme);
  const out: unknown[][] = new Array(rows.n);
  for (let i = 0; i < rows.n; i++) {
    if (rows.status[i] === ROW_BLANK) out[i] = [""];
    else if (rows.status[i] === ROW_OK) out[i] = [scheme.segments[segment[i]].label[lang]];
    else out[i] = [problemError(rows.problems.get(i) as Problem, lang)];
  }
  return out;
}

export function segmentCells(
  r: unknown,
  f: unknown,
  m: unknown,
  scheme: unknown,
  language: unknown
): unknown[][] {
  const lang = (): Language => languageArgument(language, "language");
  return guard(lang, () => {
    const fallback = typeof DEFAULT_OPTIONS.scheme === "string" ? DEFAULT_OPTIONS.scheme : "four";
    const id = choice(scheme, "scheme", SCHEME_IDS, fallback);
    const rules = schemeById(id) as SegmentScheme;
    const columns = [columnOf(r, "r"), columnOf(f, "f"), columnOf(m, "m")];
    const n = requireSameLength(columns);
    const rows = readNumberRows(columns, n);
    const scores = checkScores(rows, columns);
    return laidOut(names(rows, scores, rules, lang()), columns[0].across);
  });
}
