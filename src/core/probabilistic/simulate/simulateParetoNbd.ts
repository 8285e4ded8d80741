// Simulates customers under Pareto/NBD as the model describes them: each buys at a Poisson rate
// lambda ~ Gamma(r, alpha) and has an exponential lifetime of rate mu ~ Gamma(s, beta), both from
// the first purchase. For tests of the Pareto/NBD predictions against the process.
import type { ParetoNbdParams } from "../types";
import { noPurchasesYet, type SimulatedCustomers } from "./simulateBgNbd";
import { sampleGamma } from "./sampleGamma";

/** One customer per entry of T, followed horizon units past T; uniform() in [0, 1), seeded. */
export function simulateParetoNbd(
  params: ParetoNbdParams,
  T: Float64Array,
  uniform: () => number,
  options: { horizon?: number } = {}
): SimulatedCustomers {
  const n = T.length;
  const horizon = options.horizon ?? 0;
  const out = noPurchasesYet(T);
  for (let i = 0; i < n; i++) {
    const lambda = sampleGamma(params.r, params.alpha, uniform);
    const mu = sampleGamma(params.s, params.beta, uniform);
    const lifetime = -Math.log(1 - uniform()) / mu;
    const end = Math.min(T[i] + horizon, lifetime);
    let time = -Math.log(1 - uniform()) / lambda;
    for (; time <= end; time -= Math.log(1 - uniform()) / lambda) {
      if (time <= T[i]) {
        out.frequency[i]++;
        out.recency[i] = time;
      } else {
        out.future[i]++;
      }
    }
    out.alive[i] = lifetime > T[i] ? 1 : 0;
  }
  return out;
}
