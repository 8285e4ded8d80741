// Parameter draws around a fit for the CLV intervals (method.md section 4): multivariate normal
// on the log-parameters, with the covariance of the observed information (fit/uncertainty.ts).
// The fits work on log-parameters, where the likelihood is closer to normal and every draw is a
// positive parameter.

/**
 * L with L L^T = a for a symmetric positive semi-definite a. A zero pivot (a direction with no
 * spread, such as an all-zero covariance) gives a zero column where cholesky() would fail: the
 * draws then sit on the fit in that direction. Null when a is not semi-definite.
 */
export function semidefiniteFactor(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const l: number[][] = a.map(() => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let pivot = a[j][j];
    for (let m = 0; m < j; m++) pivot -= l[j][m] * l[j][m];
    const tolerance = 1e-12 * Math.max(Math.abs(a[j][j]), Number.MIN_VALUE);
    if (!Number.isFinite(pivot) || pivot < -tolerance) return null;
    if (pivot <= tolerance) continue;
    l[j][j] = Math.sqrt(pivot);
    for (let i = j + 1; i < n; i++) {
      let sum = a[i][j];
      for (let m = 0; m < j; m++) sum -= l[i][m] * l[j][m];
      l[i][j] = sum / l[j][j];
    }
  }
  return l;
}

export interface DrawRequest {
  /** The fitted parameters, in the covariance's order. */
  center: readonly number[];
  /** Covariance of the log-parameters. */
  logCovariance: readonly (readonly number[])[];
  count: number;
  /** Standard normals, k at a time. */
  normals: (out: Float64Array) => void;
  /** A draw the model cannot use (Gamma-Gamma q <= 1) is drawn again. */
  accept?: (params: Float64Array) => boolean;
}

/** Draws beyond `count` tried before giving up on a model that rejects most draws. */
const MAX_REJECTED_SHARE = 1;

/**
 * `count` draws of the parameters, row-major (draw d's parameter j at d k + j):
 * exp(ln center + L z) with z standard normal. Null when the covariance is not semi-definite or
 * when more draws were rejected than kept (the interval would describe a truncated model).
 */
export function parameterDraws(request: DrawRequest): Float64Array | null {
  const { center, count } = request;
  const k = center.length;
  const factor = semidefiniteFactor(request.logCovariance);
  if (factor === null || factor.length !== k) return null;
  const out = new Float64Array(count * k);
  const z = new Float64Array(k);
  const draw = new Float64Array(k);
  let kept = 0;
  let rejected = 0;
  while (kept < count) {
    request.normals(z);
    for (let i = 0; i < k; i++) {
      let shift = 0;
      for (let m = 0; m <= i; m++) shift += factor[i][m] * z[m];
      draw[i] = center[i] * Math.exp(shift);
    }
    if (request.accept && !request.accept(draw)) {
      if (++rejected > MAX_REJECTED_SHARE * count) return null;
      continue;
    }
    out.set(draw, kept * k);
    kept++;
  }
  return out;
}
