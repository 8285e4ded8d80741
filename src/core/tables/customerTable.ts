// The per-customer table (the CLI's --out file and the add-in's customer sheet): the JSON record's
// fields plus rank, share, CLV tier, value score and the recommended action, headers in the run's language.
import { actionKindFor, actionText } from "../actions";
import { clean, customerRecord } from "../records";
import { formatMessage, label, type MessageKey, sentenceStart } from "../i18n";
import type { SegmentResult } from "../result";
import { hasClv } from "../clv/hasClv";
import { intervalCells, intervalColumns, intervalsOf } from "./intervalColumns";
import type { Language } from "../types";

export type OutCell = string | number | null;

/** How a column is shown in a workbook (CSV writes plain values). */
/** "money" is a number in the data's currency (spend, CLV); "number" any other (a score). */
export type OutKind = "text" | "integer" | "number" | "money" | "share";

export interface OutColumn {
  header: string;
  kind: OutKind;
}

export interface OutTable {
  columns: OutColumn[];
  rowCount: number;
  /** Row k (0-based customer index), built on demand so large runs do not hold two copies. */
  row(k: number): OutCell[];
}

/** Next-tier cells kept per segment, at most (spends rarely repeat, orders and days do). */
const KEPT_CELLS = 1 << 14;

const CLV_TIER_KEYS = ["clvTier.high", "clvTier.mid", "clvTier.low"] as const;

/**
 * "CLV" when profit-based, else "Revenue CLV": a reader must not take revenue for profit. The
 * probabilistic CLV also states its horizon and discount, which the simple one does not have.
 */
export function clvHeader(result: SegmentResult, language: Language, short = false): string {
  const revenue = short
    ? label("col.short.revenueClv", language)
    : label("clvKind.revenue", language);
  const text = result.clvKind === "profit" ? label("col.clv", language) : sentenceStart(revenue);
  const p = result.probabilistic;
  if (result.clvModel !== "probabilistic" || p === null) return text;
  const discount = `${Math.round(p.monthlyDiscount * 1e6) / 1e4}%`;
  return formatMessage(
    short ? "col.short.probabilisticClv" : "col.probabilisticClv",
    { clv: text, months: p.horizonMonths, discount },
    language
  );
}

/**
 * The tier columns' headers beside the user's data: the probabilistic figures and the CLV in
 * short words ("Exp. purchases, 12 mo"), since a header there sets its column's width; the
 * customer sheet keeps the long ones.
 */
export function shortProbabilisticHeaders(result: SegmentResult, language: Language): string[] {
  const p = result.probabilistic;
  if (p === null) return [];
  return [
    formatMessage("col.short.expectedPurchases", { months: p.horizonMonths }, language),
    label("col.pAlive", language),
    formatMessage("col.short.pNoPurchase", { days: p.noPurchaseDays }, language),
    label("col.short.expectedSpend", language),
  ];
}

/** The probabilistic figures' columns (before the CLV they make up), only in runs that have them. */
export function probabilisticColumns(result: SegmentResult, language: Language): OutColumn[] {
  const p = result.probabilistic;
  if (p === null) return [];
  return [
    {
      header: formatMessage("col.expectedPurchases", { months: p.horizonMonths }, language),
      kind: "number",
    },
    { header: label("col.pAlive", language), kind: "share" },
    {
      header: formatMessage("col.pNoPurchase", { days: p.noPurchaseDays }, language),
      kind: "share",
    },
    { header: label("col.expectedSpend", language), kind: "money" },
  ];
}

