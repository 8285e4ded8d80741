// Distinct purchase days per customer within a window: the holdout period's actual purchases.
import { orderPurchases, type DayWindow, type PurchaseRows } from "./purchaseRows";

/** Per customer index, the number of days with a purchase in the window (same-day ones merged). */
export function purchaseDayCounts(
  rows: PurchaseRows,
  customerCount: number,
  window: DayWindow
): Float64Array {
  const ordered = orderPurchases(rows, customerCount, window);
  const counts = new Float64Array(customerCount);
  for (let k = 0; k < customerCount; k++) {
    let previous = NaN;
    for (let j = ordered.start[k]; j < ordered.start[k + 1]; j++) {
      const day = ordered.day[j];
      if (day !== previous) counts[k]++;
      previous = day;
    }
  }
  return counts;
}
