// Pareto/NBD predictions for one customer (Schmittlein, Morrison and Colombo 1987; Fader and
// Hardie's 2005 note): P(alive) and the expected purchases in the next t units, and those of a
// customer just acquired.
import { isValidHistory } from "../purchase/isValidHistory";
import type { ParetoNbdParams } from "../types";
import { dropoutIntegral, type DropoutIntegral } from "./dropoutIntegral";
import { paretoRow } from "./paretoLogLikelihood";
import { shiftedHyp2f1, type ShiftedHyp2f1 } from "./shiftedHyp2f1";

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
  return paretoExpectedIfAlive(p, t, x, T) * paretoPAlive(p, x, tx, T);
}

/** (r+x)(beta+T) / (alpha+T) * exposure: E[Y(t)] of a customer alive at T, for t > 0. */
export function paretoExpectedIfAlive(p: ParetoNbdParams, t: number, x: number, T: number): number {
  const rate = ((p.r + x) * (p.beta + T)) / (p.alpha + T);
  return rate * exposure(p.s, p.beta + T, t);
}

/** E[X(t)] of a new customer: r beta / alpha * exposure from beta. */
export function paretoNewCustomer(p: ParetoNbdParams, t: number): number {
  if (!(t >= 0) || t === Infinity) return NaN;
  if (t === 0) return 0;
  return ((p.r * p.beta) / p.alpha) * exposure(p.s, p.beta, t);
}

const scratch: ShiftedHyp2f1 = { log: 0, dm: 0, db: 0, dz: 0, steps: 0 };

/**
 * ln K(u), K(u) = int_u^inf (alpha+v)^-(r+x+1) (beta+v)^-s dv = (alpha+u)^-m F(z) / m with
 * m = r+s+x, F = 2F1(m, s; m+1; .) and z = (alpha-beta)/(alpha+u): expand (beta+v)^-s in powers
 * of z and integrate term by term (the same series as the likelihood's J, with s for s + 1).
 */
function logK(p: ParetoNbdParams, m: number, u: number): number {
  const y = p.alpha + u;
  return (
    -m * Math.log(y) - Math.log(m) + shiftedHyp2f1(m, p.s, (p.alpha - p.beta) / y, scratch).log
  );
}

const yScratch: DropoutIntegral = { log: 0, gradient: new Float64Array(4) };

/**
 * ln (K(T) - K(T + t)) = ln int_T^{T+t} (alpha+u)^-(r+x+1) (beta+u)^-s du by dropoutIntegral's
 * y-series, the fast one where alpha and beta are far apart (there the Gauss series behind K
 * needs hundreds of thousands of terms and gives up); null elsewhere. dropoutIntegral integrates
 * (alpha+u)^-(r'+x') (beta+u)^-(s'+1): here r' + x' = r + x + 1 and s' + 1 = s.
 */
function logWithin(p: ParetoNbdParams, t: number, x: number, T: number): number | null {
  const got = dropoutIntegral(p.r, p.alpha, p.s - 1, p.beta, x + 1, T, T + t, yScratch);
  return got === null ? null : got.log;
}

/**
 * P(a purchase in (T, T + t] | alive at T): given alive, lambda ~ Gamma(r+x, alpha+T) and
 * mu ~ Gamma(s, beta+T), and the first of the next purchase and the dropout is a purchase before
 * t with probability E[lambda / (lambda+mu) (1 - e^-(lambda+mu) t)]
 *   = int_0^t E[lambda e^(-lambda u)] E[e^(-mu u)] du
 *   = (r+x) (alpha+T)^(r+x) (beta+T)^s (K(T) - K(T+t)).
 * NaN where neither series converges.
 */
export function paretoPurchaseWithin(p: ParetoNbdParams, t: number, x: number, T: number): number {
  if (t === 0) return 0;
  const rx = p.r + x;
  const m = rx + p.s;
  const lnScale = Math.log(rx) + rx * Math.log(p.alpha + T) + p.s * Math.log(p.beta + T);
  const lnDifference = logWithin(p, t, x, T);
  let within: number;
  if (lnDifference !== null) within = Math.exp(lnScale + lnDifference);
  else {
    const lnKT = logK(p, m, T);
    const lnKEnd = logK(p, m, T + t);
    within = Math.exp(lnScale + lnKT) * -Math.expm1(lnKEnd - lnKT);
  }
  return Math.min(Math.max(within, 0), 1);
}
