// The one entry point of the scoring core: cells in, tiers and summaries out.
// Deterministic: the same input and options always give the same result.
import { currencyOf } from "./cells/currency";
import { probabilisticClvOf } from "./pipeline/probabilisticClv";
import {
  asOfText,
  readAggregatedCustomers,
  readCustomers,
  readTypedCustomers,
  type AggregatedSheet,
  type CustomersRead,
  type TypedSheet,
} from "./pipeline/readCustomers";
import { groupSourceOf } from "./pipeline/clvGroups/groupsOf";
import { scoreCustomers } from "./pipeline/scoreCustomers";
import { summarize } from "./pipeline/summarize";
import type { DeepPartial, SegmentOptions } from "./options";
import { ProgressReporter } from "./progress";
import { resolveOptions } from "./resolveOptions";
import type { RunHooks, SegmentResult } from "./result";
import type { SheetInput, Warning } from "./types";
import { asOfWarnings, dataWarnings } from "./pipeline/dataWarnings";

function warningsOf(read: CustomersRead, clvMissing: number, o: SegmentOptions): Warning[] {
  const warnings: Warning[] = [];
  if (read.detected.headerRowIndex === null) warnings.push({ code: "noHeaderRow", params: {} });
  // Unknown for every purchaser: the faces leave CLV out and say why, rather than show blanks.
  if (clvMissing > 0 && clvMissing === purchasers(read.customers.hasPurchase))
    warnings.push({ code: "clvLeftOut", params: {} });
  else if (clvMissing > 0)
    warnings.push({ code: "clvNeedsFirstDate", params: { customers: clvMissing } });
  if (read.customers.profit === null && o.clv.margin === null)
    warnings.push({ code: "noMargin", params: {} });
  if (read.customers.n < 5)
    warnings.push({ code: "fewCustomers", params: { customers: read.customers.n } });
  return warnings;
}

function purchasers(hasPurchase: Uint8Array): number {
  let n = 0;
  for (const h of hasPurchase) n += h;
  return n;
}

/**
 * Scores a block of cells: detects the columns and the shape, reads and cleans every row,
 * aggregates to customers and computes ABC, RFM, segments, CLV, value score and lifecycle.
 * Throws OptionError for a bad option, InputError when nothing can be scored, CancelledError
 * when hooks.signal is aborted.
 */
export function segment(
  input: SheetInput,
  options: DeepPartial<SegmentOptions> = {},
  hooks: RunHooks = {}
): SegmentResult {
  const o = resolveOptions(options);
  const progress = new ProgressReporter(hooks);
  return scoreRead(readCustomers(input, o, progress), input, o, progress);
}

/**
 * segment() over transaction rows another engine has read (DuckDB under the CLI): the same
 * result segment() gives for the same cells, for any number of rows.
 */
export function segmentTyped(
  sheet: TypedSheet,
  options: DeepPartial<SegmentOptions> = {},
  hooks: RunHooks = {}
): SegmentResult {
  const o = resolveOptions(options);
  const progress = new ProgressReporter(hooks);
  return scoreRead(readTypedCustomers(sheet, o, progress), sheet.head, o, progress);
}

/**
 * segment() over transaction rows another engine has aggregated to customers (DuckDB under the
 * CLI): the same result segment() gives for the same cells, except rowCustomer (empty). Not for
 * the probabilistic CLV, which needs the rows themselves (use segmentTyped).
 */
export function segmentAggregated(
  sheet: AggregatedSheet,
  options: DeepPartial<SegmentOptions> = {},
  hooks: RunHooks = {}
): SegmentResult {
  const o = resolveOptions(options);
  if (o.clv.model === "probabilistic" && sheet.aggregates.purchases === undefined)
    throw new Error("the probabilistic CLV needs the purchases aggregated");
  const progress = new ProgressReporter(hooks);
  return scoreRead(readAggregatedCustomers(sheet, o, progress), sheet.head, o, progress);
}

/** Scores the customers read; `input` (the sheet or its head) tells the currency. */
function scoreRead(
  read: CustomersRead,
  input: SheetInput,
  o: SegmentOptions,
  progress: ProgressReporter
): SegmentResult {
  progress.step("scoring", 0, 1);
  const groups = groupSourceOf(input.values, read.detected);
  const prob = probabilisticClvOf(read.customers, read, o, progress, groups);
  const s = scoreCustomers(read.customers, o, read.asOfDay, prob.result);
  progress.step("summarising", 0, 1);
  const summary = summarize(read.customers, s, o);
  progress.step("summarising", 1, 1);
  return {
    shape: read.detected.shape,
    mapping: read.detected.mapping,
    headers: read.detected.headers,
    headerRowIndex: read.detected.headerRowIndex,
    asOfDay: read.asOfDay,
    asOf: asOfText(read.asOfDay),
    counts: read.counts,
    rejected: read.rejected,
    duplicates: read.duplicates,
    warnings: [
      ...warningsOf(read, s.clvMissing, o),
      ...prob.warnings,
      ...dataWarnings(read.customers, s, o),
      ...asOfWarnings(read.asOfDay, read.latestDay, o),
    ],
    customers: read.customers,
    scores: s.scores,
    thresholds: s.thresholds,
    rfmCode: s.rfmCode,
    rfmTotal: s.rfmTotal,
    scheme: s.scheme,
    segment: s.segment,
    nextTier: s.nextTier,
    nextTierClv: s.nextTierClv,
    abcValue: s.abcValue,
    abc: s.abc,
    clv: s.clv,
    clvKind: s.clvKind,
    clvModel: s.clvModel,
    clvTier: s.clvTier,
    shortHistory: s.shortHistory,
    valueScore: s.valueScore,
    valueTier: s.valueTier,
    stage: s.stage,
    churnWarning: s.churnWarning,
    rowCustomer: read.rowCustomer,
    summary,
    options: o,
    probabilistic: prob.result,
    currency: currencyOf(
      input.values,
      input.numberFormats,
      read.detected.mapping.amount ?? read.detected.mapping.monetary,
      read.detected.headerRowIndex === null ? 0 : read.detected.headerRowIndex + 1
    ),
  };
}
