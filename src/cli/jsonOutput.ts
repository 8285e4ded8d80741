// --json: the CLI's contract, and nothing else, on stdout.
import {
  type CustomerRecord,
  customerRecords,
  type Language,
  type ReasonCode,
  rejectedMessage,
  type RejectedRow,
  type RowCounts,
  type SegmentResult,
  type Summaries,
} from "../core";

export interface JsonRejected {
  row: number;
  column: string | null;
  reason: ReasonCode;
  message: string;
}

export interface JsonReport {
  asOf: string;
  customers: CustomerRecord[];
  rejected: JsonRejected[];
  summary: Summaries & { counts: RowCounts; clvKind: SegmentResult["clvKind"] };
}

/** Rejected rows as both commands print them: where, why (code) and why (in words). */
export function jsonRejected(rows: RejectedRow[], language: Language): JsonRejected[] {
  return rows.map((r) => ({
    row: r.row,
    column: r.column,
    reason: r.reason,
    message: rejectedMessage(r, language),
  }));
}

export function jsonReport(result: SegmentResult, language: Language): JsonReport {
  return {
    asOf: result.asOf,
    customers: customerRecords(result, language),
    rejected: jsonRejected(result.rejected, language),
    summary: { ...result.summary, counts: result.counts, clvKind: result.clvKind },
  };
}

/** The report as one line of JSON (compact: a large run is tens of megabytes; pipe to jq to read it). */
export function jsonText(result: SegmentResult, language: Language): string {
  return JSON.stringify(jsonReport(result, language)) + "\n";
}
