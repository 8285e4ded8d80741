// Simulates mean spends under Gamma-Gamma: nu ~ Gamma(q, v) per customer, each transaction's
// value ~ Gamma(p, nu); the mean of x of them is then Gamma(p x, x nu).
import type { GammaGammaParams } from "../types";
import { sampleGamma } from "./sampleGamma";

/** The mean spend of each customer's `frequency` transactions; 0 where frequency is 0. */
export function simulateGammaGamma(
  params: GammaGammaParams,
  frequency: Float64Array,
  uniform: () => number
): Float64Array {
  return frequency.map((x) => {
    if (x <= 0) return 0;
    const nu = sampleGamma(params.q, params.v, uniform);
    return sampleGamma(params.p * x, x * nu, uniform);
  });
}
