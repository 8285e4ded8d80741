// The tier columns written beside each input row: the customer's ABC class, R, F, M, RFM code,
// segment, CLV and lifecycle stage, in the display language.
import { ABC_LABELS } from "../../core/abc";
import { label } from "../../core/i18n";
import { clean } from "../../core/records";
import type { SegmentResult } from "../../core/result";
import { clvHeader } from "../../core/tables/customerTable";
import { STAGES, type Language } from "../../core/types";
import type { FormatName, OutValue } from "./cellTypes";
import { safeText } from "./safeText";

export const TIER_COLUMN_COUNT = 8;

export function tierHeaders(result: SegmentResult, language: Language): string[] {
  const keys = ["col.abc", "col.r", "col.f", "col.m", "col.rfmCode", "col.segment"];
  return [
    ...keys.map((k) => label(k, language)),
    clvHeader(result, language),
    label("col.stage", language),
  ];
}

export const TIER_FORMATS: readonly FormatName[] = [
  "general",
  "integer",
  "integer",
  "integer",
  "integer",
  "general",
  "money",
  "general",
];

/**
 * Rows [from, to) of the input block as tier cells: the header texts on the header row, the
 * customer's tiers on a data row, blanks on rows that were rejected or empty.
 */
export function tierRows(
  result: SegmentResult,
  language: Language,
  from: number,
  to: number
): OutValue[][] {
  const headers = tierHeaders(result, language);
  const segments = result.scheme.segments.map((s) => safeText(s.label[language]));
  const stages = STAGES.map((s) => label(`stage.${s}`, language));
  const blank = (): OutValue[] => new Array<OutValue>(TIER_COLUMN_COUNT).fill("");
  const rows: OutValue[][] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const k = result.rowCustomer[i];
    if (i === result.headerRowIndex) rows[i - from] = headers;
    else rows[i - from] = k < 0 ? blank() : customerTiers(result, k, segments, stages);
  }
  return rows;
}

function customerTiers(
  result: SegmentResult,
  k: number,
  segments: string[],
  stages: string[]
): OutValue[] {
  const score = (s: number): OutValue => (s === 0 ? "" : s);
  const seg = result.segment[k];
  return [
    ABC_LABELS[result.abc.cls[k]],
    score(result.scores.r[k]),
    score(result.scores.f[k]),
    score(result.scores.m[k]),
    result.scores.r[k] === 0 ? "" : result.rfmCode[k],
    seg < 0 ? "" : segments[seg],
    clean(result.clv[k]) ?? "",
    stages[result.stage[k]],
  ];
}
