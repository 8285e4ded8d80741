// Why a cell could not be read. Only called after a fast parse failed, so the hot path pays
// nothing for the diagnosis.
import { cellText, excelError, isBlank, nullMark } from "../cells";
import { onlyDayMonthOrder } from "../cells/parseDate";
import type { CellValue, MessageParams, ReasonCode } from "../types";
import type { Rejections } from "./rejections";

export interface CellIssue {
  reason: ReasonCode;
  params: MessageParams;
}

function shown(v: CellValue): string {
  // An invalid Date (new Date(NaN)) has no ISO form: toISOString would throw a RangeError.
  const text = v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : String(v);
  return text.length > 40 ? text.slice(0, 37) + "..." : text;
}

/** The issue of a cell that failed to parse; `missing` is the reason for a blank cell. */
export function cellIssue(v: CellValue, missing: ReasonCode, bad: ReasonCode): CellIssue {
  const error = excelError(v);
  if (error !== null) return { reason: "errorValue", params: { value: error } };
  const mark = nullMark(v);
  if (mark !== null) return { reason: "nullMark", params: { value: mark } };
  if (isBlank(v)) return { reason: missing, params: {} };
  // "13/04/2024" is not ambiguous (13 is no month): say which order reads it.
  const only = bad === "ambiguousDate" && typeof v === "string" ? onlyDayMonthOrder(v) : null;
  if (only !== null)
    return {
      reason: only === "dmy" ? "dayFirstDate" : "monthFirstDate",
      params: { value: shown(v) },
    };
  return { reason: bad, params: { value: shown(v) } };
}

export function isBlankRow(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let c = 0; c < row.length; c++) if (!isBlank(row[c])) return false;
  return true;
}

/** A customer's id as the core keys it; "" for a blank or error cell, or a database's NULL mark. */
export function customerKey(v: CellValue): string {
  return excelError(v) === null && nullMark(v) === null ? cellText(v) : "";
}

/** A customer's name as given; "" for none (blank, or a database's NULL mark). */
export function customerName(v: CellValue): string {
  return nullMark(v) === null ? cellText(v) : "";
}

/** The customer id of a row, or null after recording why the row cannot be used. */
export function customerId(
  row: CellValue[],
  column: number,
  index: number,
  rejections: Rejections
): string | null {
  const id = customerKey(row[column]);
  if (id !== "") return id;
  const issue = cellIssue(row[column], "missingCustomer", "missingCustomer");
  rejections.add(index, column, issue.reason, issue.params);
  return null;
}
