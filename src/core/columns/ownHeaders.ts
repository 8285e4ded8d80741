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
  "col.short.expectedPurchases",
  "col.short.pNoPurchase",
  "col.short.expectedSpend",
  "col.short.revenueClv",
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

/**
 * The title lines our sheets start with. Selected on their own (a click on the summary's A1 finds
 * the title alone) they would read as a header row, and "Customer tiers as of ...: 7 customers"
 * names the customer: the title must never be taken for a role's column.
 */
const SHEET_TITLE_KEYS: readonly MessageKey[] = [
  "summary.title",
  "migration.title",
  "backtest.sheetTitle",
  "clvGroups.title",
];

/** A mark for a placeholder that normalizeHeader keeps as it is (a private-use character). */
const SLOT = "\uE000";
/** A title's fixed words must say enough to be told from a header that happens to contain them. */
const MIN_FIXED = 4;

/** A title template as a pattern over normalised text, its placeholders matching anything. */
function titlePattern(template: string): RegExp | null {
  const parts = normalizeHeader(template.replace(/\{\w+\}/g, SLOT)).split(SLOT);
  if (parts.join("").length < MIN_FIXED) return null;
  const escaped = parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`, "s");
}

const TITLES: readonly RegExp[] = LANGUAGES.flatMap((language) =>
  SHEET_TITLE_KEYS.map((key) => titlePattern(label(key, language)))
).filter((p): p is RegExp => p !== null);

/** Whether a normalised header is the title line of one of our sheets. */
export function isSheetTitle(normalized: string): boolean {
  return TITLES.some((pattern) => pattern.test(normalized));
}
