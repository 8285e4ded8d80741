// A model's prediction against the simulated process it describes: the mean of (simulated -
// predicted) over a set of customers must be within 4 standard errors of 0, so a correct formula
// fails about once in 15,000 seeds and a wrong one by more than that is caught.

/** Mean of the differences and its standard error, over the positions keep accepts. */
function meanAndError(diff: Float64Array, keep: (i: number) => boolean) {
  let n = 0;
  let sum = 0;
  let squares = 0;
  diff.forEach((d, i) => {
    if (!keep(i)) return;
    n++;
    sum += d;
    squares += d * d;
  });
  const mean = sum / n;
  const variance = (squares - n * mean * mean) / (n - 1);
  return { n, mean, error: Math.sqrt(variance / n) };
}

export function expectWithinFourErrors(
  diff: Float64Array,
  keep: (i: number) => boolean = () => true
): void {
  const { n, mean, error } = meanAndError(diff, keep);
  expect(n).toBeGreaterThan(500);
  expect(Math.abs(mean)).toBeLessThanOrEqual(4 * error);
}
