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
  return expectedSpendInto(new Float64Array(frequency.length), frequency, monetary, { p, q, v });
}

/** conditionalExpectedSpend written into `out`: the CLV intervals call it once per draw. */
export function expectedSpendInto(
  out: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
  { p, q, v }: GammaGammaParams
): Float64Array {
  if (!(q > 1)) return out.fill(NaN);
  const population = (p * v) / (q - 1);
  for (let i = 0; i < frequency.length; i++) {
    const x = frequency[i];
    const m = monetary[i];
    if (!(x >= 0 && Number.isFinite(x))) out[i] = NaN;
    else if (x === 0) out[i] = population;
    else out[i] = m >= 0 && Number.isFinite(m) ? (p * (v + x * m)) / (p * x + q - 1) : NaN;
  }
  return out;
}
