// --json: the CLI's contract, and nothing else, on stdout.
import { rejectedMessage } from "../core/i18n";
import { customerRecords } from "../core/records";
import type { CustomerRecord, RowCounts, SegmentResult, Summaries } from "../core/result";
import type { Language, ReasonCode } from "../core/types";

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

export function jsonReport(result: SegmentResult, language: Language): JsonReport {
  return {
    asOf: result.asOf,
    customers: customerRecords(result, language),
    rejected: result.rejected.map((r) => ({
      row: r.row,
      column: r.column,
      reason: r.reason,
      message: rejectedMessage(r, language),
    })),
    summary: { ...result.summary, counts: result.counts, clvKind: result.clvKind },
  };
}

/** The report as one line of JSON (compact: a large run is tens of megabytes; pipe to jq to read it). */
export function jsonText(result: SegmentResult, language: Language): string {
  return JSON.stringify(jsonReport(result, language)) + "\n";
}
