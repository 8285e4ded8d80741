// The CDNOW customer summaries lifetimes ships (weeks), read from shared/data.
import { readCdnowSummary } from "../../../bench/cdnow";
import type { RfmtSummary } from "../../../src/core/probabilistic";
import { readSharedCsv, SHARED_DATA } from "../../helpers/sharedData";

/** cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar, as a summary in weeks. */
export function cdnowSummary(): RfmtSummary {
  return readCdnowSummary(SHARED_DATA);
}

/** cdnow_customers_summary.csv: ID,frequency,recency,T (the file the BG/NBD anchors come from). */
export function cdnowPurchases(): {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
} {
  const rows = readSharedCsv("lifetimes/cdnow_customers_summary.csv").slice(1);
  const column = (k: number) => Float64Array.from(rows, (row) => Number(row[k]));
  return { frequency: column(1), recency: column(2), T: column(3) };
}
