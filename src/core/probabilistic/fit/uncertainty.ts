// Standard errors and 95% intervals of maximum-likelihood estimates from the observed information:
// the Hessian of the negative log-likelihood at the optimum, by central differences of its
// analytic gradient, inverted.
//
// The fits work on log-parameters, so the Hessian is taken there: its inverse is the covariance of
// the log-parameters, the one the parameter draws of the CLV intervals use. At an optimum the
// gradient is zero, so the delta method is exact for the information and se(p) = p se(ln p), the
// figure lifetimes reports from the Hessian in p itself. The 95% intervals are exp(ln p +- 1.96 se):
// always positive, as every parameter is, and asymmetric where the likelihood is.
import numeric from "numeric";
import { cholesky } from "./cholesky";
import { runSteps, type Objective, type Pause, type Steps } from "./minimizeFromStarts";

const Z95 = 1.959963984540054;
/** Step of the central differences in the log-parameters. */
const STEP = 1e-4;

export interface Uncertainty<P> {
  /** Keyed like params; NaN when the information is not positive definite (or the fit failed). */
  standardErrors: P;
  lower95: P;
  upper95: P;
  /** Covariance of the log-parameters, in the params' order; null when not available. */
  logCovariance: number[][] | null;
}

/** All NaN: a fit that failed, or an information matrix that cannot be inverted. */
export function noUncertainty<P>(toParams: (values: number[]) => P, k: number): Uncertainty<P> {
  const nan = toParams(new Array<number>(k).fill(NaN));
  return { standardErrors: nan, lower95: nan, upper95: nan, logCovariance: null };
}

/**
 * objective: mean negative log-likelihood per customer in the log-parameters (as the fit
 * minimises it), customers: how many it averages over, theta: the optimum, toParams: the
 * parameters in their own scale from values in theta's order.
 */
export function uncertaintyOf<P>(
  objective: Objective,
  theta: Float64Array,
  customers: number,
  toParams: (values: number[]) => P
): Uncertainty<P> {
  return runSteps(uncertaintySteps(objective, theta, customers, toParams, null));
}

/** uncertaintyOf, yielding between the gradient evaluations when `pause` says so. */
export function* uncertaintySteps<P>(
  objective: Objective,
  theta: Float64Array,
  customers: number,
  toParams: (values: number[]) => P,
  pause: Pause | null
): Steps<Uncertainty<P>> {
  const k = theta.length;
  const covariance = yield* logCovariance(objective, theta, customers, pause);
  if (covariance === null) return noUncertainty(toParams, k);
  const se = covariance.map((row, i) => Math.sqrt(row[i]));
  return {
    standardErrors: toParams(se.map((s, i) => Math.exp(theta[i]) * s)),
    lower95: toParams(se.map((s, i) => Math.exp(theta[i] - Z95 * s))),
    upper95: toParams(se.map((s, i) => Math.exp(theta[i] + Z95 * s))),
    logCovariance: covariance,
  };
}

function* logCovariance(
  objective: Objective,
  theta: Float64Array,
  customers: number,
  pause: Pause | null
): Steps<number[][] | null> {
  const k = theta.length;
  const hessian: number[][] = [];
  const up = new Float64Array(k);
  const down = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    const at = Float64Array.from(theta);
    at[j] = theta[j] + STEP;
    if (!Number.isFinite(objective(at, up))) return null;
    if (pause?.()) yield;
    at[j] = theta[j] - STEP;
    if (!Number.isFinite(objective(at, down))) return null;
    if (pause?.()) yield;
    hessian.push(Array.from(up, (g, i) => (customers * (g - down[i])) / (2 * STEP)));
  }
  // Symmetrise: the two differences of a mixed derivative differ by rounding only.
  const information = hessian.map((row, i) => row.map((v, j) => (v + hessian[j][i]) / 2));
  if (!information.every((row) => row.every(Number.isFinite))) return null;
  const covariance = numeric.inv(information) as number[][];
  const positive = covariance.every((row, i) => row[i] > 0 && row.every(Number.isFinite));
  return positive && cholesky(covariance) !== null ? covariance : null;
}
