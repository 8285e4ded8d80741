// The customer table from another engine's per-customer sums (ingest/ingestAggregates.ts):
// the same table aggregateTransactions makes from the same rows (method.md section 3).
import type { CustomerSums } from "../ingest/ingestAggregates";
import type { CustomerTable } from "../types";
import type { AggregateOptions } from "./aggregateTransactions";
import { exactTotals } from "./exactSum";

/** `firstDataIndex` turns the sums' data row indexes into indexes of the sheet's rows. */
export function customerTableOf(
  s: CustomerSums,
  firstDataIndex: number,
  opts: AggregateOptions
): CustomerTable {
  const n = s.n;
  const c: CustomerTable = {
    n,
    ids: s.ids,
    names: s.names.some((x) => x !== null) ? s.names : null,
    firstRow: Int32Array.from(s.firstIndex, (j) => j + firstDataIndex),
    hasPurchase: new Uint8Array(n),
    recencyDays: new Float64Array(n).fill(NaN),
    frequency: new Float64Array(n),
    monetary: exactTotals(s.amountWhole, s.amountMillionths),
    firstDay: Float64Array.from(s.firstPurchaseDay),
    lastDay: Float64Array.from(s.lastPurchaseDay),
    medianGapDays: Float64Array.from(s.medianGapDays),
    rows: Int32Array.from(s.purchaseRows),
    profit:
      s.profitWhole && s.profitMillionths ? exactTotals(s.profitWhole, s.profitMillionths) : null,
    annualSpend: null,
    strategic: s.strategic && Float64Array.from(s.strategic),
  };
  for (let k = 0; k < n; k++) {
    if (c.rows[k] === 0) continue;
    c.hasPurchase[k] = 1;
    c.frequency[k] = opts.countEveryRow ? s.allRows[k] : s.orders[k];
    const last = opts.countEveryRow ? s.lastAnyDay[k] : s.lastPurchaseDay[k];
    c.recencyDays[k] = opts.asOfDay - last;
  }
  return c;
}
