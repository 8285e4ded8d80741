// Per-customer plain records: the CLI's JSON contract and the rows written back to Excel.
import { ABC_LABELS } from "./abc";
import { label } from "./i18n";
import { nextTierText } from "./nextTier";
import type { ClvIntervalResult, CustomerRecord, SegmentResult } from "./result";
import { STAGES, type Language } from "./types";

/** Rounds away binary noise (0.1 + 0.2) without losing real precision of money amounts. */
export function clean(x: number): number | null {
  return Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null;
}

const score = (s: number): number | null => (s === 0 ? null : s);

/** Stage names by stage index, per language: looked up once, not per customer. */
const STAGE_LABELS: Partial<Record<Language, string[]>> = {};

function stageLabel(stage: number, language: Language): string {
  const labels = (STAGE_LABELS[language] ??= STAGES.map((s) => label(`stage.${s}`, language)));
  return labels[stage] ?? label(`stage.${STAGES[stage]}`, language);
}

export function customerRecord(res: SegmentResult, k: number, language: Language): CustomerRecord {
  const c = res.customers;
  const scored = res.scores.r[k] !== 0;
  const seg = res.segment[k];
  const record: CustomerRecord = {
    customer: c.ids[k],
    recencyDays: scored ? clean(c.recencyDays[k]) : null,
    frequency: scored ? c.frequency[k] : null,
    monetary: scored ? clean(c.monetary[k]) : null,
    r: score(res.scores.r[k]),
    f: score(res.scores.f[k]),
    m: score(res.scores.m[k]),
    rfmCode: scored ? res.rfmCode[k] : null,
    rfmTotal: scored ? res.rfmTotal[k] : null,
    segment: seg < 0 ? null : res.scheme.segments[seg].label[language],
    abc: ABC_LABELS[res.abc.cls[k]],
    clv: clean(res.clv[k]),
    stage: stageLabel(res.stage[k], language),
    shortHistory: res.shortHistory[k] === 1,
    nextTier: nextTierRecord(res, k, language),
  };
  // Added after the others, so they come last in the JSON; a spread of an empty object per
  // customer was most of a record's cost in runs without them.
  if (res.probabilistic !== null) Object.assign(record, probabilisticFields(res, k));
  return record;
}

function nextTierRecord(
  res: SegmentResult,
  k: number,
  language: Language
): CustomerRecord["nextTier"] {
  const step = res.nextTier[k];
  if (step === null) return null;
  return {
    to: res.scheme.segments[step.to].label[language],
    change: step.change,
    amount: step.amount,
    text: nextTierText(step, language),
    clv: clean(res.nextTierClv[k]),
  };
}

/** The probabilistic figures of a customer, only in runs that have them (the contract grows, never changes). */
function probabilisticFields(res: SegmentResult, k: number): Partial<CustomerRecord> {
  const p = res.probabilistic;
  if (p === null) return {};
  return {
    expectedPurchases: clean(p.expectedPurchases[k]),
    pAlive: clean(p.pAlive[k]),
    pNoPurchase: clean(p.pNoPurchase[k]),
    expectedSpend: clean(p.expectedSpend[k]),
    ...(res.clvModel === "probabilistic" && p.intervals ? intervalFields(p.intervals, k) : {}),
  };
}

export function customerRecords(res: SegmentResult, language: Language): CustomerRecord[] {
  const out: CustomerRecord[] = new Array(res.customers.n);
  for (let k = 0; k < res.customers.n; k++) out[k] = customerRecord(res, k, language);
  return out;
}

/** Per customer: P10, P50, P90 (null without a CLV) and the tier confidence (null without a tier). */
export interface IntervalFields {
  clvP10: number | null;
  clvP50: number | null;
  clvP90: number | null;
  tierConfidence: number | null;
}

export function intervalFields(intervals: ClvIntervalResult, k: number): IntervalFields {
  return {
    clvP10: clean(intervals.p10[k]),
    clvP50: clean(intervals.p50[k]),
    clvP90: clean(intervals.p90[k]),
    tierConfidence: clean(intervals.tierConfidence[k]),
  };
}
