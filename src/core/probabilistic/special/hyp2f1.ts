// Gauss's hypergeometric function 2F1(a, b; c; z) for real parameters and z <= 1.
//
// Written here because no well-kept JavaScript library has it (stdlib, which gives us log-gamma and
// digamma, has the hypergeometric distribution but not Gauss's function), and the BG/NBD
// expectations need it at z = t / (alpha + T + t), which comes close to 1 for new customers and
// long horizons, where the bare series needs thousands of terms or loses its digits.
//
// Strategy: z < 0 goes to (0, 1) by Pfaff's transformation; on (0, 1/2] the series (as is, or
// after Euler's transformation, whichever converges faster without alternating signs); on
// (1/2, 1) the series when it is short, else the connection formula to 1 - z. That formula has a
// removable singularity where c - a - b is an integer (two infinite terms cancel): near one, it is
// evaluated at nodes around the integer and interpolated in c. When it cancels for other reasons
// (large parameters) the series is summed to the end, slow there but exact.
import gammaln from "@stdlib/math-base-special-gammaln";
import { gammaSign } from "./gammaSign";
import { hyp2f1NearOne } from "./hyp2f1NearOne";
import { hyp2f1Series } from "./hyp2f1Series";

/** Below this distance of c - a - b from an integer the connection formula loses > 3 digits. */
const NEAR_INTEGER = 1e-3;
/** Interpolation nodes: c - a - b at the integer + k NODE_STEP, k = +-1, +-2, +-3. */
const NODE_STEP = 1e-3;
const NODES = [-3, -2, -1, 1, 2, 3];
/** Series length above which the connection formula is cheaper. */
const SHORT_SERIES = 400;
/** Cap for the series when nothing else applies: enough for z up to about 0.9999. */
const MAX_TERMS = 2_000_000;

/**
 * 2F1(a, b; c; z). NaN for z > 1, for c a non-positive integer, and at z = 1 unless
 * c - a - b > 0 (Gauss's sum) or the series terminates.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (Number.isNaN(a + b + c + z) || z > 1) return NaN;
  if (a === 0 || b === 0 || z === 0) return 1;
  if (c <= 0 && Number.isInteger(c)) return NaN;
  if (z === 1) return atOne(a, b, c);
  if (z < 0) return pfaff(a, b, c, z);
  return onUnitInterval(a, b, c, z);
}

/** A parameter 0, -1, -2, ... ends the series: 2F1 is then a polynomial in z. */
function isPolynomial(a: number, b: number): boolean {
  return (a <= 0 && Number.isInteger(a)) || (b <= 0 && Number.isInteger(b));
}

/** How many leading terms can flip sign because a parameter is negative. */
function signFlips(p: number, q: number): number {
  return (p < 0 ? Math.ceil(-p) : 0) + (q < 0 ? Math.ceil(-q) : 0);
}

/** Gauss: 2F1(a,b;c;1) = Γ(c)Γ(c-a-b) / (Γ(c-a)Γ(c-b)) when c - a - b > 0. */
function atOne(a: number, b: number, c: number): number {
  const m = c - a - b;
  if (m <= 0) return isPolynomial(a, b) ? hyp2f1Series(a, b, c, 1, MAX_TERMS) : NaN;
  const sign = gammaSign(c) * gammaSign(m) * gammaSign(c - a) * gammaSign(c - b);
  if (sign === 0) return 0;
  return sign * Math.exp(gammaln(c) + gammaln(m) - gammaln(c - a) - gammaln(c - b));
}

/**
 * Pfaff: 2F1(a,b;c;z) = (1-z)^-a 2F1(a, c-b; c; z/(z-1)) = (1-z)^-b 2F1(c-a, b; c; z/(z-1)),
 * taking z < 0 to (0, 1) where the terms no longer alternate. Keeps a terminating parameter, else
 * takes the form with fewer sign flips.
 */
function pfaff(a: number, b: number, c: number, z: number): number {
  const w = z / (z - 1);
  const log1mz = Math.log1p(-z);
  const keepA =
    isPolynomial(a, c - b) ||
    (!isPolynomial(c - a, b) && signFlips(a, c - b) <= signFlips(c - a, b));
  return keepA
    ? Math.exp(-a * log1mz) * onUnitInterval(a, c - b, c, w)
    : Math.exp(-b * log1mz) * onUnitInterval(c - a, b, c, w);
}

/**
 * Whether the series is summed after Euler's transformation: 2F1(a,b;c;z) = (1-z)^m
 * 2F1(c-a, c-b; c; z), m = c - a - b. Its terms fall like n^(m-1) z^n against n^(-m-1) z^n for
 * the series as is, so it is faster when m < 0; but a form whose parameters are below -1
 * alternates in sign for its first terms and loses digits, so it is avoided.
 */
