// `tiering clv`: the probabilistic CLV of every customer, from transactions or from a table
// summarised already (frequency, recency, T, monetary), with the fits and their warnings.
import { asOfWarnings } from "./dataWarnings";
import { clvKindOf } from "../clv/simpleClv";
import { InputError } from "../errors";
import type { DeepPartial, SegmentOptions } from "../options";
import { findRfmtHeader, readRfmtTable } from "../probabilistic/summary";
import { ProgressReporter } from "../progress";
import type { ProbabilisticResult, RowCounts, RunHooks } from "../result";
import { resolveOptions } from "../resolveOptions";
import type { DuplicateRow, RejectedRow, SheetInput, Warning } from "../types";
import { probabilisticClvOf, probabilisticResult } from "./probabilisticClv";
import { groupSourceOf } from "./clvGroups/groupsOf";
import {
  MAX_ROWS,
  readAggregatedCustomers,
  readCustomers,
  readTypedCustomers,
  type AggregatedSheet,
  type CustomersRead,
  type TypedSheet,
} from "./readCustomers";

export interface ClvAnalysis {
  /** Transactions, or a summary with lifetimes' columns (then there is no observation date). */
  source: "transactions" | "summary";
  /** Per customer index, as in probabilistic's per-customer columns. */
  ids: string[];
  names: (string | null)[] | null;
  firstRow: Int32Array;
  counts: RowCounts;
  rejected: RejectedRow[];
  duplicates: DuplicateRow[];
  warnings: Warning[];
  /** "profit" with a margin (option or profit column), else "revenue". */
  clvKind: "profit" | "revenue";
  probabilistic: ProbabilisticResult;
  options: SegmentOptions;
}

function fromSummary(
  input: SheetInput,
  o: SegmentOptions,
  progress: ProgressReporter
): ClvAnalysis {
  const table = readRfmtTable(input, {
    unit: o.clv.probabilistic.unit,
    decimalComma: o.decimalComma,
  });
  const n = table.summary.n;
  const out = probabilisticResult(
    {
      n,
      summary: table.summary,
      rows: Int32Array.from({ length: n }, (_, k) => k),
      margin: o.clv.margin,
      hasMonetary: table.hasMonetary,
      observationEnd: null,
    },
    o,
    progress
  );
  const warnings = out.warnings;
  if (o.clv.probabilistic.calibrationEnd !== null)
    warnings.push({ code: "calibrationNeedsDates", params: {} });
  if (o.clv.probabilistic.groupBy !== "none")
    warnings.push({ code: "clvGroupsNeedTransactions", params: {} });
  return {
    source: "summary",
    ids: table.ids,
    names: null,
    firstRow: table.firstRow,
    counts: table.counts,
    rejected: table.rejected,
    duplicates: [],
    warnings,
    clvKind: o.clv.margin === null ? "revenue" : "profit",
    // probabilisticResult always has a result; only probabilisticClvOf may decline.
    probabilistic: out.result as ProbabilisticResult,
    options: o,
  };
}

/** `input` is the sheet, or the head of a typed sheet (a group column is read from it). */
function fromTransactions(
  read: CustomersRead,
  input: SheetInput,
  o: SegmentOptions,
  progress: ProgressReporter
): ClvAnalysis {
  progress.step("scoring", 0, 1);
  const c = read.customers;
  const groups = groupSourceOf(input.values, read.detected);
  const prob = probabilisticClvOf(c, read, o, progress, groups);
  return {
    source: "transactions",
    ids: c.ids,
    names: c.names,
    firstRow: c.firstRow,
    counts: read.counts,
    rejected: read.rejected,
    duplicates: read.duplicates,
    warnings: [...prob.warnings, ...asOfWarnings(read.asOfDay, read.latestDay, o)],
    clvKind: clvKindOf(c, o.clv.margin),
    // Never null here: the model is forced to probabilistic and the shape to transactions.
    probabilistic: prob.result as ProbabilisticResult,
    options: o,
  };
}

/**
 * A table whose header names frequency, recency and T is read as a summary (unless the shape
 * option says transactions); anything else as transactions, which must have customer, date and
 * amount columns. Throws OptionError, InputError or CancelledError as segment() does.
 */
export function clvAnalysis(
  input: SheetInput,
  options: DeepPartial<SegmentOptions> = {},
  hooks: RunHooks = {}
): ClvAnalysis {
  const o = clvOptions(options);
  if (input.values.length > MAX_ROWS)
    throw new InputError("tooManyRows", { rows: input.values.length, max: MAX_ROWS });
  const progress = new ProgressReporter(hooks);
  const summarised = o.shape !== "transactions" && findRfmtHeader(input.values) !== null;
  const asTransactions: SegmentOptions = { ...o, shape: "transactions" };
  const analysis = summarised
    ? fromSummary(input, o, progress)
    : fromTransactions(
        readCustomers(input, asTransactions, progress),
        input,
        asTransactions,
        progress
      );
  progress.step("summarising", 1, 1);
  return analysis;
}

/** The options clvAnalysis runs with: the probabilistic model, whatever the options said. */
function clvOptions(options: DeepPartial<SegmentOptions>): SegmentOptions {
  const given = resolveOptions(options);
  return { ...given, clv: { ...given.clv, model: "probabilistic" } };
}

/**
 * clvAnalysis() over transaction rows another engine has read (DuckDB under the CLI); a table
 * summarised already goes through clvAnalysis itself (findRfmtHeader on the head says which).
 */
export function clvAnalysisTyped(
  sheet: TypedSheet,
  options: DeepPartial<SegmentOptions> = {},
  hooks: RunHooks = {}
): ClvAnalysis {
  const o: SegmentOptions = { ...clvOptions(options), shape: "transactions" };
  const progress = new ProgressReporter(hooks);
  const analysis = fromTransactions(
    readTypedCustomers(sheet, o, progress),
    sheet.head,
    o,
    progress
  );
  progress.step("summarising", 1, 1);
  return analysis;
}

/**
 * clvAnalysis() over customers and purchase days another engine has aggregated from transaction
 * rows (DuckDB under the CLI, for files of any length).
 */
export function clvAnalysisAggregated(
  sheet: AggregatedSheet,
  options: DeepPartial<SegmentOptions> = {},
  hooks: RunHooks = {}
): ClvAnalysis {
  const o: SegmentOptions = { ...clvOptions(options), shape: "transactions" };
  if (sheet.aggregates.purchases === undefined)
    throw new Error("the probabilistic CLV needs the purchases aggregated");
  const progress = new ProgressReporter(hooks);
  const analysis = fromTransactions(
    readAggregatedCustomers(sheet, o, progress),
    sheet.head,
    o,
    progress
  );
  progress.step("summarising", 1, 1);
  return analysis;
}

/** True when clvAnalysis reads these cells as a summary table (frequency, recency, T columns). */
export function isRfmtSummary(
  head: SheetInput,
  options: DeepPartial<SegmentOptions> = {}
): boolean {
  return clvOptions(options).shape !== "transactions" && findRfmtHeader(head.values) !== null;
}
