// F(z) = 2F1(m, b; m + 1; z) for z < 1, with the derivatives of ln F in m, b and z: the
// hypergeometric term of the Pareto/NBD likelihood (Fader and Hardie's note on it), where
// m = r + s + x grows with the customer's purchases and b = s + 1.
//
// With c = a + 1 the Gauss series is sum_k m / (m + k) (b)_k z^k / k!: every term is at most the
// matching term of (1 - z)^-b, so F stays between 0 and (1 - z)^-b whatever m is and nothing
// overflows for frequent customers (x = 1000 is as easy as x = 1). For z < -1/2 Pfaff's
// transformation F = (1 - z)^-b 2F1(1, b; m + 1; w), w = z / (z - 1) in (1/3, 1), gives a series
// of positive terms. The derivatives come from the same pass: each term's logarithmic derivative
// in m, b and z is a running sum, so the likelihood's analytic gradient costs no extra series.
//
// Both series crawl where z (or w) nears 1, about 37 / (1 - z) terms, and the direct one also
// where b z is large (its terms grow for about b z steps first) and cancels where b is large and
// z < 0 (alternating terms far larger than their sum). A fit running off towards the Poisson
// limit (r and alpha, or s and beta, growing together) lives there: rfm_data_orders.csv asked for
// 20,000 terms per customer and evaluation, and took 100 s. Where a series has not converged
// within SERIES_TERMS terms, or has cancelled, F is taken instead from Gauss's continued fraction
// of the same function written as 2F1(a, 1; c + 1; .) (hyp2f1OneCf): by Euler's transformation
// F = (1 - z)^(1-b) 2F1(m + 1 - b, 1; m + 1; z), and Pfaff's above. Where the series converge
// quickly they are kept: the figures there are exactly those of before.
import { hyp2f1OneCf, type LogHyp2f1One } from "./hyp2f1OneCf";

const EPS = 1e-16;
/**
 * Beyond this many terms the continued fraction is the faster (a few dozen steps, mostly). No
 * lower: CDNOW's fit takes some series up to here, and keeps its figures to the last digit.
 */
const SERIES_TERMS = 200;
/**
 * A series whose terms fall no faster than q^k needs more than SERIES_TERMS terms when
 * -ln q < CERTAINLY_LONG / SERIES_TERMS: it is not started (its terms' other factors, m / (m + k)
 * at worst, buy back less than 11 of the 36.8 e-folds that 1e-16 asks).
 */
const CERTAINLY_LONG = 25;
/**
 * Largest term over the sum the direct series may carry for z < 0: beyond, its alternating terms
 * have cancelled more than 3 of the 16 digits.
 */
const MAX_CANCELLATION = 1e3;

export interface ShiftedHyp2f1 {
  /** ln F; NaN when neither a series nor the continued fraction converged. */
  log: number;
  /** d ln F / dm, d ln F / db, d ln F / dz. */
  dm: number;
  db: number;
  dz: number;
  /** Series terms and continued-fraction steps this value took: its cost, for tests to bound. */
  steps: number;
}

export function shiftedHyp2f1(m: number, b: number, z: number, out: ShiftedHyp2f1): ShiftedHyp2f1 {
  if (z === 0) {
    out.log = 0;
    out.dm = 0;
    out.db = 0;
    out.dz = (m * b) / (m + 1);
    out.steps = 0;
    return out;
  }
  out.steps = 0;
  if (z < -0.5) {
    // The Pfaff series' ratio (b + k) w / (m + 1 + k) is at least b w / (m + 1) (b <= m + 1).
    const slowest = (b * (z / (z - 1))) / (m + 1);
    if (certainlyLong(slowest)) return pfaffFraction(m, b, z, out);
    return pfaffSeries(m, b, z, out) ? out : pfaffFraction(m, b, z, out);
  }
  // The direct series' terms fall no faster than z^k for z > 0 (b >= 1), and its terms rise for
  // about (b - 1) z / (1 - z) steps first (the mode of the negative binomial they follow).
  if (z > 0 && (certainlyLong(z) || ((b - 1) * z) / (1 - z) > SERIES_TERMS)) {
    return eulerFraction(m, b, z, out);
  }
  return directSeries(m, b, z, out) ? out : eulerFraction(m, b, z, out);
}

/** Terms falling no faster than q^k (0 < q < 1) need more than SERIES_TERMS of them. */
function certainlyLong(q: number): boolean {
  return -Math.log(q) * SERIES_TERMS < CERTAINLY_LONG;
}

const cf: LogHyp2f1One = { log: 0, da: 0, dc: 0, dx: 0, steps: 0 };

/** F = (1 - z)^(1-b) G(m + 1 - b, m, z), G(a, c, x) = 2F1(a, 1; c + 1; x) (Euler). */
function eulerFraction(m: number, b: number, z: number, out: ShiftedHyp2f1): ShiftedHyp2f1 {
  hyp2f1OneCf(m + 1 - b, m, z, cf);
  const log1mz = Math.log1p(-z);
  out.log = (1 - b) * log1mz + cf.log;
  out.dm = cf.da + cf.dc;
  out.db = -log1mz - cf.da;
  out.dz = (b - 1) / (1 - z) + cf.dx;
  out.steps += cf.steps;
  return out;
}

