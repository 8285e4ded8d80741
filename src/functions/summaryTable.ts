// A customer summary given as columns (one row per customer), as the core's CustomerTable, so
// that scoring goes through the core's own rfmScores with its choice of scorer.
import type { CustomerTable } from "../core";

export interface SummaryColumns {
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
  /** 1 where the row is scored: a usable row with at least one purchase. */
  hasPurchase: Uint8Array;
}

/** Row i is customer i; what a summary of R, F and M does not say is unknown (NaN) or absent. */
export function summaryTable(columns: SummaryColumns): CustomerTable {
  const n = columns.frequency.length;
  const unknown = (): Float64Array => new Float64Array(n).fill(NaN);
  return {
    n,
    ids: Array.from({ length: n }, (_, i) => String(i + 1)),
    names: null,
    firstRow: Int32Array.from({ length: n }, (_, i) => i + 1),
    hasPurchase: columns.hasPurchase,
    recencyDays: columns.recencyDays,
    frequency: columns.frequency,
    monetary: columns.monetary,
    firstDay: unknown(),
    lastDay: unknown(),
    medianGapDays: unknown(),
    rows: new Int32Array(n),
    profit: null,
    annualSpend: null,
    strategic: null,
  };
}
