// Transactions or customer summary, from which roles the mapping has.
import type { ColumnMapping, Shape } from "../types";

/** "summary" when there are per-customer columns (F, R, last date or M) and no transaction date. */
export function detectShape(mapping: ColumnMapping): Shape {
  if (mapping.date !== undefined) return "transactions";
  const perCustomer =
    mapping.frequency !== undefined ||
    mapping.recencyDays !== undefined ||
    mapping.lastPurchaseDate !== undefined ||
    mapping.monetary !== undefined;
  return perCustomer ? "summary" : "transactions";
}

/** In a customer summary an amount is the customer's M and a date is the last purchase date. */
export function toSummaryMapping(mapping: ColumnMapping): ColumnMapping {
  const out: ColumnMapping = { ...mapping };
  if (out.amount !== undefined && out.monetary === undefined) {
    out.monetary = out.amount;
    delete out.amount;
  }
  if (out.date !== undefined && out.lastPurchaseDate === undefined) {
    out.lastPurchaseDate = out.date;
    delete out.date;
  }
  return out;
}

/** In transactions a total-like column ("总金额", "Total Amount") is the order amount. */
export function toTransactionsMapping(mapping: ColumnMapping): ColumnMapping {
  const out: ColumnMapping = { ...mapping };
  if (out.monetary !== undefined && out.amount === undefined) {
    out.amount = out.monetary;
    delete out.monetary;
  }
  return out;
}
