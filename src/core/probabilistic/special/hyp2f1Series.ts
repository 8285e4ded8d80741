// The Gauss series of 2F1 summed term by term, with a stopping rule that bounds the tail.

const EPS = 1e-16;

// Local names: where the global object is a sandbox's (jest's vm context) each `Math.` lookup in
// this loop is slow enough to make the CLV intervals' thousands of calls take many seconds.
const { abs, max } = Math;

/**
 * Sum of (a)_n (b)_n / ((c)_n n!) z^n, or NaN if maxTerms terms do not reach double precision.
 * Stops only once no Pochhammer factor can still change sign (a parameter below zero can make
 * tiny early terms grow again after n passes -a) and the remaining terms, bounded by a geometric
 * series with the current ratio (or |z|, its limit), are below EPS of the sum.
 */
export function hyp2f1Series(a: number, b: number, c: number, z: number, maxTerms: number): number {
  const settled = max(0, -a, -b, -c);
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
    if (term === 0) return sum; // a or b a non-positive integer: a polynomial
    if (n + 1 < settled) continue;
    const next = abs(((a + n + 1) * (b + n + 1) * z) / ((c + n + 1) * (n + 2)));
    const ratio = max(next, abs(z));
    if (ratio < 1 && (abs(term) * ratio) / (1 - ratio) <= EPS * abs(sum)) return sum;
  }
  return NaN;
}
