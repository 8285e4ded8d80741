// The per-customer summary the probabilistic models work on, from transactions, exactly as
// lifetimes' summary_data_from_transaction_data builds it with daily periods (method.md
// section 4; checked on the CDNOW sample, data/public/SOURCES.md), from each customer's
// purchase days (purchaseDays.ts), however they were found.
import type { RfmtSummary, TimeUnit } from "../types";
import { purchaseDaysOf, type PurchaseDays } from "./purchaseDays";
import type { DayWindow, PurchaseRows } from "./purchaseRows";
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
 * Customers with a purchase by `endDay`, one row each: same-day purchases are one purchase
 * (values summed); frequency = purchase days - 1; recency = (last day - first day) / unit;
 * T = (endDay - first day) / unit; monetary = mean value of the repeat days (the first day
 * excluded, as the Gamma-Gamma model wants), 0 without repeats. Customers without a purchase are
 * left out, as lifetimes leaves them out. `p` holds the purchases up to endDay only.
 */
export function summaryOfDays(p: PurchaseDays, opts: SummaryOptions): CustomerSummary {
  const unitDays = DAYS_IN_UNIT[opts.unit];
  let present = 0;
  for (let k = 0; k < p.n; k++) if (p.days[k] > 0) present++;
  const b = newBuilder(present);
  let s = 0;
  for (let k = 0; k < p.n; k++) {
    const days = p.days[k];
    if (days === 0) continue;
    const first = p.firstDay[k];
    b.frequency[s] = days - 1;
    b.recency[s] = (p.lastDay[k] - first) / unitDays;
    b.T[s] = (opts.endDay - first) / unitDays;
    b.monetary[s] = days > 1 ? p.repeatValue[k] / (days - 1) : 0;
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

/** summaryOfDays of the transaction rows' purchases up to `endDay`. */
export function summaryFromTransactions(
  rows: PurchaseRows,
  customerCount: number,
  opts: SummaryOptions
): CustomerSummary {
  const window: DayWindow = { afterDay: -Infinity, endDay: opts.endDay };
  return summaryOfDays(purchaseDaysOf(rows, customerCount, window), opts);
}
