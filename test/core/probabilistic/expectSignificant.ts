// Published figures are quoted to a few significant digits: compare at that precision.

/** `actual` equals `expected` to `digits` significant digits. */
export function expectSignificant(actual: number, expected: number, digits: number): void {
  const scale = Math.pow(10, Math.floor(Math.log10(Math.abs(expected))) - digits + 1);
  expect(Math.round(actual / scale)).toBe(Math.round(expected / scale));
}
