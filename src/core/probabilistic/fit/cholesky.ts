// The Cholesky factor of a symmetric matrix: the test that an information matrix is positive
// definite (the fit stopped at a maximum), and the factor that turns independent normal draws into
// draws with a covariance (the CLV intervals' parameter draws).

/** Lower-triangular L with L L^T = a, or null when a is not positive definite. */
export function cholesky(a: readonly (readonly number[])[]): number[][] | null {
  const n = a.length;
  const l: number[][] = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let m = 0; m < j; m++) sum -= l[i][m] * l[j][m];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i][i] = Math.sqrt(sum);
      } else l[i][j] = sum / l[j][j];
    }
  }
  return l;
}
