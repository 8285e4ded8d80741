// TIER.RFM_SCORE: R, F and M scores of a customer summary, one result per row, scored over the
// rows given exactly as the core scores customers (method.md section 3).
import {
  type CustomerTable,
  DEFAULT_OPTIONS,
  label,
  type Language,
  resolveOptions,
  rfmCodes,
  RFM_SCORINGS,
  type RfmScoring,
  rfmScores,
} from "../core";
import { guard } from "./guard";
import { displayLanguage } from "./language";
import { frequencyProblem, isBlankRow, numberAt } from "./numberRows";
import { choice } from "./options";
import { problemError, type Problem } from "./problems";
import { columnOf, laidOut, requireSameLength, type Column } from "./ranges";
import { summaryTable } from "./summaryTable";

const RFM_OUTPUTS = ["code", "total", "scores"] as const;
type RfmOutput = (typeof RFM_OUTPUTS)[number];

export const BLANK = 0;
export const SCORED = 1;
export const NO_PURCHASE = 2;
export const PROBLEM = 3;

export interface SummaryRows {
  recency: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  kind: Uint8Array;
  problems: Map<number, Problem>;
}

// With F = 0 the row is a customer without a purchase: no scores, and recency is not needed.
function readRow(columns: Column[], i: number, rows: SummaryRows): number | Problem {
  const [rCol, fCol, mCol] = columns;
  const f = numberAt(fCol, i);
  if (typeof f !== "number") return f;
  const badF = frequencyProblem(fCol, i, f);
  if (badF) return badF;
  const m = numberAt(mCol, i);
  if (typeof m !== "number") return m;
  rows.frequency[i] = f;
  rows.monetary[i] = m;
  if (f === 0) return NO_PURCHASE;
  const r = numberAt(rCol, i);
  if (typeof r !== "number") return r;
  // Days since the last purchase cannot be negative: a purchase after the as-of date.
  if (r < 0)
    return { key: "fn.cellNegative", params: { argument: rCol.argument, row: i + 1, value: r } };
  rows.recency[i] = r;
  return SCORED;
}

export function readSummary(columns: Column[], n: number): SummaryRows {
  const rows: SummaryRows = {
    recency: new Float64Array(n).fill(NaN),
    frequency: new Float64Array(n).fill(NaN),
    monetary: new Float64Array(n).fill(NaN),
    kind: new Uint8Array(n),
    problems: new Map(),
  };
  for (let i = 0; i < n; i++) {
    if (isBlankRow(columns, i)) continue;
    const read = readRow(columns, i, rows);
    if (typeof read === "number") {
      rows.kind[i] = read;
    } else {
      rows.kind[i] = PROBLEM;
      rows.problems.set(i, read);
      rows.frequency[i] = rows.monetary[i] = rows.recency[i] = NaN;
    }
  }
  return rows;
}

/**
 * The recency, frequency and monetary ranges of a TIER function, one row per customer: the three
 * columns (the first lays the result out) and their rows read, each scored, without a purchase,
 * blank or a problem.
 */
export function readSummaryRanges(
  recency: unknown,
  frequency: unknown,
  monetary: unknown
): { columns: Column[]; rows: SummaryRows } {
  const columns = [
    columnOf(recency, "recency"),
    columnOf(frequency, "frequency"),
    columnOf(monetary, "monetary"),
  ];
  return { columns, rows: readSummary(columns, requireSameLength(columns)) };
}

/** The summary rows as the core's customer table: only the scored rows have a purchase. */
export function summaryRowsTable(rows: SummaryRows): CustomerTable {
  return summaryTable({
    recencyDays: rows.recency,
    frequency: rows.frequency,
    monetary: rows.monetary,
    hasPurchase: rows.kind.map((k) => (k === SCORED ? 1 : 0)),
  });
}

function resultRows(
  rows: SummaryRows,
  scoring: RfmScoring,
  output: RfmOutput,
  language: Language
): unknown[][] {
  const options = resolveOptions({ rfm: { scoring } });
  const scores = rfmScores(summaryRowsTable(rows), options);
  const { code, total } = rfmCodes(scores);
  const width = output === "scores" ? 3 : 1;
  const noPurchase = label("stage.potential.none", language);
  const out: unknown[][] = new Array(rows.kind.length);
  for (let i = 0; i < rows.kind.length; i++) {
    switch (rows.kind[i]) {
      case BLANK:
        out[i] = new Array(width).fill("");
        break;
      case NO_PURCHASE:
        out[i] = new Array(width).fill(noPurchase);
        break;
      case PROBLEM:
        out[i] = new Array(width).fill(problemError(rows.problems.get(i) as Problem, language));
        break;
      default:
        if (output === "code") out[i] = [code[i]];
        else if (output === "total") out[i] = [total[i]];
        else out[i] = [scores.r[i], scores.f[i], scores.m[i]];
    }
  }
  return out;
}

export function rfmScoreCells(
  recency: unknown,
  frequency: unknown,
  monetary: unknown,
  output: unknown,
  scoring: unknown
): unknown[][] {
  const language = displayLanguage();
  return guard(
    () => language,
    () => {
      const out = choice(output, "output", RFM_OUTPUTS, "code");
      const how = choice(scoring, "scoring", RFM_SCORINGS, DEFAULT_OPTIONS.rfm.scoring);
      const { columns, rows } = readSummaryRanges(recency, frequency, monetary);
      return laidOut(resultRows(rows, how, out, language), columns[0].across);
    }
  );
}
