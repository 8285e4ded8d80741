// The CDNOW customer summary lifetimes ships (2,357 customers, weeks), read from shared/data:
// the tests check our fits on it against lifetimes' figures and bench:clv times them on it.
import * as fs from "fs";
import * as path from "path";
import type { RfmtSummary } from "../src/core/probabilistic";

const SUMMARY_FILE = "lifetimes/cdnow_customers_summary_with_transactions.csv";

/** cdnow_customers_summary_with_transactions.csv (ID,x,t_x,T,zbar) in `sharedData`, in weeks. */
export function readCdnowSummary(sharedData: string): RfmtSummary {
  const file = path.join(sharedData, SUMMARY_FILE);
  if (!fs.existsSync(file))
    throw new Error(`shared data set missing: ${file} (shared/ must sit beside the repo)`);
  const rows = fs
    .readFileSync(file, "utf8")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(",").map(Number));
  const column = (k: number) => Float64Array.from(rows, (row) => row[k]);
  return {
    n: rows.length,
    unit: "weeks",
    frequency: column(1),
    recency: column(2),
    T: column(3),
    monetary: column(4),
  };
}
