// The CDNOW customer summary lifetimes ships (2,357 customers, weeks), read from data/public:
// the tests check our fits on it against lifetimes' figures and bench:clv times them on it.
import * as fs from "fs";
import type { RfmtSummary } from "../src/core/probabilistic";
import { publicDataFile } from "./publicData";

const SUMMARY_FILE = "lifetimes/cdnow_customers_summary_with_transactions.csv";

/** cdnow_customers_summary_with_transactions.csv (ID,x,t_x,T,zbar), in weeks. */
export function readCdnowSummary(): RfmtSummary {
  const file = publicDataFile(SUMMARY_FILE);
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