/** F = (1 - z)^-b G(b, m, w), w = z / (z - 1) (Pfaff). */
function pfaffFraction(m: number, b: number, z: number, out: ShiftedHyp2f1): ShiftedHyp2f1 {
  hyp2f1OneCf(b, m, z / (z - 1), cf);
  const log1mz = Math.log1p(-z);
  out.log = -b * log1mz + cf.log;
  out.dm = cf.dc;
  out.db = -log1mz + cf.da;
  // dw/dz = -1 / (z - 1)^2
  out.dz = b / (1 - z) - cf.dx / ((z - 1) * (z - 1));
  out.steps += cf.steps;
  return out;
}

// Both series carry each term's ratio to the next from one iteration to the following (it is
// also the stopping rule's), and the tail test is multiplied out: divisions are most of a term's
// cost, and these loops run a few dozen times per customer, twice per evaluation.

/**
 * sum_k t_k, t_k = m / (m + k) (b)_k z^k / k!, -1/2 <= z < 1, into out; false (only out.steps set)
 * when it needs more than SERIES_TERMS terms or has cancelled.
 */
function directSeries(m: number, b: number, z: number, out: ShiftedHyp2f1): boolean {
  let term = 1;
  let sum = 1;
  let sumM = 0; // sum t_k (1/m - 1/(m + k)) = sum t_k k / (m (m + k))
  let sumB = 0; // sum t_k H_k, H_k = sum_{j<k} 1 / (b + j)
  let sumK = 0; // sum k t_k
  let harmonic = 0;
  // t_{k+1} / t_k = (m + k)(b + k) z / ((m + k + 1)(k + 1)), here for k = 0.
  let ratio = (m * b * z) / (m + 1);
  let biggest = 1;
  for (let k = 0; k < SERIES_TERMS; k++) {
    harmonic += 1 / (b + k);
    term *= ratio;
    const n = k + 1;
    sum += term;
    sumM += (term * n) / (m * (m + n));
    sumB += term * harmonic;
    sumK += n * term;
    ratio = ((m + n) * (b + n) * z) / ((m + n + 1) * (n + 1));
    // Absolute values by comparison, not Math.abs: this loop runs some 30 times per customer and
    // evaluation, and a global lookup per term is slow in a sandboxed global (jest's vm context).
    const next = ratio < 0 ? -ratio : ratio;
    const size = term < 0 ? -term : term;
    if (size > biggest) biggest = size;
    const total = sum < 0 ? -sum : sum;
    if (next < 1 && size * (n + 1) * next <= EPS * total * (1 - next)) {
      if (biggest > MAX_CANCELLATION * total) {
        out.steps = n;
        return false;
      }
      out.log = Math.log(sum);
      out.dm = sumM / sum;
      out.db = sumB / sum;
      out.dz = sumK / z / sum;
      out.steps = n;
      return true;
    }
  }
  out.steps = SERIES_TERMS;
  return false;
}

/**
 * (1 - z)^-b sum_k g_k, g_k = (b)_k / (m + 1)_k w^k, w = z / (z - 1), z < -1/2, into out; false
 * (only out.steps set) when it needs more than SERIES_TERMS terms.
 */
function pfaffSeries(m: number, b: number, z: number, out: ShiftedHyp2f1): boolean {
  const w = z / (z - 1);
  let term = 1;
  let sum = 1;
  let sumM = 0; // sum g_k * -(sum_{j<k} 1 / (m + 1 + j))
  let sumB = 0; // sum g_k H_k
  let sumK = 0;
  let harmonicB = 0;
  let harmonicM = 0;
  // g_{k+1} / g_k = (b + k) w / (m + 1 + k), here for k = 0.
  let ratio = (b * w) / (m + 1);
  for (let k = 0; k < SERIES_TERMS; k++) {
    harmonicB += 1 / (b + k);
    harmonicM += 1 / (m + 1 + k);
    term *= ratio;
    const n = k + 1;
    sum += term;
    sumM -= term * harmonicM;
    sumB += term * harmonicB;
    sumK += n * term;
    ratio = ((b + n) * w) / (m + 1 + n);
    if (ratio < 1 && term * (n + 1) * ratio <= EPS * sum * (1 - ratio)) {
      const log1mz = Math.log1p(-z);
      out.log = -b * log1mz + Math.log(sum);
      out.dm = sumM / sum;
      out.db = -log1mz + sumB / sum;
      // dw/dz = -1 / (z - 1)^2
      out.dz = b / (1 - z) - sumK / w / sum / ((z - 1) * (z - 1));
      out.steps = n;
      return true;
    }
  }
  out.steps = SERIES_TERMS;
  return false;
}
