// Helpers shared by the rank-based scorers (quantile and R-package breaks).

/**
 * A customer is scored when eligible and its value is a number (NaN gets no score). `value ===
 * value` is false only for NaN; it is used instead of Number.isNaN, which costs ~200 ns a call in
 * some hosts (jest's VM context), i.e. 0.2 s per million rows.
 */
export function isScorable(value: number, eligible: number): boolean {
  return eligible !== 0 && value === value;
}

/** The scorable values, sorted ascending. */
export function sortedScorableValues(values: Float64Array, eligible: Uint8Array): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (isScorable(values[i], eligible[i])) count++;
  const sorted = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    if (isScorable(values[i], eligible[i])) sorted[k++] = values[i];
  }
  // Float64Array#sort is numeric (no string comparison), unlike Array#sort without a comparator.
  return sorted.sort();
}
