// The expected value of a customer acquired today over the horizon (method.md section 4, CLV by
// group): the model's unconditional E[X(t)] month by month, times the Gamma-Gamma population mean
// spend p v / (q - 1), discounted as probabilisticClv discounts.
import { expectedPurchasesNewCustomer } from "../purchase/expectedPurchasesNewCustomer";
import {
  MONTH_IN_UNIT,
  type GammaGammaParams,
  type PurchaseModel,
  type PurchaseParams,
  type TimeUnit,
} from "../types";

export interface NewCustomerOptions {
  model: PurchaseModel;
  unit: TimeUnit;
  horizonMonths: number;
  monthlyDiscount: number;
  /** Multiplies the value (profit); 1 for revenue. */
  margin: number;
}

export interface NewCustomerValue {
  /** Expected repeat purchases over the horizon (the first purchase is not counted, as in E[X(t)]). */
  purchases: number;
  /** Mean spend per purchase of the population: p v / (q - 1); NaN when q <= 1. */
  spendPerPurchase: number;
  /** Discounted value over the horizon, times the margin; NaN when the spend is undefined. */
  value: number;
}

/** Gamma-Gamma: spend per purchase z = p / nu with nu ~ Gamma(q, v), so E[z] = p v / (q - 1). */
export function meanSpendPerPurchase({ p, q, v }: GammaGammaParams): number {
  return q > 1 ? (p * v) / (q - 1) : NaN;
}

export function newCustomerValue(
  purchase: PurchaseParams,
  spend: GammaGammaParams | null,
  o: NewCustomerOptions
): NewCustomerValue {
  const month = MONTH_IN_UNIT[o.unit];
  const times = Float64Array.from({ length: o.horizonMonths + 1 }, (_, k) => k * month);
  const upTo = expectedPurchasesNewCustomer(times, purchase, o.model);
  const spendPerPurchase = spend === null ? NaN : meanSpendPerPurchase(spend);
  let discounted = 0;
  for (let k = 1; k <= o.horizonMonths; k++)
    discounted += (upTo[k] - upTo[k - 1]) / Math.pow(1 + o.monthlyDiscount, k);
  return {
    purchases: upTo[o.horizonMonths],
    spendPerPurchase,
    value: discounted * spendPerPurchase * o.margin,
  };
}
