// Pareto/NBD predictions for one customer (Schmittlein, Morrison and Colombo 1987; Fader and
// Hardie's 2005 note): P(alive) and the expected purchases in the next t units, and those of a
// customer just acquired.
import { isValidHistory } from "../purchase/isValidHistory";
import type { ParetoNbdParams } from "../types";
import { paretoRow } from "./paretoLogLikelihood";

/**
 * (1 - (1 + t/base)^-(s-1)) / (s - 1), which tends to ln(1 + t/base) as s -> 1: the expected
 * lifetime exposure in the next t units (the 0/0 at s = 1 is removable, so it is taken in that
 * form instead of with the division).
 */
function exposure(s: number, base: number, t: number): number {
  const log = Math.log1p(t / base);
  const k = s - 1;
  return Math.abs(k * log) < 1e-10 ? log * (1 - (k * log) / 2) : -Math.expm1(-k * log) / k;
}

/** P(alive | x, t_x, T) = P / (P + s I): the share of the likelihood's alive branch. */
export function paretoPAlive(p: ParetoNbdParams, x: number, tx: number, T: number): number {
  if (!isValidHistory(x, tx, T)) return NaN;
  return paretoRow(p, x, tx, T, null).pAlive;
}

/** E[Y(t) | x, t_x, T] = (r+x)(beta+T) / (alpha+T) * exposure * P(alive); NaN for t < 0. */
export function paretoConditionalExpectation(
  p: ParetoNbdParams,
  t: number,
  x: number,
  tx: number,
  T: number
): number {
  if (!isValidHistory(x, tx, T) || !(t >= 0) || t === Infinity) return NaN;
  if (t === 0) return 0;
  const rate = ((p.r + x) * (p.beta + T)) / (p.alpha + T);
  return rate * exposure(p.s, p.beta + T, t) * paretoPAlive(p, x, tx, T);
}

/** E[X(t)] of a new customer: r beta / alpha * exposure from beta. */
export function paretoNewCustomer(p: ParetoNbdParams, t: number): number {
  if (!(t >= 0) || t === Infinity) return NaN;
  if (t === 0) return 0;
  return ((p.r * p.beta) / p.alpha) * exposure(p.s, p.beta, t);
}
