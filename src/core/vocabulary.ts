// Every closed list of the method, each written once. The types are derived from the lists, and
// resolveOptions, the CLI's flags and help, the pane's settings and the custom functions'
// argument checks all read them, so adding a member here is the one edit that reaches every face
// (TypeScript then points at each Record that needs a text for it).

/** The languages of every message, label and segment name. */
export const LANGUAGES = ["zh-CN", "en-US"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language of a BCP 47 tag by its primary subtag ("zh-TW" is zh-CN), else undefined. */
export function languageOfTag(tag: string): Language | undefined {
  const primary = tag.trim().toLowerCase().split(/[-_.]/)[0];
  return LANGUAGES.find((l) => l.toLowerCase().split("-")[0] === primary);
}

/** The built-in segment schemes (src/core/segments/schemes.ts has their rules). */
export const SCHEME_IDS = ["value-tiers", "four", "eight", "named"] as const;
export type SchemeId = (typeof SCHEME_IDS)[number];

/** How R, F and M become scores 1-5. */
export const RFM_SCORINGS = ["quantile", "fixed", "rfm-r"] as const;
export type RfmScoring = (typeof RFM_SCORINGS)[number];

/** How ABC classes are cut: by share of value, share of customers, or absolute amounts. */
export const ABC_MODES = ["value", "count", "absolute"] as const;
export type AbcMode = (typeof ABC_MODES)[number];

/** The value ABC ranks customers by. */
export const ABC_BASES = ["monetary", "profit", "clv"] as const;
export type AbcBasis = (typeof ABC_BASES)[number];

/** Which CLV drives the CLV tiers. */
export const CLV_MODELS = ["simple", "probabilistic"] as const;
export type ClvModel = (typeof CLV_MODELS)[number];

/** BG/NBD (Fader, Hardie and Lee 2005) or MBG/NBD (Batislam et al. 2007). */
export const PURCHASE_MODELS = ["bgnbd", "mbgnbd", "pnbd"] as const;
export type PurchaseModel = (typeof PURCHASE_MODELS)[number];

/** The purchase model setting: one model, or "auto" (fit every model, pick one: method.md section 4). */
export const PURCHASE_MODEL_SETTINGS = [...PURCHASE_MODELS, "auto"] as const;
export type PurchaseModelSetting = (typeof PURCHASE_MODEL_SETTINGS)[number];
/** CLV by group (method.md section 4): no grouping, first-purchase quarter, or the group column. */
export const CLV_GROUPINGS = ["none", "cohort", "column"] as const;
export type ClvGrouping = (typeof CLV_GROUPINGS)[number];

/** The time unit of a probabilistic fit: every figure is stated in it. */
export const TIME_UNITS = ["days", "weeks", "months"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

/** What one input row is: a transaction, or one customer's summary. */
export const SHAPES = ["transactions", "summary"] as const;
export type Shape = (typeof SHAPES)[number];

/** How d/d/yyyy text dates are read ("ymd" rejects them as ambiguous). */
export const DATE_ORDERS = ["ymd", "dmy", "mdy"] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * The meaning of an input column, in the order ties between roles are broken: the specific
 * customer-summary roles first, the broad ones (customer, amount) last, so "客户地区" is a region
 * and not a customer.
 */
export const ROLES = [
  "lastPurchaseDate",
  "firstPurchaseDate",
  "recencyDays",
  "frequency",
  "monetary",
  "annualSpend",
  "strategic",
  "orderId",
  "profit",
  "quantity",
  "category",
  "region",
  "group",
  "date",
  "amount",
  "customerName",
  "customer",
] as const;
export type Role = (typeof ROLES)[number];

/** Whether a string is one of a list's members, narrowing it to the list's type. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
