// Standard errors of maximum-likelihood estimates, from the observed information: the Hessian of
// the log-likelihood (central differences of its analytic gradient) inverted. Used to size the
// tolerances of the parameter-recovery tests.
import numeric from "numeric";

/** gradient(theta, out) fills out with d logL / d theta; returns sqrt(diag((-H)^-1)). */
export function standardErrors(
  theta: number[],
  gradient: (theta: number[], out: Float64Array) => void
): number[] {
  const k = theta.length;
  const h = 1e-5;
  const hessian: number[][] = [];
  for (let j = 0; j < k; j++) {
    const up = theta.slice();
    const down = theta.slice();
    up[j] += h;
    down[j] -= h;
    const gUp = new Float64Array(k);
    const gDown = new Float64Array(k);
    gradient(up, gUp);
    gradient(down, gDown);
    hessian.push(Array.from(gUp, (g, i) => -(g - gDown[i]) / (2 * h)));
  }
  // Symmetrise: the two differences of a mixed derivative differ by rounding only.
  const information = hessian.map((row, i) => row.map((v, j) => (v + hessian[j][i]) / 2));
  const covariance = numeric.inv(information);
  return covariance.map((row, i) => Math.sqrt(row[i]));
}
