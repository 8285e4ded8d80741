// Rejected rows in the JSON of every command: where, why (code) and why (in words).
import { type Language, type ReasonCode, rejectedMessage, type RejectedRow } from "../core";

export interface JsonRejected {
  row: number;
  column: string | null;
  reason: ReasonCode;
  message: string;
}

export function jsonRejected(rows: RejectedRow[], language: Language): JsonRejected[] {
  return rows.map((r) => ({
    row: r.row,
    column: r.column,
    reason: r.reason,
    message: rejectedMessage(r, language),
  }));
}