export function customerTable(result: SegmentResult, language: Language): OutTable {
  const names = result.customers.names;
  const col = (key: MessageKey, kind: OutKind): OutColumn => ({
    header: label(key, language),
    kind,
  });
  // No CLV for anyone (no first purchase dates): no CLV columns, the run's warning says why.
  const withClv = hasClv(result);
  const columns: OutColumn[] = [
    col("col.customer", "text"),
    ...(names ? [col("col.customerName", "text")] : []),
    col("col.recencyDays", "integer"),
    col("col.frequency", "integer"),
    col("col.monetary", "money"),
    col("col.r", "integer"),
    col("col.f", "integer"),
    col("col.m", "integer"),
    col("col.rfmCode", "integer"),
    col("col.rfmTotal", "integer"),
    col("col.segment", "text"),
    col("col.abc", "text"),
    col("col.abcRank", "integer"),
    col("col.abcShare", "share"),
    ...probabilisticColumns(result, language),
    ...(withClv
      ? [
          { header: clvHeader(result, language), kind: "money" as const },
          col("col.clvTier", "text"),
          ...intervalColumns(result, language),
        ]
      : []),
    col("col.valueScore", "number"),
    col("col.stage", "text"),
    col("col.shortHistory", "text"),
    col("col.nextTier", "text"),
    // Without a CLV there is no CLV a step could add: the column goes with the CLV's.
    ...(withClv ? [col("col.nextTierClv", "number")] : []),
    col("col.action", "text"),
  ];
  // The labels every row repeats, looked up once; the row is pushed cell by cell (a run writes
  // a row per customer, and spreading optional parts made several arrays per row).
  const noPurchase = label("stage.potential.none", language);
  const tierLabels = CLV_TIER_KEYS.map((key) => label(key, language));
  const shortLabel = label("flag.shortHistory", language);
  const probabilistic = result.probabilistic !== null;
  const intervals = intervalsOf(result) !== null;
  // The next-tier cell per segment and step text, joined once: steps repeat across customers
  // (nextTierText keeps their texts), and a cell joined per row was a new text to write.
  const nextTierCells = new Map<string, Map<string, string>>();
  const nextTierCell = (to: string, step: string): string => {
    let cells = nextTierCells.get(to);
    if (cells === undefined) nextTierCells.set(to, (cells = new Map()));
    let text = cells.get(step);
    if (text === undefined) {
      text = formatMessage("nextTier.cell", { to, step }, language);
      if (cells.size < KEPT_CELLS) cells.set(step, text);
    }
    return text;
  };
  const row = (k: number): OutCell[] => {
    const rec = customerRecord(result, k, language);
    const tier = result.clvTier[k];
    const kind = actionKindFor(result.abc.cls[k], result.churnWarning[k] === 1);
    // Filled in place, in the columns' order: grown by pushes, a row was three arrays.
    const out = new Array<OutCell>(columns.length);
    let i = 0;
    out[i++] = rec.customer;
    if (names) out[i++] = names[k];
    out[i++] = rec.recencyDays;
    out[i++] = rec.frequency;
    out[i++] = rec.monetary;
    out[i++] = rec.r;
    out[i++] = rec.f;
    out[i++] = rec.m;
    out[i++] = rec.rfmCode;
    out[i++] = rec.rfmTotal;
    // "no purchase", as the summaries and TIER.RFM name a customer without one.
    out[i++] = rec.segment ?? noPurchase;
    out[i++] = rec.abc;
    out[i++] = result.abc.rank[k];
    out[i++] = clean(result.abc.share[k]);
    if (probabilistic) {
      out[i++] = rec.expectedPurchases ?? null;
      out[i++] = rec.pAlive ?? null;
      out[i++] = rec.pNoPurchase ?? null;
      out[i++] = rec.expectedSpend ?? null;
    }
    if (withClv) {
      out[i++] = rec.clv;
      out[i++] = tier < tierLabels.length ? tierLabels[tier] : null;
      if (intervals) for (const cell of intervalCells(result, k)) out[i++] = cell;
    }
    out[i++] = clean(result.valueScore[k]);
    out[i++] = rec.stage;
    out[i++] = rec.shortHistory ? shortLabel : null;
    out[i++] = rec.nextTier ? nextTierCell(rec.nextTier.to, rec.nextTier.text) : null;
    if (withClv) out[i++] = rec.nextTier?.clv ?? null;
    out[i++] = actionText(kind, language);
    return out;
  };
  return { columns, rowCount: result.customers.n, row };
}
