// The per-customer summary the probabilistic models work on, from transactions, exactly as
// lifetimes' summary_data_from_transaction_data builds it with daily periods (method.md
// section 4; checked on the CDNOW sample, data/public/SOURCES.md).
import type { RfmtSummary, TimeUnit } from "../types";
import { orderPurchases, type DayWindow, type PurchaseRows } from "./purchaseRows";
import { DAYS_IN_UNIT } from "./unitLength";

export interface SummaryOptions {
  /** Last day of observation (inclusive): later purchases are left out. */
  endDay: number;
  unit: TimeUnit;
}

/** The summary plus which customer each of its rows is. */
export interface CustomerSummary {
  summary: RfmtSummary;
  /** Customer index (as in PurchaseRows.customer) of each summary row, ascending. */
  customer: Int32Array;
  /** Day of the first purchase of each summary row. */
  firstDay: Float64Array;
}

interface Builder {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
  customer: Int32Array;
  firstDay: Float64Array;
}

function newBuilder(n: number): Builder {
  return {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetary: new Float64Array(n),
    customer: new Int32Array(n),
    firstDay: new Float64Array(n),
  };
}

/**
 * Customers with a purchase in the window, one row each: same-day purchases are one purchase
 * (values summed); frequency = purchase days - 1; recency = (last day - first day) / unit;
 * T = (endDay - first day) / unit; monetary = mean value of the repeat days (the first day
 * excluded, as the Gamma-Gamma model wants), 0 without repeats. Customers without a purchase in
 * the window are left out, as lifetimes leaves them out.
 */
export function summaryFromTransactions(
  rows: PurchaseRows,
  customerCount: number,
  opts: SummaryOptions
): CustomerSummary {
  const window: DayWindow = { afterDay: -Infinity, endDay: opts.endDay };
  const ordered = orderPurchases(rows, customerCount, window);
  const unitDays = DAYS_IN_UNIT[opts.unit];
  let present = 0;
  for (let k = 0; k < customerCount; k++) if (ordered.start[k + 1] > ordered.start[k]) present++;
  const b = newBuilder(present);
  let s = 0;
  for (let k = 0; k < customerCount; k++) {
    const from = ordered.start[k];
    const to = ordered.start[k + 1];
    if (to === from) continue;
    const first = ordered.day[from];
    let last = first;
    let days = 1;
    let repeatValue = 0;
    for (let j = from; j < to; j++) {
      const day = ordered.day[j];
      if (day !== last) {
        days++;
        last = day;
      }
      if (day !== first) repeatValue += ordered.amount[j];
    }
    b.frequency[s] = days - 1;
    b.recency[s] = (last - first) / unitDays;
    b.T[s] = (opts.endDay - first) / unitDays;
    b.monetary[s] = days > 1 ? repeatValue / (days - 1) : 0;
    b.customer[s] = k;
    b.firstDay[s] = first;
    s++;
  }
  return {
    summary: {
      n: present,
      unit: opts.unit,
      frequency: b.frequency,
      recency: b.recency,
      T: b.T,
      monetary: b.monetary,
    },
    customer: b.customer,
    firstDay: b.firstDay,
  };
}
