// The Pareto/NBD log-likelihood over grouped histories, with its analytic gradient.
//
// Per customer (Schmittlein, Morrison and Colombo 1987; Fader and Hardie's 2005 note on it):
//   L = G(r+x) alpha^r beta^s / G(r) * ( P + s I ),
//   P = (alpha+T)^-(r+x) (beta+T)^-s                              alive at T
//   I = int_{t_x}^{T} (alpha+u)^-(r+x) (beta+u)^-(s+1) du            dropped out between t_x and T
//     = ( J(t_x) - J(T) ) / m,  J(u) = (alpha+u)^-m F((alpha-beta)/(alpha+u)),  m = r+s+x,
// with F = 2F1(m, s+1; m+1; .) from shiftedHyp2f1 (the note's A0 is m I). Everything is kept in
// logarithms and the difference J(t_x) - J(T) is taken relative to J(t_x), so the powers that
// under- or overflow for frequent customers (x = 1000) never appear on their own.
import gammaln from "@stdlib/math-base-special-gammaln";
import digamma from "@stdlib/math-base-special-digamma";
import type { GroupedHistories } from "../purchase/groupHistories";
import type { ParetoNbdParams } from "../types";
import { dropoutIntegral, type DropoutIntegral } from "./dropoutIntegral";
import { shiftedHyp2f1, type ShiftedHyp2f1 } from "./shiftedHyp2f1";

/** ln(P + s I) of one history and the probability of its alive branch, P / (P + s I). */
export interface ParetoRow {
  logBracket: number;
  pAlive: number;
  /** d ln(P + s I) / d (r, alpha, s, beta) when asked for. */
  gradient: Float64Array | null;
}

// Local names for Math's functions: the likelihood calls them about 15 times per customer and
// evaluation, and where the global object is a sandbox's (jest's vm context) each `Math.` lookup
// is slow enough to make a 25,000-customer fit take minutes instead of seconds.
const { exp, log, log1p, min } = Math;

const scratch1: ShiftedHyp2f1 = { log: 0, dm: 0, db: 0, dz: 0, steps: 0 };
const scratch2: ShiftedHyp2f1 = { log: 0, dm: 0, db: 0, dz: 0, steps: 0 };
const g1 = new Float64Array(4);
const g2 = new Float64Array(4);

/** ln J(u) and its gradient in (r, alpha, s, beta) into g. */
function logJ(p: ParetoNbdParams, m: number, u: number, f: ShiftedHyp2f1, g: Float64Array): number {
  const y = p.alpha + u;
  const lnY = log(y);
  const z = (p.alpha - p.beta) / y;
  shiftedHyp2f1(m, p.s + 1, z, f);
  g[0] = -lnY + f.dm;
  g[1] = -m / y + (f.dz * (p.beta + u)) / (y * y);
  g[2] = -lnY + f.dm + f.db;
  g[3] = -f.dz / y;
  return -m * lnY + f.log;
}

const dropout: DropoutIntegral = { log: 0, gradient: new Float64Array(4) };
/** d ln(s I) / d (r, alpha, s, beta) of the last logDropout asked for a gradient. */
const gSI = new Float64Array(4);

/**
 * The last J(t_x) and where it was taken (g1 still holds its gradient). Histories come sorted by
 * (x, t_x, T), so runs of rows share x and t_x (every customer without a repeat purchase has
 * x = t_x = 0): their J(t_x), half the series of a row, is taken once per run.
 */
const lastJ1 = { r: NaN, alpha: NaN, s: NaN, beta: NaN, m: NaN, tx: NaN, value: NaN };

function sameJ1(p: ParetoNbdParams, m: number, tx: number): boolean {
  const l = lastJ1;
  return (
    l.tx === tx &&
    l.m === m &&
    l.r === p.r &&
    l.alpha === p.alpha &&
    l.s === p.s &&
    l.beta === p.beta
  );
}

function rememberJ1(p: ParetoNbdParams, m: number, tx: number, value: number): number {
  const l = lastJ1;
  l.r = p.r;
  l.alpha = p.alpha;
  l.s = p.s;
  l.beta = p.beta;
  l.m = m;
  l.tx = tx;
  l.value = value;
  return value;
}

/**
 * ln(s I), I the dropout integral (T > t_x), and its gradient into gSI when asked. Where alpha and
 * beta are far apart the Gauss series crawl and dropoutIntegral's series takes over.
 */
