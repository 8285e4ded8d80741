// Transaction rows grouped by customer and ordered by day, the shape every per-customer
// summary of the probabilistic models is read from.

/** The columns of the core's ingested transactions this needs (TransactionColumns has them). */
export interface PurchaseRows {
  count: number;
  /** Customer index per row, 0 .. customerCount - 1. */
  customer: Int32Array;
  /** Day number per row (days since 1970-01-01). */
  day: Int32Array;
  amount: Float64Array;
}

/** Days a row must fall in: after `afterDay` (exclusive) and up to `endDay` (inclusive). */
export interface DayWindow {
  afterDay: number;
  endDay: number;
}

/** The purchases customer by customer, each customer's by day (input order within a day). */
export interface OrderedPurchases {
  day: Int32Array;
  amount: Float64Array;
  /** Customer k's purchases are at start[k] .. start[k + 1] - 1. */
  start: Int32Array;
}

/**
 * A purchase is any row that is not a return: a $0 order (a free or fully discounted one) is
 * still a transaction, as lifetimes and the published CDNOW summaries count it (sample_id 87's
 * only order is $0.00 and that customer is in them). Negative rows are returns or refunds: not a
 * purchase event, and the Gamma-Gamma model describes spend, not refunds.
 */
function isPurchase(r: PurchaseRows, i: number, w: DayWindow): boolean {
  const day = r.day[i];
  return r.amount[i] >= 0 && day > w.afterDay && day <= w.endDay;
}

/** The purchases in the window, by day: a counting sort, linear in rows plus days spanned. */
function byDay(r: PurchaseRows, w: DayWindow): Int32Array {
  let minDay = Infinity;
  let maxDay = -Infinity;
  let kept = 0;
  for (let i = 0; i < r.count; i++) {
    if (!isPurchase(r, i, w)) continue;
    kept++;
    if (r.day[i] < minDay) minDay = r.day[i];
    if (r.day[i] > maxDay) maxDay = r.day[i];
  }
  const out = new Int32Array(kept);
  if (kept === 0) return out;
  const next = new Int32Array(maxDay - minDay + 2);
  for (let i = 0; i < r.count; i++) if (isPurchase(r, i, w)) next[r.day[i] - minDay + 1]++;
  for (let d = 1; d < next.length; d++) next[d] += next[d - 1];
  for (let i = 0; i < r.count; i++) if (isPurchase(r, i, w)) out[next[r.day[i] - minDay]++] = i;
  return out;
}

/**
 * Groups the purchases in the window by customer, each customer's by day. Two stable counting
 * sorts (day, then customer) rather than a comparison sort: a million rows in a few tens of
 * milliseconds, and no composite keys that could lose precision. The second one copies day and
 * amount into place, so the scans that follow read memory in order.
 */
export function orderPurchases(
  r: PurchaseRows,
  customerCount: number,
  w: DayWindow
): OrderedPurchases {
  const dayOrder = byDay(r, w);
  const start = new Int32Array(customerCount + 1);
  for (let j = 0; j < dayOrder.length; j++) start[r.customer[dayOrder[j]] + 1]++;
  for (let k = 0; k < customerCount; k++) start[k + 1] += start[k];
  const next = start.slice(0, customerCount);
  const day = new Int32Array(dayOrder.length);
  const amount = new Float64Array(dayOrder.length);
  for (let j = 0; j < dayOrder.length; j++) {
    const i = dayOrder[j];
    const to = next[r.customer[i]]++;
    day[to] = r.day[i];
    amount[to] = r.amount[i];
  }
  return { day, amount, start };
}
