// Error measures of a prediction against what happened (method.md section 4, "Holdout accuracy"):
// mean absolute error, root mean squared error and bias (mean predicted - actual), per group.

export interface ErrorStats {
  customers: number;
  meanActual: number;
  meanPredicted: number;
  /** Mean of |predicted - actual|. */
  mae: number;
  /** Square root of the mean of (predicted - actual)^2. */
  rmse: number;
  /** Mean of predicted - actual: above 0 the model predicted too much. */
  bias: number;
}

/**
 * One ErrorStats per group 0 .. groups - 1 (null for an empty group). Rows whose group is outside
 * that range, or whose prediction or actual value is not a number, are left out: a customer the
 * model gave no figure is not an error of zero.
 */
export function errorStatsByGroup(
  predicted: Float64Array,
  actual: Float64Array,
  group: ArrayLike<number>,
  groups: number
): (ErrorStats | null)[] {
  const n = new Float64Array(groups);
  const sumActual = new Float64Array(groups);
  const sumPredicted = new Float64Array(groups);
  const sumAbs = new Float64Array(groups);
  const sumSquares = new Float64Array(groups);
  for (let i = 0; i < predicted.length; i++) {
    const g = group[i];
    const p = predicted[i];
    const a = actual[i];
    if (!(g >= 0 && g < groups) || !Number.isFinite(p) || !Number.isFinite(a)) continue;
    const e = p - a;
    n[g]++;
    sumActual[g] += a;
    sumPredicted[g] += p;
    sumAbs[g] += Math.abs(e);
    sumSquares[g] += e * e;
  }
  return Array.from(n, (count, g) =>
    count === 0
      ? null
      : {
          customers: count,
          meanActual: sumActual[g] / count,
          meanPredicted: sumPredicted[g] / count,
          mae: sumAbs[g] / count,
          rmse: Math.sqrt(sumSquares[g] / count),
          bias: (sumPredicted[g] - sumActual[g]) / count,
        }
  );
}

/** The same measures over every row. */
export function errorStats(predicted: Float64Array, actual: Float64Array): ErrorStats | null {
  return errorStatsByGroup(predicted, actual, new Uint8Array(predicted.length), 1)[0];
}
