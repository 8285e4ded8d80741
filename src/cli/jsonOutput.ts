// --json: the CLI's contract, and nothing else, on stdout.
import {
  type CustomerRecord,
  customerRecord,
  formatMessage,
  type Language,
  type MessageParams,
  rangeText,
  type RfmDimension,
  type RfmThresholds,
  type RowCounts,
  type ScoreRange,
  type SegmentResult,
  type Summaries,
  type WarningCode,
} from "../core";
import type { TextSink } from "./io";
import { jsonClvModel, type JsonClvModel } from "./probabilisticJson";
import { jsonRejected, type JsonRejected } from "./rejectedJson";
import { ListedItems, writeJsonLine } from "./streamedJson";

/** A warning of the run (data warnings included: a dominant customer, short histories). */
export interface JsonWarning {
  code: WarningCode;
  params: MessageParams;
  message: string;
}

/** One score's range (method.md section 10), with the words every face shows. */
export interface JsonScoreRange extends ScoreRange {
  text: string;
}

/** With --clv-model probabilistic, also `clvModel` and `probabilistic` (probabilisticJson.ts). */
export interface JsonReport extends Partial<JsonClvModel> {
  asOf: string;
  customers: CustomerRecord[];
  rejected: JsonRejected[];
  warnings: JsonWarning[];
  thresholds: Record<RfmDimension, JsonScoreRange[]> & {
    scoring: RfmThresholds["scoring"];
    basis: RfmThresholds["monetary"];
  };
  summary: Summaries & { counts: RowCounts; clvKind: SegmentResult["clvKind"] };
}

function jsonThresholds(t: RfmThresholds, language: Language): JsonReport["thresholds"] {
  const ranges = (d: RfmDimension): JsonScoreRange[] =>
    t.ranges[d].map((r) => ({ ...r, text: rangeText(r, d, language) }));
  return {
    scoring: t.scoring,
    basis: t.monetary,
    recency: ranges("recency"),
    frequency: ranges("frequency"),
    monetary: ranges("monetary"),
  };
}

/** JsonReport, its customers made one by one as they are written (streamedJson.ts). */
export type ListedReport = Omit<JsonReport, "customers"> & { customers: ListedItems };

export function jsonReport(result: SegmentResult, language: Language): ListedReport {
  return {
    asOf: result.asOf,
    customers: new ListedItems(result.customers.n, (k) => customerRecord(result, k, language)),
    rejected: jsonRejected(result.rejected, language),
    warnings: result.warnings.map((w) => ({
      code: w.code,
      params: w.params,
      message: formatMessage(`warning.${w.code}`, w.params, language),
    })),
    thresholds: jsonThresholds(result.thresholds, language),
    summary: { ...result.summary, counts: result.counts, clvKind: result.clvKind },
    ...jsonClvModel(result, language),
  };
}

/** The report as one line of JSON (compact: a large run is tens of megabytes; pipe to jq to read it). */
export function writeJson(result: SegmentResult, language: Language, out: TextSink): Promise<void> {
  return writeJsonLine(out, jsonReport(result, language));
}
