// The Gamma-Gamma log-likelihood of the customers' mean spends, with its analytic gradient.
//
// Spend per transaction ~ Gamma(p, nu), nu ~ Gamma(q, v) across customers (Fader and Hardie 2013).
// The mean m of x transactions then has, after integrating nu out,
//   l = lnG(px+q) - lnG(px) - lnG(q) + q ln v + (px-1) ln m + px ln x - (px+q) ln(xm+v).
// The gamma-function terms and the sum of ln m depend on x alone and are taken once per distinct x;
// only ln(xm+v) is per customer.
import gammaln from "@stdlib/math-base-special-gammaln";
import digamma from "@stdlib/math-base-special-digamma";
import type { GammaGammaParams } from "../types";
import type { SpendData } from "./spendData";

/** Sum of the log-likelihoods; gradient (length 3) gets d/d ln p, d/d ln q, d/d ln v when given. */
export function spendLogLikelihood(
  d: SpendData,
  { p, q, v }: GammaGammaParams,
  gradient: Float64Array | null
): number {
  const lnV = Math.log(v);
  const lnGammaQ = gammaln(q);
  const psiQ = gradient ? digamma(q) : 0;
  let ll = 0;
  let dp = 0;
  let dq = 0;
  let dv = 0;
  for (let k = 0; k < d.distinctX.length; k++) {
    const x = d.distinctX[k];
    const w = d.countOfX[k];
    const px = p * x;
    const lnX = Math.log(x);
    ll += w * (gammaln(px + q) - gammaln(px) - lnGammaQ + q * lnV + px * lnX);
    ll += (px - 1) * d.sumLnMOfX[k];
    if (gradient) {
      const psiPxQ = digamma(px + q);
      dp += w * x * (psiPxQ - digamma(px) + lnX) + x * d.sumLnMOfX[k];
      dq += w * (psiPxQ - psiQ + lnV);
      dv += (w * q) / v;
    }
  }
  for (let i = 0; i < d.customers; i++) {
    const x = d.x[i];
    const total = x * d.m[i] + v;
    const lnTotal = Math.log(total);
    ll -= (p * x + q) * lnTotal;
    if (gradient) {
      dp -= x * lnTotal;
      dq -= lnTotal;
      dv -= (p * x + q) / total;
    }
  }
  if (gradient) {
    gradient[0] = dp * p;
    gradient[1] = dq * q;
    gradient[2] = dv * v;
  }
  return ll;
}
