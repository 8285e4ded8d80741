// F(z) = 2F1(m, b; m + 1; z) for z < 1, with the derivatives of ln F in m, b and z: the
// hypergeometric term of the Pareto/NBD likelihood (Fader and Hardie's note on it), where
// m = r + s + x grows with the customer's purchases and b = s + 1 stays small.
//
// With c = a + 1 the Gauss series is sum_k m / (m + k) (b)_k z^k / k!: every term is at most the
// matching term of (1 - z)^-b, so F stays between 0 and (1 - z)^-b whatever m is and nothing
// overflows for frequent customers (x = 1000 is as easy as x = 1). For z < -1/2 Pfaff's
// transformation F = (1 - z)^-b 2F1(1, b; m + 1; w), w = z / (z - 1) in (1/3, 1), gives a series
// of positive terms. The derivatives come from the same pass: each term's logarithmic derivative
// in m, b and z is a running sum, so the likelihood's analytic gradient costs no extra series.

const EPS = 1e-16;
/**
 * Enough for z up to about 0.998 (dropoutIntegral takes the likelihood where alpha and beta are
 * far apart); beyond, the likelihood reports NaN, the fit steps back, and a fit left with nothing
 * but such steps says it did not converge.
 */
const MAX_TERMS = 20_000;

export interface ShiftedHyp2f1 {
  /** ln F; NaN when the series did not converge within MAX_TERMS. */
  log: number;
  /** d ln F / dm, d ln F / db, d ln F / dz. */
  dm: number;
  db: number;
  dz: number;
}

export function shiftedHyp2f1(m: number, b: number, z: number, out: ShiftedHyp2f1): ShiftedHyp2f1 {
  if (z === 0) {
    out.log = 0;
    out.dm = 0;
    out.db = 0;
    out.dz = (m * b) / (m + 1);
    return out;
  }
  return z < -0.5 ? pfaffSeries(m, b, z, out) : directSeries(m, b, z, out);
}

// Both series carry each term's ratio to the next from one iteration to the following (it is
// also the stopping rule's), and the tail test is multiplied out: divisions are most of a term's
// cost, and these loops run a few dozen times per customer, twice per evaluation.

/** sum_k t_k, t_k = m / (m + k) (b)_k z^k / k!; |z| <= 1/2 or 0 < z < 1. */
function directSeries(m: number, b: number, z: number, out: ShiftedHyp2f1): ShiftedHyp2f1 {
  let term = 1;
  let sum = 1;
  let sumM = 0; // sum t_k (1/m - 1/(m + k)) = sum t_k k / (m (m + k))
  let sumB = 0; // sum t_k H_k, H_k = sum_{j<k} 1 / (b + j)
  let sumK = 0; // sum k t_k
  let harmonic = 0;
  // t_{k+1} / t_k = (m + k)(b + k) z / ((m + k + 1)(k + 1)), here for k = 0.
  let ratio = (m * b * z) / (m + 1);
  for (let k = 0; k < MAX_TERMS; k++) {
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
    if (next < 1 && size * (n + 1) * next <= EPS * (sum < 0 ? -sum : sum) * (1 - next)) {
      out.log = Math.log(sum);
      out.dm = sumM / sum;
      out.db = sumB / sum;
      out.dz = sumK / z / sum;
      return out;
    }
  }
  return notConverged(out);
}

/** (1 - z)^-b sum_k g_k, g_k = (b)_k / (m + 1)_k w^k, w = z / (z - 1); z < -1/2. */
function pfaffSeries(m: number, b: number, z: number, out: ShiftedHyp2f1): ShiftedHyp2f1 {
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
  for (let k = 0; k < MAX_TERMS; k++) {
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
      return out;
    }
  }
  return notConverged(out);
}

/** Every field NaN: the series did not converge within MAX_TERMS. */
function notConverged(out: ShiftedHyp2f1): ShiftedHyp2f1 {
  out.log = NaN;
  out.dm = NaN;
  out.db = NaN;
  out.dz = NaN;
  return out;
}
