// An exceljs cell value as the core expects a cell: plain numbers, Dates, text and booleans.
import type { CellValue } from "../types";

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function richTextOf(parts: unknown[]): string {
  return parts.map((p) => (isPlain(p) && typeof p.text === "string" ? p.text : "")).join("");
}

/**
 * Formulas give their cached result (Excel stores it; nothing is recalculated), error values
 * their text ("#N/A"), rich text and hyperlinks their plain text. exceljs already turns
 * date-formatted numbers into Dates (UTC midnight of the shown day).
 */
export function xlsxCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if (!isPlain(value)) return String(value);
  if ("error" in value) return String(value.error);
  if (Array.isArray(value.richText)) return richTextOf(value.richText);
  if ("formula" in value || "sharedFormula" in value) return xlsxCellValue(value.result);
  if ("text" in value) return xlsxCellValue(value.text);
  return null;
}
