// The headers of the tier columns Segment writes beside the data, in both languages: never a
// role's column. Without this "客户分群" (the segment column) contains "客户" and was taken for the
// customer when the selection took in the tier columns of an earlier run.
import { label, type MessageKey } from "../i18n";
import { LANGUAGES } from "../vocabulary";
import { normalizeHeader } from "./normalizeHeader";

const TIER_HEADER_KEYS: readonly MessageKey[] = [
  "col.abc",
  "col.r",
  "col.f",
  "col.m",
  "col.rfmCode",
  "col.rfmTotal",
  "col.segment",
  "col.stage",
  "col.clv",
  "col.clvTier",
  "clvKind.revenue",
  "col.expectedPurchases",
  "col.pAlive",
  "col.pNoPurchase",
  "col.expectedSpend",
  "col.abcRank",
  "col.abcShare",
  "col.valueScore",
  "col.shortHistory",
  "col.nextTier",
  "col.nextTierClv",
  "col.nextTierStep",
  "col.action",
  "col.churn",
];

/** Normalised, placeholders and bracketed notes dropped ("Expected purchases (next {months} months)"). */
const OWN = new Set(
  LANGUAGES.flatMap((language) =>
    TIER_HEADER_KEYS.map((key) => normalizeHeader(label(key, language).replace(/\{\w+\}/g, "")))
  ).filter((text) => text.length > 0)
);

/** Whether a normalised header is one of the tier columns' headers. */
export function isTierHeader(normalized: string): boolean {
  return OWN.has(normalized);
}
