// `tiering clv --group ... --json`: every group's fits, new-customer value and P(alive) spread.
import {
  clean,
  type ClvGroupReport,
  groupFitText,
  type Language,
  type PAliveSpread,
  type PurchaseParams,
} from "../core";
import { jsonMonths, type JsonProjection } from "./accuracyJson";
import { jsonFit, jsonSpend, type JsonFit } from "./clvJson";

export interface JsonClvGroup {
  /** The group's value; "" for customers without one. Cohorts are "2024-Q1". */
  group: string;
  customers: number;
  repeatBuyers: number;
  /** True when the group's own fits are used; false: the pooled fits (fallbackReason says why). */
  ownFit: boolean;
  /** "tooSmall" or "fitFailed"; null with an own fit. */
  fallback: "tooSmall" | "fitFailed" | null;
  /** The fit column's text, in the run's language ("pooled: too small (12 customers, ...)"). */
  fit: string;
  purchaseModel: JsonFit<PurchaseParams>;
  spendModel: ReturnType<typeof jsonSpend>;
  /** A customer acquired now, over the horizon: repeat purchases and discounted value. */
  newCustomerPurchases: number | null;
  newCustomerValue: number | null;
  pAlive: Record<keyof PAliveSpread, number | null>;
  meanClv: number | null;
  /** Month by month from the group's fit, over its customers with a CLV tier; null without a CLV. */
  projection: JsonProjection | null;
}

/** How the groups were formed and the minimums below which a group uses the pooled fits. */
export interface JsonClvGrouping {
  by: ClvGroupReport["by"];
  /** The group column's header (by column). */
  column: string | null;
  minCustomers: number;
  minRepeatBuyers: number;
}

function cleanSpread(s: PAliveSpread): Record<keyof PAliveSpread, number | null> {
  return {
    mean: clean(s.mean),
    p10: clean(s.p10),
    p25: clean(s.p25),
    p50: clean(s.p50),
    p75: clean(s.p75),
    p90: clean(s.p90),
  };
}

export function jsonGrouping(r: ClvGroupReport | null): JsonClvGrouping | null {
  if (r === null) return null;
  const { by, column, minCustomers, minRepeatBuyers } = r;
  return { by, column, minCustomers, minRepeatBuyers };
}

export function jsonGroups(r: ClvGroupReport | null, language: Language): JsonClvGroup[] | null {
  if (r === null) return null;
  return r.groups.map((g) => ({
    group: g.label,
    customers: g.customers,
    repeatBuyers: g.repeatBuyers,
    ownFit: g.fallback === null,
    fallback: g.fallback?.code ?? null,
    fit: groupFitText(g.fallback, language),
    purchaseModel: jsonFit(g.purchase, language),
    spendModel: jsonSpend(g.spend, language),
    newCustomerPurchases: clean(g.newCustomerPurchases),
    newCustomerValue: clean(g.newCustomerValue),
    pAlive: cleanSpread(g.pAlive),
    meanClv: clean(g.meanClv),
    projection: jsonMonths(g.projection),
  }));
}
