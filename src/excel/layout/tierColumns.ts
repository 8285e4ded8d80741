// The tier columns written beside each input row: the customer's ABC class, R, F, M, RFM code,
// segment, CLV and lifecycle stage, in the display language. A probabilistic run adds expected
// purchases, P(alive), P(no purchase in N days) and expected spend before the CLV, so how many columns there are follows
// the result: every writer asks tierColumnCount() rather than assuming a width.
import {
  ABC_LABELS,
  clean,
  clvHeader,
  hasClv,
  label,
  type Language,
  shortProbabilisticHeaders,
  type SegmentResult,
  STAGES,
} from "../../core";
import type { FormatName, OutValue } from "./cellTypes";
import { safeText } from "./safeText";

/** Index of the ABC and segment columns, which get one fill per tier. */
export const ABC_TIER_COLUMN = 0;
export const SEGMENT_TIER_COLUMN = 5;

const SCORE_KEYS = ["col.abc", "col.r", "col.f", "col.m", "col.rfmCode", "col.segment"] as const;
const SCORE_FORMATS: FormatName[] = [
  "general",
  "integer",
  "integer",
  "integer",
  "integer",
  "general",
];
const PROBABILISTIC_FORMATS: FormatName[] = ["number", "share", "share", "money"];

const hasProbabilistic = (result: SegmentResult): boolean => result.probabilistic !== null;

/** 8 tier columns, 12 with the probabilistic CLV, 7 when no customer has a CLV. */
export function tierColumnCount(result: SegmentResult): number {
  return tierFormats(result).length;
}

export function tierHeaders(result: SegmentResult, language: Language): string[] {
  return [
    ...SCORE_KEYS.map((k) => label(k, language)),
    ...shortProbabilisticHeaders(result, language),
    ...(hasClv(result) ? [clvHeader(result, language, true)] : []),
    label("col.stage", language),
  ];
}

export function tierFormats(result: SegmentResult): FormatName[] {
  const extra = hasProbabilistic(result) ? PROBABILISTIC_FORMATS : [];
  const clv: FormatName[] = hasClv(result) ? ["money"] : [];
  return [...SCORE_FORMATS, ...extra, ...clv, "general"];
}

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
  // A customer without a purchase (only returns) has no segment: named as the summaries name it.
  const noPurchase = label("stage.potential.none", language);
  const stages = STAGES.map((s) => label(`stage.${s}`, language));
  const width = headers.length;
  const blank = (): OutValue[] => new Array<OutValue>(width).fill("");
  const rows: OutValue[][] = new Array(to - from);
  for (let i = from; i < to; i++) {
    const k = result.rowCustomer[i];
    if (i === result.headerRowIndex) rows[i - from] = headers;
    else rows[i - from] = k < 0 ? blank() : customerTiers(result, k, segments, stages, noPurchase);
  }
  return rows;
}

const numberCell = (x: number): OutValue => clean(x) ?? "";

function customerTiers(
  result: SegmentResult,
  k: number,
  segments: string[],
  stages: string[],
  noPurchase: string
): OutValue[] {
  const score = (s: number): OutValue => (s === 0 ? "" : s);
  const seg = result.segment[k];
  const p = result.probabilistic;
  const figures = p
    ? [p.expectedPurchases[k], p.pAlive[k], p.pNoPurchase[k], p.expectedSpend[k]].map(numberCell)
    : [];
  return [
    ABC_LABELS[result.abc.cls[k]],
    score(result.scores.r[k]),
    score(result.scores.f[k]),
    score(result.scores.m[k]),
    result.scores.r[k] === 0 ? "" : result.rfmCode[k],
    seg < 0 ? noPurchase : segments[seg],
    ...figures,
    ...(hasClv(result) ? [numberCell(result.clv[k])] : []),
    stages[result.stage[k]],
  ];
}
