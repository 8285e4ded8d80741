// The CLV a next-tier step would add (method.md section 12): the customer's CLV recomputed as if
// they had taken the step by the as-of date, minus their CLV now, under the CLV of the run.
// A step in orders or a purchase within days is that many orders (one for a purchase) at the
// customer's own average order value; a step in spend is that spend, in one order. A customer
// whose returns exceed their purchases has no order value to add: no figure.
import { marginOf, simpleClvAt, type SimpleClvOptions } from "../clv/simpleClv";
import { probabilisticClv } from "../probabilistic";
import type { ProbabilisticResult } from "../result";
import type { CustomerTable } from "../types";
import type { NextTiers, NextTierStep } from "./nextTier";

/** Orders and spend a step adds. */
export function stepPurchase(
  c: CustomerTable,
  k: number,
  step: NextTierStep
): { orders: number; spend: number } {
  const aov = c.frequency[k] > 0 ? c.monetary[k] / c.frequency[k] : NaN;
  if (step.change === "spend") return { orders: 1, spend: step.amount };
  const orders = step.change === "orders" ? step.amount : 1;
  return { orders, spend: orders * aov };
}

export interface NextTierClvInput {
  customers: CustomerTable;
  steps: NextTiers;
  /** The run's CLV per customer, as on the customer sheet. */
  clv: Float64Array;
  asOfDay: number;
  simple: SimpleClvOptions;
  /** The probabilistic result when it drives the CLV column, else null. */
  probabilistic: ProbabilisticResult | null;
  globalMargin: number | null;
}

/** Per customer, the CLV the step adds; NaN without a step or without a CLV. */
export function nextTierClv(input: NextTierClvInput): Float64Array {
  const { customers: c, steps, clv } = input;
  const out = new Float64Array(c.n).fill(NaN);
  const p = input.probabilistic;
  if (p !== null && p.clvDefined && p.spend !== null) return probabilisticGains(input, p, out);
  for (let k = 0; k < c.n; k++) {
    const step = steps[k];
    if (step === null || !Number.isFinite(clv[k])) continue;
    const { spend } = stepPurchase(c, k, step);
    if (!(spend > 0)) continue;
    out[k] = simpleClvAt(c, k, input.asOfDay, input.simple, spend) - clv[k];
  }
  return out;
}

/**
 * The models' CLV of the customer's history with the step's orders as repeat purchases at the
 * end of observation (recency = T), their spend averaged into the repeat spend; the fits held.
 */
function probabilisticGains(
  input: NextTierClvInput,
  p: ProbabilisticResult,
  out: Float64Array
): Float64Array {
  const { customers: c, steps, clv } = input;
  const who: number[] = [];
  for (let k = 0; k < c.n; k++) {
    const step = steps[k];
    if (step === null || !Number.isFinite(clv[k]) || !Number.isFinite(p.frequency[k])) continue;
    if (stepPurchase(c, k, step).spend > 0) who.push(k);
  }
  if (who.length === 0 || p.spend === null) return out;
  const frequency = new Float64Array(who.length);
  const monetary = new Float64Array(who.length);
  const T = Float64Array.from(who, (k) => p.T[k]);
  who.forEach((k, j) => {
    const add = stepPurchase(c, k, steps[k] as NextTierStep);
    const x = p.frequency[k];
    frequency[j] = x + add.orders;
    monetary[j] = (p.monetary[k] * x + add.spend) / frequency[j];
  });
  const after = probabilisticClv(
    { n: who.length, unit: p.unit, frequency, recency: T, T, monetary },
    p.fit.params,
    p.spend.params,
    { model: p.model, horizonMonths: p.horizonMonths, monthlyDiscount: p.monthlyDiscount }
  );
  who.forEach((k, j) => {
    out[k] = after[j] * marginOf(c, k, input.globalMargin) - clv[k];
  });
  return out;
}
