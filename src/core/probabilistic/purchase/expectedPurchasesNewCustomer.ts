// E[X(t)]: expected repeat purchases in (0, t] of a customer just acquired (FHL 2005 eq. 9;
// Batislam et al. 2007 for MBG/NBD).
import { hyp2f1 } from "../special/hyp2f1";
import type { BgNbdParams, PurchaseModel } from "../types";
import { interpolateNearAOne } from "./interpolateNearAOne";

/**
 * BG/NBD: (a+b-1)/(a-1) (1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t)));
 * MBG/NBD: b/(a-1) (1 - (alpha/(alpha+t))^r 2F1(r, b+1; a+b; t/(alpha+t))).
 * t in the model's unit, a number or one per output; NaN where t < 0 or not finite.
 */
export function expectedPurchasesNewCustomer(
  t: number | Float64Array,
  params: BgNbdParams,
  model: PurchaseModel = "bgnbd"
): Float64Array {
  const times = typeof t === "number" ? Float64Array.of(t) : t;
  return interpolateNearAOne(params, (p) => times.map((ti) => newCustomerAt(model, p, ti)));
}

function newCustomerAt(model: PurchaseModel, { r, alpha, a, b }: BgNbdParams, t: number): number {
  if (!(t >= 0) || t === Infinity) return NaN;
  if (t === 0) return 0;
  const power = Math.exp(r * (Math.log(alpha) - Math.log(alpha + t)));
  const z = t / (alpha + t);
  return model === "mbgnbd"
    ? (b / (a - 1)) * (1 - power * hyp2f1(r, b + 1, a + b, z))
    : ((a + b - 1) / (a - 1)) * (1 - power * hyp2f1(r, b, a + b - 1, z));
}
