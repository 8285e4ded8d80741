// The BG/NBD and MBG/NBD log-likelihood over grouped histories, with its analytic gradient.
//
// Per customer (Fader, Hardie and Lee 2005, eq. 6; Batislam et al. 2007), with s = 0 for BG/NBD
// and s = 1 for MBG/NBD (whose customers may also drop out right after the first purchase):
//   l = lnG(r+x) - lnG(r) + r ln(alpha)                               (A1)
//     + lnG(a+b) + lnG(b+x+s) - lnG(b) - lnG(a+b+x+s)                (A2)
//     + logaddexp(P, Q),  P = -(r+x) ln(alpha+T),
//                         Q = ln(a) - ln(b+x+s-1) - (r+x) ln(alpha+t_x)   (only x > 0 when s = 0)
// Every term stays in log space: the products of gamma functions and powers of (alpha+T) that
// the paper writes overflow for frequent customers. A1 and A2 depend on x alone and are computed
// once per distinct x; only P and Q are per row.
import gammaln from "@stdlib/math-base-special-gammaln";
import digamma from "@stdlib/math-base-special-digamma";
import type { BgNbdParams, PurchaseModel } from "../types";
import type { GroupedHistories } from "./groupHistories";

/**
 * Sum of weight x log-likelihood. When gradient (length 4) is given, it receives the derivatives
 * with respect to ln r, ln alpha, ln a, ln b: the fit works on log-parameters so that every step
 * stays positive.
 */
export function groupedLogLikelihood(
  model: PurchaseModel,
  g: GroupedHistories,
  { r, alpha, a, b }: BgNbdParams,
  gradient: Float64Array | null
): number {
  const s = model === "mbgnbd" ? 1 : 0;
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  const lnGammaR = gammaln(r);
  const lnBetaTerm = gammaln(a + b) - gammaln(b);
  const psiR = gradient ? digamma(r) : 0;
  const psiAB = gradient ? digamma(a + b) : 0;
  const psiB = gradient ? digamma(b) : 0;

  let ll = 0;
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  // Terms that depend on x alone, weighted by the customers with that x.
  const k = g.distinctX.length;
  const lnQConst = new Float64Array(k);
  const dQdb = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const x = g.distinctX[j];
    const w = g.weightOfX[j];
    ll +=
      w *
      (gammaln(r + x) -
        lnGammaR +
        r * lnAlpha +
        lnBetaTerm +
        gammaln(b + x + s) -
        gammaln(a + b + x + s));
    lnQConst[j] = lnA - Math.log(b + x + s - 1);
    dQdb[j] = -1 / (b + x + s - 1);
    if (gradient) {
      const psiABX = digamma(a + b + x + s);
      dr += w * (digamma(r + x) - psiR + lnAlpha);
      dAlpha += (w * r) / alpha;
      da += w * (psiAB - psiABX);
      db += w * (psiAB + digamma(b + x + s) - psiB - psiABX);
    }
  }

  for (let i = 0; i < g.rows; i++) {
    const x = g.x[i];
    const w = g.weight[i];
    const rx = r + x;
    const lnT = Math.log(alpha + g.T[i]);
    const p = -rx * lnT;
    if (s === 0 && x === 0) {
      ll += w * p;
      if (gradient) {
        dr -= w * lnT;
        dAlpha -= (w * rx) / (alpha + g.T[i]);
      }
      continue;
    }
    const j = g.xIndex[i];
    const lnTx = Math.log(alpha + g.tx[i]);
    const q = lnQConst[j] - rx * lnTx;
    // logaddexp(p, q) and the share of the Q branch, exp(q) / (exp(p) + exp(q)), without overflow.
    const hi = p > q ? p : q;
    const e = Math.exp(-Math.abs(p - q));
    ll += w * (hi + Math.log1p(e));
    if (gradient) {
      const shareQ = q > p ? 1 / (1 + e) : e / (1 + e);
      const shareP = 1 - shareQ;
      dr -= w * (shareP * lnT + shareQ * lnTx);
      dAlpha -= w * rx * (shareP / (alpha + g.T[i]) + shareQ / (alpha + g.tx[i]));
      da += (w * shareQ) / a;
      db += w * shareQ * dQdb[j];
    }
  }
  if (gradient) {
    gradient[0] = dr * r;
    gradient[1] = dAlpha * alpha;
    gradient[2] = da * a;
    gradient[3] = db * b;
  }
  return ll;
}
