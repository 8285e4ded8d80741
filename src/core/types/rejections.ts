// What became of rows the core could not use: the reason, by code (the catalog words it), and
// where it is, by row and column as Excel shows them.
import type { MessageParams } from "./messages";

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
  | "nullMark"
  | "dateAfterAsOf"
  | "dateFarOutside"
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
