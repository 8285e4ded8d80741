// rfm_data_orders.csv (R package rfm: 4,906 orders of 995 customers, 2004-2006) as weekly purchase
// histories ending on its last order day. Every purchase model runs off towards its Poisson limit
// on it: the Pareto/NBD fit took 100 s there until its hypergeometric term got a continued
// fraction; the tests and bench:clv check that it stays fast.
import type { PurchaseHistory } from "../src/core/probabilistic";
import { readPublicCsv } from "./publicData";

/** x = purchase days - 1, t_x and T in weeks, from the customer and date columns. */
export function readRfmOrdersHistory(): PurchaseHistory {
  const days = new Map<string, Set<number>>();
  let end = -Infinity;
  for (const [customer, date] of readPublicCsv("rfm-r/rfm_data_orders.csv").slice(1)) {
    const day = Date.parse(date) / 86_400_000;
    end = Math.max(end, day);
    days.set(customer, (days.get(customer) ?? new Set<number>()).add(day));
  }
  const frequency: number[] = [];
  const recency: number[] = [];
  const T: number[] = [];
  for (const set of days.values()) {
    const sorted = [...set].sort((a, b) => a - b);
    frequency.push(sorted.length - 1);
    recency.push((sorted[sorted.length - 1] - sorted[0]) / 7);
    T.push((end - sorted[0]) / 7);
  }
  return {
    frequency: Float64Array.from(frequency),
    recency: Float64Array.from(recency),
    T: Float64Array.from(T),
  };
}
