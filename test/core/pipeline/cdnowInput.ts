// The CDNOW sample as a sheet of transactions (customer, date, amount), as a user would paste it.
import type { CellValue, SheetInput } from "../../../src/core/types";
import { readCdnow } from "../probabilistic/summary/cdnowTransactions";

const iso = (ymd: string): string => `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`;

/** Lines dated on or before `lastYmd` (all by default), with a header row. */
export function cdnowSheet(lastYmd = "99999999"): SheetInput {
  const values: CellValue[][] = [["Customer", "Order date", "Amount"]];
  for (const l of readCdnow().lines)
    if (l.ymd <= lastYmd) values.push([String(l.id), iso(l.ymd), l.dollars]);
  return { values };
}
