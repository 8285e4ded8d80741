// G(a, c, x) = 2F1(a, 1; c + 1; x), x < 1, by Gauss's continued fraction, with the derivatives of
// ln G in a, c and x: where shiftedHyp2f1's power series crawl (x near 1, or a large b times z).
//
// Gauss's fraction for 2F1(a, 1; c + 1; x) (the one Numerical Recipes' betacf evaluates for the
// incomplete beta, here with a' = c, b' = a - c) is
//   G = 1 / (1 + d1 / (1 + d2 / (1 + ...))),
//   d_{2k+1} = -(c + k)(a + k) x / ((c + 2k)(c + 2k + 1)),
//   d_{2k}   =  k (a - c - k) x / ((c + 2k - 1)(c + 2k)).
// It converges in about 12 / sqrt(1 - x) steps at worst (a and c - a small), and in a few dozen
// where a and c are large, while the series need about 37 / (1 - x) terms: at x = 0.998 some 20
// steps instead of 18,000 terms. For x < 0 every d is positive and nothing cancels. The
// derivatives are carried through the modified Lentz recurrences term by term.

const EPS = 1e-16;
/** Change of a derivative's running sum, relative (with a floor), taken as converged. */
const EPS_DERIVATIVE = 1e-14;
const FLOOR_DERIVATIVE = 1e-30;
const MAX_STEPS = 20_000;
const TINY = 1e-300;

const { abs, log } = Math;

export interface LogHyp2f1One {
  /** ln G; NaN when the fraction did not converge within MAX_STEPS. */
  log: number;
  /** d ln G / da, d ln G / dc, d ln G / dx. */
  da: number;
  dc: number;
  dx: number;
  /** Steps taken. */
  steps: number;
}

/** ln 2F1(a, 1; c + 1; x) and its derivatives into out; a > 0, c > 0, x < 1. */
export function hyp2f1OneCf(a: number, c: number, x: number, out: LogHyp2f1One): LogHyp2f1One {
  // Modified Lentz for f = 1 + d1 / (1 + d2 / ...) = 1 / G: f_n = f_{n-1} C_n D_n with
  // C_n = 1 + d_n / C_{n-1}, D_n = 1 / (1 + d_n D_{n-1}); the partial derivatives of C and D
  // (in a, c, x) follow by the product rule, and d ln f sums dC/C + dD/D.
  let C = 1;
  let D = 0;
  let Ca = 0;
  let Cc = 0;
  let Cx = 0;
  let Da = 0;
  let Dc = 0;
  let Dx = 0;
  let f = 1;
  let fa = 0;
  let fc = 0;
  let fx = 0;
  for (let n = 1; n <= MAX_STEPS; n++) {
    let d: number;
    let da: number;
    let dc: number;
    let dx: number;
    if ((n & 1) === 1) {
      const k = (n - 1) / 2;
      const lo = c + 2 * k;
      const den = lo * (lo + 1);
      dx = -((c + k) * (a + k)) / den;
      d = dx * x;
      da = (-(c + k) * x) / den;
      dc = d * (1 / (c + k) - 1 / lo - 1 / (lo + 1));
    } else {
      const k = n / 2;
      const lo = c + 2 * k - 1;
      const den = lo * (lo + 1);
      dx = (k * (a - c - k)) / den;
      d = dx * x;
      da = (k * x) / den;
      dc = -da - d * (1 / lo + 1 / (lo + 1));
    }
    let dInv = 1 + d * D;
    if (dInv === 0) dInv = TINY;
    const Dn = 1 / dInv;
    const D2 = -Dn * Dn;
    const Dna = D2 * (da * D + d * Da);
    const Dnc = D2 * (dc * D + d * Dc);
    const Dnx = D2 * (dx * D + d * Dx);
    let Cn = 1 + d / C;
    if (Cn === 0) Cn = TINY;
    const C2 = d / (C * C);
    const Cna = da / C - C2 * Ca;
    const Cnc = dc / C - C2 * Cc;
    const Cnx = dx / C - C2 * Cx;
    const delta = Cn * Dn;
    f *= delta;
    const ia = Cna / Cn + Dna / Dn;
    const ic = Cnc / Cn + Dnc / Dn;
    const ix = Cnx / Cn + Dnx / Dn;
    fa += ia;
    fc += ic;
    fx += ix;
    C = Cn;
    D = Dn;
    Ca = Cna;
    Cc = Cnc;
    Cx = Cnx;
    Da = Dna;
    Dc = Dnc;
    Dx = Dnx;
    if (
      n > 2 &&
      abs(delta - 1) <= EPS &&
      abs(ia) <= EPS_DERIVATIVE * abs(fa) + FLOOR_DERIVATIVE &&
      abs(ic) <= EPS_DERIVATIVE * abs(fc) + FLOOR_DERIVATIVE &&
      abs(ix) <= EPS_DERIVATIVE * abs(fx) + FLOOR_DERIVATIVE
    ) {
      if (!(f > 0) || !Number.isFinite(f)) break;
      out.log = -log(f);
      out.da = -fa;
      out.dc = -fc;
      out.dx = -fx;
      out.steps = n;
      return out;
    }
  }
  out.log = NaN;
  out.da = NaN;
  out.dc = NaN;
  out.dx = NaN;
  out.steps = MAX_STEPS;
  return out;
}
