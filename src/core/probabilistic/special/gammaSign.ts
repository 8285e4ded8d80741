// The sign of the gamma function, which log-gamma (stdlib's gammaln returns ln|Γ(x)|) loses.

/**
 * Sign of Γ(x): +1 for x > 0; for x < 0 it alternates between the poles (negative on (-1, 0),
 * positive on (-2, -1), ...). 0 at the poles 0, -1, -2, ..., where 1/Γ(x) = 0.
 */
export function gammaSign(x: number): number {
  if (x > 0) return 1;
  if (Number.isInteger(x)) return 0;
  return Math.ceil(-x) % 2 === 1 ? -1 : 1;
}
