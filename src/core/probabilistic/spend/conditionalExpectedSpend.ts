// E[mean spend | x, m]: the Gamma-Gamma expected average spend per transaction of each customer.
import type { GammaGammaParams } from "../types";

/**
 * p (v + x m) / (p x + q - 1): a weighted mean of the population mean p v / (q - 1) and the
 * customer's own mean m, weighted more to m the more purchases back it. Customers without repeat
 * purchases get the population mean. NaN for everyone when q <= 1 (the population mean is
 * infinite: the formula would turn negative for some customers, and a CLV with it), and for rows
 * with a negative or non-finite frequency or monetary.
 */
export function conditionalExpectedSpend(
  frequency: Float64Array,
  monetary: Float64Array,
  { p, q, v }: GammaGammaParams
): Float64Array {
  if (monetary.length !== frequency.length) {
    throw new RangeError("frequency and monetary must have the same length");
  }
  if (!(q > 1)) return new Float64Array(frequency.length).fill(NaN);
  return frequency.map((x, i) => {
    if (!(x >= 0 && Number.isFinite(x))) return NaN;
    if (x === 0) return (p * v) / (q - 1);
    const m = monetary[i];
    return m >= 0 && Number.isFinite(m) ? (p * (v + x * m)) / (p * x + q - 1) : NaN;
  });
}