function eulerForm(a: number, b: number, c: number): boolean {
  const m = c - a - b;
  const directFlips = signFlips(a, b);
  const eulerFlips = signFlips(c - a, c - b);
  const eulerFaster = m < 0;
  const fastFlips = eulerFaster ? eulerFlips : directFlips;
  const slowFlips = eulerFaster ? directFlips : eulerFlips;
  const takeFast = fastFlips < 2 || fastFlips <= slowFlips;
  return isPolynomial(a, b) ? false : isPolynomial(c - a, c - b) || eulerFaster === takeFast;
}

function onUnitInterval(a: number, b: number, c: number, z: number): number {
  if (a === 0 || b === 0) return 1;
  const m = c - a - b;
  const euler = eulerForm(a, b, c);
  const series = (maxTerms: number) =>
    euler
      ? Math.exp(m * Math.log1p(-z)) * hyp2f1Series(c - a, c - b, c, z, maxTerms)
      : hyp2f1Series(a, b, c, z, maxTerms);

  if (z <= 0.5 || isPolynomial(a, b)) return series(MAX_TERMS);
  const short = series(SHORT_SERIES);
  if (!Number.isNaN(short)) return short;
  const nearInteger = Math.abs(m - Math.round(m)) < NEAR_INTEGER;
  const transformed = nearInteger ? interpolateInC(a, b, c, z) : hyp2f1NearOne(a, b, c, z);
  return Number.isNaN(transformed) ? series(MAX_TERMS) : transformed;
}

/**
 * The connection formula at c - a - b = M + k NODE_STEP around the nearest integer M (moving c),
 * then Lagrange interpolation back to c. 2F1 is analytic in c, so six nodes leave an error of order
 * (NODE_STEP ln(1-z))^6, and at NODE_STEP from the integer the cancellation costs only 3 digits.
 */
function interpolateInC(a: number, b: number, c: number, z: number): number {
  const m = c - a - b;
  const integer = Math.round(m);
  const at = NODES.map((k) => integer + k * NODE_STEP);
  const values = at.map((mk) => hyp2f1NearOne(a, b, a + b + mk, z, 1e-9));
  let result = 0;
  for (let i = 0; i < at.length; i++) {
    let weight = 1;
    for (let j = 0; j < at.length; j++) {
      if (j !== i) weight *= (m - at[j]) / (at[i] - at[j]);
    }
    result += weight * values[i];
  }
  return result;
}

const EPS = 1e-16;
const { abs, exp, log1p } = Math;

/** hyp2f1Many's running terms and sums, reused from call to call (one thread runs the core). */
const newScratch = (size: number) => ({
  term: new Float64Array(size),
  sum: new Float64Array(size),
  active: new Uint8Array(size),
});
let scratch = newScratch(64);

/**
 * hyp2f1(a, b, c, z) for each of zs[0..count) into out: the monthly sums ask for a dozen z per
 * history with the same a, b, c. Every z in (0, 1) is summed in one pass that shares each term's
 * parameter ratio (a+n)(b+n) / ((c+n)(n+1)), in the form hyp2f1 would choose (as is or after
 * Euler's transformation: chosen from a, b, c alone), with hyp2f1Series' stopping rule; a z the
 * pass has not finished within SHORT_SERIES terms, and any other z, is left to hyp2f1. out may
 * be zs itself.
 */
export function hyp2f1Many(
  a: number,
  b: number,
  c: number,
  zs: Float64Array,
  out: Float64Array,
  count: number
): Float64Array {
  const usable = !Number.isNaN(a + b + c) && a !== 0 && b !== 0 && !(c <= 0 && Number.isInteger(c));
  const euler = usable && eulerForm(a, b, c);
  const A = euler ? c - a : a;
  const B = euler ? c - b : b;
  const settled = Math.max(0, -A, -B, -c);
  if (scratch.term.length < count) scratch = newScratch(count);
  const { term, sum, active } = scratch;
  let left = 0;
  for (let j = 0; j < count; j++) {
    const z = zs[j];
    if (usable && z > 0 && z < 1) {
      active[j] = 1;
      term[j] = 1;
      sum[j] = 1;
      left++;
    } else out[j] = hyp2f1(a, b, c, z);
  }
  for (let n = 0; n < SHORT_SERIES && left > 0; n++) {
    const ratio = ((A + n) * (B + n)) / ((c + n) * (n + 1));
    const next = abs(((A + n + 1) * (B + n + 1)) / ((c + n + 1) * (n + 2)));
    for (let j = 0; j < count; j++) {
      if (active[j] === 0) continue;
      const z = zs[j];
      const t = term[j] * ratio * z;
      term[j] = t;
      const total = sum[j] + t;
      sum[j] = total;
      if (t !== 0) {
        if (n + 1 < settled) continue;
        const bound = next * z > z ? next * z : z;
        if (!(bound < 1 && abs(t) * bound <= EPS * abs(total) * (1 - bound))) continue;
      }
      active[j] = 0;
      left--;
      out[j] = euler ? exp((c - a - b) * log1p(-z)) * total : total;
    }
  }
  for (let j = 0; j < count; j++) if (active[j] === 1) out[j] = hyp2f1(a, b, c, zs[j]);
  return out;
}
