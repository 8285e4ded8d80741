// E[X(t)]: expected repeat purchases in (0, t] of a customer just acquired (FHL 2005 eq. 9;
// Batislam et al. 2007 for MBG/NBD).
import { hyp2f1 } from "../special/hyp2f1";
import { paretoNewCustomer } from "../pareto/paretoExpectations";
import type { BgNbdParams, PurchaseModel, PurchaseParams } from "../types";
import { bgNbdParams, paretoParams } from "./paramsOf";
import { interpolateNearAOne } from "./interpolateNearAOne";

/**
 * BG/NBD: (a+b-1)/(a-1) (1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t)));
 * Pareto/NBD: r beta / (alpha (s-1)) (1 - (beta/(beta+t))^(s-1)).
 * MBG/NBD: b/(a-1) (1 - (alpha/(alpha+t))^r 2F1(r, b+1; a+b; t/(alpha+t))).
 * t in the model's unit, a number or one per output; NaN where t < 0 or not finite.
 */
export function expectedPurchasesNewCustomer(
  t: number | Float64Array,
  params: PurchaseParams,
  model: PurchaseModel = "bgnbd"
): Float64Array {
  const times = typeof t === "number" ? Float64Array.of(t) : t;
  if (model === "pnbd") {
    const p = paretoParams(params);
    return times.map((ti) => paretoNewCustomer(p, ti));
  }
  return interpolateNearAOne(bgNbdParams(params), (p) =>
    times.map((ti) => newCustomerAt(model, p, ti))
  );
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
