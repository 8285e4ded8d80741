// The log-odds that a customer has dropped out, given the history: P(alive) = 1 / (1 + odds).
import type { BgNbdParams, PurchaseModel } from "../types";

/**
 * BG/NBD: ln(a / (b + x - 1)) + (r + x) ln((alpha + T) / (alpha + t_x)) for x > 0, and -Infinity
 * for x = 0 (a BG/NBD customer can only drop out right after a repeat purchase, so one without
 * any is alive for sure). MBG/NBD lets customers drop out right after the first purchase too:
 * ln(a / (b + x)) + the same power term, for every x. Kept in log space: the power overflows for
 * frequent customers whose last purchase is long past.
 */
export function logOddsDropped(
  model: PurchaseModel,
  { r, alpha, a, b }: BgNbdParams,
  x: number,
  tx: number,
  T: number
): number {
  const s = model === "mbgnbd" ? 1 : 0;
  if (s === 0 && x === 0) return -Infinity;
  return Math.log(a / (b + x + s - 1)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
}
