// 2F1 for z near 1 through the connection formula to 1 - z (Abramowitz and Stegun 15.3.6), where the
// Gauss series would need thousands of terms.
import gammaln from "@stdlib/math-base-special-gammaln";
import { gammaSign } from "./gammaSign";
import { hyp2f1Series } from "./hyp2f1Series";

const MAX_TERMS = 5000;
/** By default, when the two terms cancel to below this fraction of their size, too many digits are lost. */
const CANCELLATION = 1e-3;

/**
 * 2F1(a,b;c;z) = A1 2F1(a,b;1-m;1-z) + A2 (1-z)^m 2F1(c-a,c-b;1+m;1-z), m = c-a-b, with
 * A1 = Γ(c)Γ(m)/(Γ(c-a)Γ(c-b)) and A2 = Γ(c)Γ(-m)/(Γ(a)Γ(b)). Valid for 0 < z < 1 and m not an
 * integer (the caller keeps m away from integers: A1 and A2 both diverge there and cancel). The
 * coefficients are built in log space with their signs so that large parameters do not overflow
 * before the factors meet. NaN when the two terms cancel (large parameters): the caller then sums
 * the series instead, which is slow there but exact.
 */
export function hyp2f1NearOne(
  a: number,
  b: number,
  c: number,
  z: number,
  cancellation = CANCELLATION
): number {
  const m = c - a - b;
  const y = 1 - z;
  const first = connectionTerm(c, m, c - a, c - b, 0, () =>
    hyp2f1Series(a, b, 1 - m, y, MAX_TERMS)
  );
  const second = connectionTerm(c, -m, a, b, m * Math.log(y), () =>
    hyp2f1Series(c - a, c - b, 1 + m, y, MAX_TERMS)
  );
  const sum = first + second;
  return Math.abs(sum) < cancellation * (Math.abs(first) + Math.abs(second)) ? NaN : sum;
}

/** Γ(c)Γ(g) / (Γ(d1)Γ(d2)) * exp(logFactor) * series(), zero when 1/Γ(d1) or 1/Γ(d2) is. */
function connectionTerm(
  c: number,
  g: number,
  d1: number,
  d2: number,
  logFactor: number,
  series: () => number
): number {
  const sign = gammaSign(c) * gammaSign(g) * gammaSign(d1) * gammaSign(d2);
  if (sign === 0) return 0;
  const f = series();
  if (f === 0) return 0;
  const logMagnitude =
    gammaln(c) + gammaln(g) - gammaln(d1) - gammaln(d2) + logFactor + Math.log(Math.abs(f));
  return sign * Math.sign(f) * Math.exp(logMagnitude);
}
