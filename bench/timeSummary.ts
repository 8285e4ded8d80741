// Wall time of the lifetimes summary (frequency, recency, T, monetary per customer) built from
// the transactions segment() has ingested: the step users of other tools wait a minute for.
import { summaryFromTransactions } from "../src/core/probabilistic/summary";
import { readCustomers } from "../src/core/pipeline/readCustomers";
import { ProgressReporter } from "../src/core/progress";
import { resolveOptions } from "../src/core/resolveOptions";
import type { SheetInput } from "../src/core/types";
import { repeatRuns, timed } from "./repeatRuns";

export interface SummaryTiming {
  ms: number;
  transactions: number;
  customers: number;
}

/** Ingests once (not timed), then times `runs` summaries after one warm-up, in weeks. */
export function timeSummaries(sheet: SheetInput, runs: number): SummaryTiming[] {
  const read = readCustomers(sheet, resolveOptions(), new ProgressReporter());
  const t = read.transactions;
  if (t === null) throw new Error("the bench sheet was not read as transactions");
  const once = (): SummaryTiming => {
    const { seconds, result } = timed(() =>
      summaryFromTransactions(t, read.customers.n, { endDay: t.maxDay, unit: "weeks" })
    );
    return { ms: seconds * 1000, transactions: t.count, customers: result.summary.n };
  };
  return repeatRuns(runs, once);
}
