// The CDNOW customer summaries lifetimes ships (weeks), read from data/public.
import { readCdnowSummary } from "../../../data/cdnow";
import type { RfmtSummary } from "../../../src/core/probabilistic";
import { readPublicCsv } from "../../../data/publicData";

/** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar, as a summary in weeks. */
export function cdnowSummary(): RfmtSummary {
  return readCdnowSummary();
}

/** cdnow_customers_summary.csv: ID,frequency,recency,T (the file the BG/NBD anchors come from). */
export function cdnowPurchases(): {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
} {
  const rows = readPublicCsv("lifetimes/cdnow_customers_summary.csv").slice(1);
  const column = (k: number) => Float64Array.from(rows, (row) => Number(row[k]));
  return { frequency: column(1), recency: column(2), T: column(3) };
}
