// The CDNOW 1/10 sample (data/public/lifetimes/CDNOW_sample.txt) as the core's typed columns.
// Whitespace separated, no header: master_id, sample_id, yyyymmdd, number_of_cds, dollar_value.
// The published summaries number customers by sample_id (1..2357).
import * as fs from "fs";
import * as path from "path";
import type { PurchaseRows } from "../../../../src/core/probabilistic/summary";
import { PUBLIC_DATA } from "../../../../data/publicData";

const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a yyyymmdd text, by the platform's calendar. */
export function dayOfYmd(text: string): number {
  return Date.UTC(+text.slice(0, 4), +text.slice(4, 6) - 1, +text.slice(6, 8)) / DAY_MS;
}

export interface CdnowTransactions extends PurchaseRows {
  /** Customer index -> sample_id. */
  ids: number[];
  /** The raw rows, for tests that feed the CLI or segment(). */
  lines: { id: number; ymd: string; dollars: number }[];
}

export function readCdnow(): CdnowTransactions {
  const text = fs.readFileSync(path.join(PUBLIC_DATA, "lifetimes", "CDNOW_sample.txt"), "utf8");
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .map((l) => {
      const [, sample, ymd, , dollars] = l.split(/\s+/);
      return { id: Number(sample), ymd, dollars: Number(dollars) };
    });
  const index = new Map<number, number>();
  const ids: number[] = [];
  const customer = new Int32Array(lines.length);
  lines.forEach((l, i) => {
    let k = index.get(l.id);
    if (k === undefined) {
      k = ids.length;
      index.set(l.id, k);
      ids.push(l.id);
    }
    customer[i] = k;
  });
  return {
    count: lines.length,
    customer,
    day: Int32Array.from(lines, (l) => dayOfYmd(l.ymd)),
    amount: Float64Array.from(lines, (l) => l.dollars),
    ids,
    lines,
  };
}
