// Every role, in the order ties between roles are broken: the specific customer-summary roles
// first, the broad ones (customer, amount) last, so "客户地区" is a region and not a customer.
import type { Role } from "../types";

export const ROLES: readonly Role[] = [
  "lastPurchaseDate",
  "firstPurchaseDate",
  "recencyDays",
  "frequency",
  "monetary",
  "annualSpend",
  "strategic",
  "orderId",
  "profit",
  "quantity",
  "category",
  "region",
  "date",
  "amount",
  "customerName",
  "customer",
];

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);

export function isRole(key: string): key is Role {
  return ROLE_SET.has(key);
}
