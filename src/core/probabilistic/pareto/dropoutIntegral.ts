// The Pareto/NBD likelihood's dropout integral where its Gauss series crawls.
//
//   I = int_{t_x}^{T} (alpha+u)^-(r+x) (beta+u)^-(s+1) du
//
// paretoLogLikelihood takes I as a difference of two 2F1(m, .; m+1; z) (Fader and Hardie's note).
// Those series converge like (1 - y)^k with y = (min(alpha,beta) + u) / (max(alpha,beta) + u):
// when alpha and beta are far apart, y is tiny and they need some 37 / y terms (the optimiser
// visiting s = 80, beta = 2000 alpha asked for 100,000 per customer and hung). Substituting
// y(u) turns I into an incomplete beta integral over [y1, y2] = [y(t_x), y(T)]:
//
//   I = D^-m int_{y1}^{y2} t^-p (1 - t)^(m-1) dt,   D = |alpha - beta|,  m = r + s + x,
//   p = r + x when alpha < beta, s + 1 when alpha > beta,
//
// and expanding (1 - t)^(m-1) = sum_k c_k t^k, c_k = (1-m)_k / k!, integrates term by term into a
// series in y2 whose terms fall like ((m-1) y2)^k / k!: a few dozen terms exactly where the Gauss
// series needs tens of thousands. It is used where y2 is small and (m-1) y2 moderate (the
// alternating c_k then cancel little); elsewhere the Gauss series is the fast one.

const EPS = 1e-16;
/** Below this y2 the Gauss series needs more than ~1,000 terms: this series takes over. */
const SMALL_Y = 0.05;
/** (m-1) y2 above this: the alternating terms would cancel more than ~3 digits away. */
const MAX_SPREAD = 4;
/** p above this could overflow y^-p; the Gauss series handles large p quickly anyway. */
const MAX_P = 60;
const MAX_TERMS = 2000;

const { abs, exp, expm1, log, log1p } = Math;

/** ln I and d ln I / d (r, alpha, s, beta), or null where this series is not the one to use. */
export interface DropoutIntegral {
  log: number;
  gradient: Float64Array;
}

/**
 * phi(q) = (1 - e^-q) / q and its derivative, accurate through q = 0 (the 0/0 of a term whose
 * exponent k + 1 - p crosses zero).
 */
function phi(q: number): number {
  return q === 0 ? 1 : -expm1(-q) / q;
}

function phiPrime(q: number): number {
  if (abs(q) < 0.1) {
    // sum_{j>=1} (-1)^j j q^(j-1) / (j+1)!
    let sum = 0;
    let power = 1;
    let factorial = 2;
    for (let j = 1; j <= 12; j++) {
      sum += ((j % 2 === 1 ? -j : j) * power) / factorial;
      power *= q;
      factorial *= j + 2;
    }
    return sum;
  }
  return (exp(-q) * (1 + q) - 1) / (q * q);
}

/**
 * The integral by the y-series, into out (gradient in r, alpha, s, beta); null when the history
 * or the parameters are outside the region where it is the better series.
 */
export function dropoutIntegral(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  out: DropoutIntegral
): DropoutIntegral | null {
  if (alpha === beta) return null;
  const betaLarger = alpha < beta;
  const low = betaLarger ? alpha : beta;
  const high = betaLarger ? beta : alpha;
  const m = r + s + x;
  const p = betaLarger ? r + x : s + 1;
  const y1 = (low + tx) / (high + tx);
  const y2 = (low + T) / (high + T);
  if (!(y2 < SMALL_Y) || (m - 1) * y2 > MAX_SPREAD || p > MAX_P) return null;
  const lnY1 = log(y1);
  const lnY2 = log(y2);
  const L = lnY2 - lnY1; // ln(y2 / y1) >= 0
  if (!(L > 0)) return null;
  // G = y2^(1-p) S0, S0 = sum_k c_k y2^k h(e_k), e_k = k + 1 - p, h(e) = (1 - (y1/y2)^e) / e
  // = L phi(e L). dG/dp = -ln y2 G - y2^(1-p) S1 with S1 = sum c_k y2^k h'(e_k), h' = L^2 phi';
  // dG/dm = y2^(1-p) S2 with S2 = sum c'_k y2^k h(e_k), c'_k = dc_k / dm.
  let c = 1;
  let dc = 0;
  let power = 1;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let done = false;
  for (let k = 0; k < MAX_TERMS; k++) {
    const q = (k + 1 - p) * L;
    const h = L * phi(q);
    const hPrime = L * L * phiPrime(q);
    const t0 = c * power * h;
    const t1 = c * power * hPrime;
    const t2 = dc * power * h;
    s0 += t0;
    s1 += t1;
    s2 += t2;
    // Next coefficients: c_{k+1} = c_k (k+1-m) / (k+1).
    const ratio = (k + 1 - m) / (k + 1);
    dc = dc * ratio - c / (k + 1);
    c *= ratio;
    power *= y2;
    // Past the largest term every ratio stays below this bound, and |h| grows by at most L.
    const bound = abs(ratio) * y2 > y2 ? abs(ratio) * y2 : y2;
    if (bound < 1 && k > (m - 1) * y2) {
      const tail = bound / (1 - bound);
      const grow = 1 + L;
      if (
        (abs(t0) + abs(c * power * L)) * tail * grow <= EPS * abs(s0) &&
        (abs(t1) + abs(c * power * L * L)) * tail * grow <= EPS * (abs(s1) + abs(s0)) &&
        (abs(t2) + abs(dc * power * L)) * tail * grow <= EPS * (abs(s2) + abs(s0))
      ) {
        done = true;
        break;
      }
    }
  }
  if (!done || !(s0 > 0)) return null;
  const lnG = (1 - p) * lnY2 + log(s0);
  const lnD = log(high - low);
  out.log = -m * lnD + lnG;
  const gP = -lnY2 - s1 / s0;
  const gM = s2 / s0;
  // dG/dy at the ends, over G.
  const atY2 = exp(-p * lnY2 + (m - 1) * log1p(-y2) - lnG);
  const atY1 = -exp(-p * lnY1 + (m - 1) * log1p(-y1) - lnG);
  // dy/d(low) = 1 / (high + u), dy/d(high) = -(low + u) / (high + u)^2.
  const dLow = atY1 / (high + tx) + atY2 / (high + T);
  const dHigh = -(atY1 * y1) / (high + tx) - (atY2 * y2) / (high + T);
  const g = out.gradient;
  // d/dr and d/ds: m holds both; p holds r (alpha < beta) or s (alpha > beta). D = high - low.
  g[0] = -lnD + gM + (betaLarger ? gP : 0);
  g[2] = -lnD + gM + (betaLarger ? 0 : gP);
  const lowParam = m / (high - low) + dLow;
  const highParam = -m / (high - low) + dHigh;
  g[1] = betaLarger ? lowParam : highParam;
  g[3] = betaLarger ? highParam : lowParam;
  return out;
}
