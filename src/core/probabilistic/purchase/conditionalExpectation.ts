// E[Y(t) | x, t_x, T]: expected repeat purchases in the next t units of a customer with history
// (x, t_x, T), for BG/NBD (Fader, Hardie and Lee 2005, eq. 10) and MBG/NBD (Batislam et al. 2007).
import { hyp2f1, hyp2f1Many } from "../special/hyp2f1";
import { paretoConditionalExpectation } from "../pareto/paretoExpectations";
import type { BgNbdParams, PurchaseModel, PurchaseParams } from "../types";
import { bgNbdParams, paretoParams } from "./paramsOf";
import { isValidHistory } from "./isValidHistory";
import { logOddsDropped } from "./logOddsDropped";

/**
 * With s = 0 (BG/NBD) or 1 (MBG/NBD), C = a + b + x + s - 1 and z = t / (alpha + T + t):
 *   E = C / (a - 1) * (1 - (1-z)^(r+x) 2F1(r+x, b+x+s; C; z)) / (1 + odds that the customer dropped out).
 * Euler's transformation turns (1-z)^(r+x) 2F1(r+x, b+x+s; C; z) into
 * (1-z)^(a-1) 2F1(C-r-x, a-1; C; z), whose parameters do not grow with x: for a frequent customer
 * the first form multiplies a huge 2F1 by a tiny power (both overflow), the second stays near 1.
 * Pareto/NBD (model "pnbd") has its own closed form: see paretoExpectations.
 * NaN for an invalid history or t < 0. At a = 1 the ratio is 0/0: see interpolateNearAOne.
 */
export function conditionalExpectation(
  model: PurchaseModel,
  params: PurchaseParams,
  t: number,
  x: number,
  tx: number,
  T: number
): number {
  if (model === "pnbd") return paretoConditionalExpectation(paretoParams(params), t, x, tx, T);
  const p = bgNbdParams(params);
  if (!isValidHistory(x, tx, T) || !(t >= 0) || t === Infinity) return NaN;
  if (t === 0) return 0;
  const odds = Math.exp(logOddsDropped(model, p, x, tx, T));
  return bgExpectedIfAlive(model, p, t, x, T) / (1 + odds);
}

// Local names (see hyp2f1Series): the CLV intervals call this for every node of every draw.
const { exp, log } = Math;

/**
 * The numerator above, C / (a - 1) (1 - (1-z)^(a-1) 2F1(C-r-x, a-1; C; z)): the expected
 * purchases of a customer still alive at T. It depends on the history through x and T only, so
 * the CLV intervals compute it on a grid of T per frequency (intervals/drawnPurchases.ts).
 * For t > 0 and a valid history; BG/NBD and MBG/NBD only.
 */
export function bgExpectedIfAlive(
  model: PurchaseModel,
  { r, alpha, a, b }: BgNbdParams,
  t: number,
  x: number,
  T: number
): number {
  const s = model === "mbgnbd" ? 1 : 0;
  const c = a + b + x + s - 1;
  const z = t / (alpha + T + t);
  const logOneMinusZ = log(alpha + T) - log(alpha + T + t);
  const stillToCome = 1 - exp((a - 1) * logOneMinusZ) * hyp2f1(c - r - x, a - 1, c, z);
  return (c / (a - 1)) * stillToCome;
}

/**
 * bgExpectedIfAlive at times ts[0..count) into out: the 2F1 of every t shares its parameters,
 * so hyp2f1Many sums them in one pass. Same formula, same figures to rounding.
 */
export function bgExpectedIfAliveMany(
  model: PurchaseModel,
  { r, alpha, a, b }: BgNbdParams,
  ts: Float64Array,
  x: number,
  T: number,
  out: Float64Array,
  count: number
): Float64Array {
  const s = model === "mbgnbd" ? 1 : 0;
  const c = a + b + x + s - 1;
  const base = alpha + T;
  const logBase = log(base);
  for (let k = 0; k < count; k++) out[k] = ts[k] / (base + ts[k]);
  hyp2f1Many(c - r - x, a - 1, c, out, out, count);
  for (let k = 0; k < count; k++) {
    const logOneMinusZ = logBase - log(base + ts[k]);
    out[k] = (c / (a - 1)) * (1 - exp((a - 1) * logOneMinusZ) * out[k]);
  }
  return out;
}
