// Spend per customer within a window: the holdout period's actual revenue.
import { orderPurchases, type DayWindow, type PurchaseRows } from "./purchaseRows";

/** Per customer index, the sum of the purchase amounts in the window (returns left out, as purchases). */
export function purchaseAmounts(
  rows: PurchaseRows,
  customerCount: number,
  window: DayWindow
): Float64Array {
  const ordered = orderPurchases(rows, customerCount, window);
  const sums = new Float64Array(customerCount);
  for (let k = 0; k < customerCount; k++) {
    for (let j = ordered.start[k]; j < ordered.start[k + 1]; j++) sums[k] += ordered.amount[j];
  }
  return sums;
}
