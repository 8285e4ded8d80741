// The Gamma-Gamma log-likelihood of a summary, for reports and comparisons.
import type { GammaGammaParams } from "../types";
import { spendData, type SpendHistory } from "./spendData";
import { spendLogLikelihood } from "./spendLogLikelihood";

/** Total log-likelihood over the customers with frequency > 0 and monetary > 0. */
export function gammaGammaLogLikelihood(history: SpendHistory, params: GammaGammaParams): number {
  return spendLogLikelihood(spendData(history), params, null);
}
