// Transactions -> one record per customer (method.md section 3). A purchase is a row with a
// positive amount: F counts purchases only, M adds returns in, R uses the last purchase.
// Distinct days and orders are counted by sorting composite numeric keys (customer, day) in a
// Float64Array, which is far cheaper than a Set per customer on a million rows.
import type { TransactionColumns } from "../ingest/ingestTransactions";
import type { CustomerTable } from "../types";
import { ExactSums } from "./exactSum";
import { medianInPlace } from "./median";

export interface AggregateOptions {
  asOfDay: number;
  /** R-rfm-compatible counting: F = every order row, R from the last row of any kind. */
  countEveryRow: boolean;
}

interface PurchaseDays {
  frequency: Float64Array;
  firstDay: Float64Array;
  lastDay: Float64Array;
  medianGapDays: Float64Array;
}

function newCustomerTable(t: TransactionColumns): CustomerTable {
  const n = t.keys.size;
  const nan = () => new Float64Array(n).fill(NaN);
  return {
    n,
    ids: t.keys.ids,
    names: t.keys.names.some((x) => x !== null) ? t.keys.names : null,
    firstRow: Int32Array.from(t.keys.firstIndex),
    hasPurchase: new Uint8Array(n),
    recencyDays: nan(),
    frequency: new Float64Array(n),
    monetary: new Float64Array(n),
    firstDay: nan(),
    lastDay: nan(),
    medianGapDays: nan(),
    rows: new Int32Array(n),
    profit: t.profit ? new Float64Array(n) : null,
    annualSpend: null,
    strategic: t.strategic ? nan() : null,
  };
}

/** Sums that need no ordering: M, purchase rows, profit (both exact), the strategic value. */
function sumRows(
  t: TransactionColumns,
  c: CustomerTable,
  lastAny: Float64Array,
  allRows: Int32Array
): void {
  const monetary = new ExactSums(c.n);
  const profit = t.profit ? new ExactSums(c.n) : null;
  for (let i = 0; i < t.count; i++) {
    const k = t.customer[i];
    const amount = t.amount[i];
    monetary.add(k, amount);
    allRows[k]++;
    if (t.day[i] > lastAny[k] || Number.isNaN(lastAny[k])) lastAny[k] = t.day[i];
    if (amount > 0) c.rows[k]++;
    // A blank profit cell makes that customer's profit unknown rather than silently smaller.
    if (profit && t.profit) profit.add(k, t.profit[i]);
    if (c.strategic && t.strategic && Number.isNaN(c.strategic[k])) c.strategic[k] = t.strategic[i];
  }
  c.monetary = monetary.totals();
  if (c.profit && profit) c.profit = profit.totals();
}

/** Sorted keys customer * span + offset for the purchase rows; offset from `offsetOf`. */
function purchaseKeys(
  t: TransactionColumns,
  span: number,
  offsetOf: (i: number) => number
): Float64Array {
  let m = 0;
  for (let i = 0; i < t.count; i++) if (t.amount[i] > 0) m++;
  const keys = new Float64Array(m);
  let j = 0;
  for (let i = 0; i < t.count; i++)
    if (t.amount[i] > 0) keys[j++] = t.customer[i] * span + offsetOf(i);
  return keys.sort();
}

/** Distinct purchase days per customer: count, first, last and the median gap between them. */
function purchaseDays(t: TransactionColumns, n: number): PurchaseDays {
  const span = t.maxDay - t.minDay + 1;
  const keys = purchaseKeys(t, span, (i) => t.day[i] - t.minDay);
  const out: PurchaseDays = {
    frequency: new Float64Array(n),
    firstDay: new Float64Array(n).fill(NaN),
    lastDay: new Float64Array(n).fill(NaN),
    medianGapDays: new Float64Array(n).fill(NaN),
  };
  const gaps = new Float64Array(Math.max(1, keys.length));
  let i = 0;
  while (i < keys.length) {
    const k = Math.floor(keys[i] / span);
    let prevDay = keys[i] - k * span;
    out.firstDay[k] = prevDay + t.minDay;
    let days = 1;
    let g = 0;
    for (i++; i < keys.length && Math.floor(keys[i] / span) === k; i++) {
      const d = keys[i] - k * span;
      if (d !== prevDay) {
        gaps[g++] = d - prevDay;
        prevDay = d;
        days++;
      }
    }
    out.frequency[k] = days;
    out.lastDay[k] = prevDay + t.minDay;
    out.medianGapDays[k] = medianInPlace(gaps, g);
  }
  return out;
}

/** Distinct orders per customer; rows with a blank order id count once per day. */
function distinctOrders(t: TransactionColumns, order: Int32Array, n: number): Float64Array {
  let orderCount = 0;
  for (let i = 0; i < t.count; i++) if (order[i] >= orderCount) orderCount = order[i] + 1;
  const span = orderCount + (t.maxDay - t.minDay + 1);
  const keys = purchaseKeys(t, span, (i) =>
    order[i] >= 0 ? order[i] : orderCount + t.day[i] - t.minDay
  );
  const f = new Float64Array(n);
  for (let i = 0; i < keys.length; i++) {
    if (i === 0 || keys[i] !== keys[i - 1]) f[Math.floor(keys[i] / span)]++;
  }
  return f;
}

export function aggregateTransactions(
  t: TransactionColumns,
  opts: AggregateOptions
): CustomerTable {
  const c = newCustomerTable(t);
  const lastAny = new Float64Array(c.n).fill(NaN);
  const allRows = new Int32Array(c.n);
  sumRows(t, c, lastAny, allRows);
  if (t.count === 0) return c;
  const days = purchaseDays(t, c.n);
  const orders = t.order ? distinctOrders(t, t.order, c.n) : days.frequency;
  c.firstDay = days.firstDay;
  c.lastDay = days.lastDay;
  c.medianGapDays = days.medianGapDays;
  for (let k = 0; k < c.n; k++) {
    if (c.rows[k] === 0) continue;
    c.hasPurchase[k] = 1;
    c.frequency[k] = opts.countEveryRow ? allRows[k] : orders[k];
    const last = opts.countEveryRow ? lastAny[k] : c.lastDay[k];
    c.recencyDays[k] = opts.asOfDay - last;
  }
  return c;
}
