// Simulates customers under BG/NBD or MBG/NBD, the way the models describe them: each customer
// buys at a Poisson rate lambda ~ Gamma(r, alpha) and drops out with probability p ~ Beta(a, b)
// after each repeat purchase (MBG/NBD: also right after the first one, at time 0).
import type { BgNbdParams, PurchaseModel } from "../types";
import { sampleGamma } from "./sampleGamma";

export interface SimulatedCustomers {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  /** Repeat purchases in (T, T + horizon]. */
  future: Float64Array;
  /** 1 when the customer had not dropped out by T. */
  alive: Uint8Array;
}

/**
 * One customer per entry of T (time from the first purchase to the end of observation), each
 * followed horizon units past T. uniform() must return values in [0, 1): pass a seeded generator
 * for reproducible runs.
 */
export function simulateBgNbd(
  params: BgNbdParams,
  T: Float64Array,
  uniform: () => number,
  options: { model?: PurchaseModel; horizon?: number } = {}
): SimulatedCustomers {
  const n = T.length;
  const horizon = options.horizon ?? 0;
  const out = noPurchasesYet(T);
  for (let i = 0; i < n; i++) {
    const lambda = sampleGamma(params.r, params.alpha, uniform);
    const gA = sampleGamma(params.a, 1, uniform);
    const p = gA / (gA + sampleGamma(params.b, 1, uniform));
    const end = T[i] + horizon;
    let alive = !(options.model === "mbgnbd" && uniform() < p);
    let diedAt = alive ? Infinity : 0;
    let time = 0;
    while (alive) {
      time -= Math.log(1 - uniform()) / lambda;
      if (time > end) break;
      if (time <= T[i]) {
        out.frequency[i]++;
        out.recency[i] = time;
      } else {
        out.future[i]++;
      }
      if (uniform() < p) {
        alive = false;
        diedAt = time;
      }
    }
    out.alive[i] = diedAt > T[i] ? 1 : 0;
  }
  return out;
}

/** One customer per entry of T, with no purchase, future or life recorded yet. */
export function noPurchasesYet(T: Float64Array): SimulatedCustomers {
  const n = T.length;
  return {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: Float64Array.from(T),
    future: new Float64Array(n),
    alive: new Uint8Array(n),
  };
}