function logDropout(
  p: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
  withGradient: boolean
): number {
  const { r, alpha, s, beta } = p;
  const m = r + s + x;
  const fast = dropoutIntegral(r, alpha, s, beta, x, tx, T, dropout);
  if (fast !== null) {
    if (withGradient) {
      gSI.set(fast.gradient);
      gSI[2] += 1 / s;
    }
    return log(s) + fast.log;
  }
  const lnJ1 = sameJ1(p, m, tx) ? lastJ1.value : rememberJ1(p, m, tx, logJ(p, m, tx, scratch1, g1));
  const lnJ2 = logJ(p, m, T, scratch2, g2);
  // J(t_x) > J(T) exactly (the integrand is positive); rounding could say otherwise at T ~ t_x.
  const e = min(exp(lnJ2 - lnJ1), 1 - 1e-16);
  if (withGradient) {
    const k = 1 / (1 - e);
    gSI[0] = (g1[0] - e * g2[0]) * k - 1 / m;
    gSI[1] = (g1[1] - e * g2[1]) * k;
    gSI[2] = (g1[2] - e * g2[2]) * k - 1 / m + 1 / s;
    gSI[3] = (g1[3] - e * g2[3]) * k;
  }
  return log(s) + lnJ1 - log(m) + log1p(-e);
}

/** The bracket P + s I of one customer, in logarithms; gradient filled when given. */
export function paretoRow(
  p: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
  gradient: Float64Array | null
): ParetoRow {
  const { r, alpha, s, beta } = p;
  const rx = r + x;
  const lnP = -rx * log(alpha + T) - s * log(beta + T);
  if (!(T > tx)) {
    if (gradient) {
      gradient[0] = -log(alpha + T);
      gradient[1] = -rx / (alpha + T);
      gradient[2] = -log(beta + T);
      gradient[3] = -s / (beta + T);
    }
    return { logBracket: lnP, pAlive: 1, gradient };
  }
  const lnSI = logDropout(p, x, tx, T, gradient !== null);
  const hi = lnP > lnSI ? lnP : lnSI;
  const logBracket = hi + log(exp(lnP - hi) + exp(lnSI - hi));
  const pAlive = exp(lnP - logBracket);
  if (gradient) {
    const wI = 1 - pAlive;
    gradient[0] = pAlive * -log(alpha + T) + wI * gSI[0];
    gradient[1] = pAlive * (-rx / (alpha + T)) + wI * gSI[1];
    gradient[2] = pAlive * -log(beta + T) + wI * gSI[2];
    gradient[3] = pAlive * (-s / (beta + T)) + wI * gSI[3];
  }
  return { logBracket, pAlive, gradient };
}

/**
 * Sum of weight x log-likelihood. gradient (length 4), when given, receives the derivatives with
 * respect to ln r, ln alpha, ln s, ln beta (the fit works on log-parameters).
 */
export function paretoLogLikelihood(
  g: GroupedHistories,
  p: ParetoNbdParams,
  gradient: Float64Array | null
): number {
  const { r, alpha, s, beta } = p;
  const lnGammaR = gammaln(r);
  const psiR = gradient ? digamma(r) : 0;
  const lnAlpha = log(alpha);
  const lnBeta = log(beta);
  let ll = 0;
  let dr = 0;
  let dAlpha = 0;
  let ds = 0;
  let dBeta = 0;
  for (let j = 0; j < g.distinctX.length; j++) {
    const x = g.distinctX[j];
    const w = g.weightOfX[j];
    ll += w * (gammaln(r + x) - lnGammaR + r * lnAlpha + s * lnBeta);
    if (gradient) {
      dr += w * (digamma(r + x) - psiR + lnAlpha);
      dAlpha += (w * r) / alpha;
      ds += w * lnBeta;
      dBeta += (w * s) / beta;
    }
  }
  const rowGradient = gradient ? new Float64Array(4) : null;
  for (let i = 0; i < g.rows; i++) {
    const w = g.weight[i];
    const row = paretoRow(p, g.x[i], g.tx[i], g.T[i], rowGradient);
    ll += w * row.logBracket;
    if (rowGradient) {
      dr += w * rowGradient[0];
      dAlpha += w * rowGradient[1];
      ds += w * rowGradient[2];
      dBeta += w * rowGradient[3];
    }
  }
  if (gradient) {
    gradient[0] = dr * r;
    gradient[1] = dAlpha * alpha;
    gradient[2] = ds * s;
    gradient[3] = dBeta * beta;
  }
  return ll;
}
