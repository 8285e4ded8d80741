// Shared shapes of the scoring core. Everything here is plain data so it can cross a
// Web Worker boundary (structured clone keeps typed arrays) and be written to JSON.
import type { Language, Role } from "./vocabulary";

// The closed lists (roles, shapes, ABC modes...) are in vocabulary.ts, with their types.
export type { AbcMode, Language, Role, Shape } from "./vocabulary";

/** A cell as Excel (or a CSV/XLSX reader) hands it over. */
export type CellValue = string | number | boolean | null | undefined | Date;

export type LocalizedText = Record<Language, string>;

/** What the core is given: a block of cells, usually with a header row on top. */
export interface SheetInput {
  values: CellValue[][];
  /** Same shape as values; lets a number formatted as a date be read as an Excel serial. */
  numberFormats?: (string | null | undefined)[][];
  /** Sheet row number of values[0] (1-based, as Excel shows it). Default 1. */
  firstRowNumber?: number;
  /** 0-based sheet column of values[r][0], so messages can name column letters. Default 0. */
  firstColumnIndex?: number;
}

/** Role -> 0-based column index within SheetInput.values. */
export type ColumnMapping = Partial<Record<Role, number>>;

/** Why a row could not be used. Messages live in the i18n catalog, keyed by these codes. */
export type ReasonCode =
  | "missingCustomer"
  | "missingDate"
  | "missingAmount"
  | "missingValue"
  | "badDate"
  | "ambiguousDate"
  | "badAmount"
  | "badNumber"
  | "errorValue"
  | "dateAfterAsOf"
  | "duplicateRow"
  | "duplicateCustomer"
  | "negativeFrequency"
  | "negativeValue"
  | "recencyAfterT"
  | "recencyWithoutRepeat"
  | "implausibleAmount"
  | "frequencyAboveRecency"
  | "dayFirstDate"
  | "monthFirstDate";

export type MessageParams = Record<string, string | number>;

export interface RejectedRow {
  /** Sheet row number (1-based). */
  row: number;
  /** Column letter as Excel shows it (e.g. "C"), or null when the reason is about the whole row. */
  column: string | null;
  /** Header text of that column, when there is one. */
  header: string | null;
  reason: ReasonCode;
  params: MessageParams;
}

/** An exact duplicate of an earlier row (reported always, removed only when asked). */
export interface DuplicateRow {
  row: number;
  firstRow: number;
  removed: boolean;
}

export type WarningCode =
  | "noHeaderRow"
  | "clvNeedsFirstDate"
  | "clvLeftOut"
  | "noMargin"
  | "noDateColumn"
  | "noAmountColumn"
  | "fewCustomers"
  | "probabilisticNeedsDates"
  | "probabilisticFitFailed"
  | "probabilisticNotIdentified"
  | "spendModelUnusable"
  | "spendCorrelated"
  | "calibrationOutside"
  | "calibrationNeedsDates"
  | "dominantCustomer"
  | "shortHistory";

export interface Warning {
  code: WarningCode;
  params: MessageParams;
}

/** RFM scores per customer, 1..5; 0 means "no score" (customer without a purchase). */
export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

/** One step of a fixed-threshold table, checked in order; the first that holds gives its score. */
export interface ThresholdStep {
  score: 1 | 2 | 3 | 4 | 5;
  op: "<=" | "<" | ">=" | ">";
  value: number;
}

export interface FixedThresholds {
  recency: ThresholdStep[];
  frequency: ThresholdStep[];
  monetary: ThresholdStep[];
}

/** Inclusive score range, or "high"/"low" relative to the population mean score. */
export type ScoreCondition = [number, number] | "high" | "low";

export interface SegmentRule {
  /** Id of the segment this rule assigns (several rules may share one segment). */
  segment: string;
  r?: ScoreCondition;
  f?: ScoreCondition;
  m?: ScoreCondition;
  /** Inclusive range of R + F + M. */
  total?: [number, number];
}

/** Which recommended action a segment calls for. */
export type ActionKind = "high" | "potential" | "low" | "churn";

export interface SegmentDefinition {
  id: string;
  label: LocalizedText;
  action: ActionKind;
}

/** A segment scheme as data: rules checked in order, first match wins. */
export interface SegmentScheme {
  id: string;
  name: LocalizedText;
  segments: SegmentDefinition[];
  rules: SegmentRule[];
  /** Segment id given when no rule matches. */
  fallback: string;
}

export type AbcClass = "A" | "B" | "C";

export interface AbcResult {
  /** 0 = A, 1 = B, 2 = C. */
  cls: Uint8Array;
  /** 1-based rank by value, descending; ties keep input order. */
  rank: Int32Array;
  /** Share of the sum of positive values (0 for customers with value <= 0). */
  share: Float64Array;
  /** Cumulative share including this customer, in rank order. */
  cumShare: Float64Array;
  /** Customer indices in rank order. */
  order: Int32Array;
}

export type Stage = "potential" | "new" | "repeat" | "loyal" | "atRisk" | "lost";
export const STAGES: readonly Stage[] = ["potential", "new", "repeat", "loyal", "atRisk", "lost"];

/** Customers, one entry per index, columnar. NaN marks "unknown / not applicable". */
export interface CustomerTable {
  n: number;
  ids: string[];
  names: (string | null)[] | null;
  /** Sheet row number where the customer first appears. */
  firstRow: Int32Array;
  /** 1 when the customer made at least one purchase in the window. */
  hasPurchase: Uint8Array;
  recencyDays: Float64Array;
  /** Purchases (0 when none). */
  frequency: Float64Array;
  /** Net spend, returns included. */
  monetary: Float64Array;
  /** Day numbers (days since 1970-01-01). */
  firstDay: Float64Array;
  lastDay: Float64Array;
  /** Median gap in days between distinct purchase days; NaN with fewer than two. */
  medianGapDays: Float64Array;
  /** Order rows (every row of the customer with a positive amount). */
  rows: Int32Array;
  profit: Float64Array | null;
  annualSpend: Float64Array | null;
  strategic: Float64Array | null;
}

export interface GroupSummary {
  key: string;
  label: string;
  customers: number;
  customerShare: number;
  value: number;
  valueShare: number;
  meanRecencyDays: number | null;
  meanFrequency: number | null;
  meanMonetary: number | null;
  meanClv: number | null;
  meanR: number | null;
  meanF: number | null;
  meanM: number | null;
  /** Customers of the group whose history is short (method.md section 4): their CLV is early. */
  shortHistory: number;
}

export interface ParetoPoint {
  /** Cumulative share of customers (0..1), in rank order. */
  customerShare: number;
  /** Cumulative share of value (0..1). */
  valueShare: number;
}

export interface RfCell {
  r: number;
  f: number;
  count: number;
  meanMonetary: number | null;
}
