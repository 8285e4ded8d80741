// Fits Gamma-Gamma (p, q, v) by maximum likelihood on the customers with repeat purchases.
import { minimizeFromStarts } from "../fit/minimizeFromStarts";
import { noUncertainty, uncertaintyOf, type Uncertainty } from "../fit/uncertainty";
import type { FitMessageCode, FitOptions, GammaGammaFitReport, GammaGammaParams } from "../types";
import { pearsonCorrelation } from "./pearsonCorrelation";
import { spendData, type SpendHistory } from "./spendData";
import { spendLogLikelihood } from "./spendLogLikelihood";

/** |correlation| of frequency and monetary from which the model's independence assumption is doubtful. */
export const CORRELATION_WARNING = 0.3;
const DEFAULT_MAX_ITERATIONS = 500;

/**
 * Maximum likelihood over customers with frequency > 0 and monetary > 0, from several starts. The
 * amounts are divided by their mean while fitting (v scales with the currency, p and q do not), so
 * one set of bounds and starts suits yuan, yen and dollars. Reports the frequency-monetary
 * correlation and q <= 1 (expected spend undefined) as warnings.
 */
export function fitGammaGamma(
  history: SpendHistory,
  options: FitOptions<GammaGammaParams> = {}
): GammaGammaFitReport {
  const raw = spendData(history);
  const customers = raw.customers;
  const correlation = pearsonCorrelation(raw.x, raw.m);
  const scale = customers > 0 ? raw.m.reduce((sum, m) => sum + m, 0) / customers : 1;
  const data = spendData(history, scale);
  const report = (
    params: GammaGammaParams,
    iterations: number,
    converged: boolean,
    message: FitMessageCode | null,
    uncertainty: Uncertainty<GammaGammaParams> = noUncertainty(fromValues, 3)
  ): GammaGammaFitReport => {
    const spendDefined = params.q > 1;
    const warnings: FitMessageCode[] = [];
    if (converged && !spendDefined) warnings.push("fit.spendUndefined");
    if (Math.abs(correlation) >= CORRELATION_WARNING) warnings.push("fit.frequencySpendCorrelated");
    return {
      params,
      logLikelihood: customers > 0 ? spendLogLikelihood(raw, params, null) : NaN,
      iterations,
      converged,
      message,
      customers,
      frequencyMonetaryCorrelation: correlation,
      spendDefined,
      warnings,
      ...uncertainty,
    };
  };
  const none = { p: NaN, q: NaN, v: NaN };
  if (customers === 0) return report(none, 0, false, "fit.noRepeatCustomers");

  const starts = (options.starts ?? defaultStarts(scale)).map((s): GammaGammaParams => ({
    ...s,
    v: s.v / scale,
  }));
  const gradient = new Float64Array(3);
  const objective = (theta: Float64Array, out: Float64Array | null): number => {
    const ll = spendLogLikelihood(data, fromLog(theta), out ? gradient : null);
    if (out) for (let i = 0; i < 3; i++) out[i] = -gradient[i] / customers;
    return -ll / customers;
  };
  const best = minimizeFromStarts(objective, starts.map(toLog), {
    maxIterations: options.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    onProgress: options.onProgress,
  });
  if (best === null) return report(none, 0, false, "fit.notConverged");
  const fitted = fromLog(best.theta);
  // The information is the same in ln v whatever the scale; the values are scaled back.
  const rescale = ([p, q, v]: number[]): GammaGammaParams => ({ p, q, v: v * scale });
  return report(
    { ...fitted, v: fitted.v * scale },
    best.iterations,
    best.converged,
    best.converged ? null : best.atBound ? "fit.atBound" : "fit.notConverged",
    best.converged ? uncertaintyOf(objective, best.theta, customers, rescale) : undefined
  );
}

/** Each start's population mean spend p v / (q - 1) is the observed mean spend. */
function defaultStarts(meanSpend: number): GammaGammaParams[] {
  return [
    { p: 1, q: 2, v: meanSpend },
    { p: 5, q: 4, v: 0.6 * meanSpend },
    { p: 2, q: 1.5, v: 0.25 * meanSpend },
  ];
}

function toLog(p: GammaGammaParams): Float64Array {
  return Float64Array.of(Math.log(p.p), Math.log(p.q), Math.log(p.v));
}

function fromValues([p, q, v]: number[]): GammaGammaParams {
  return { p, q, v };
}

function fromLog(theta: Float64Array): GammaGammaParams {
  return { p: Math.exp(theta[0]), q: Math.exp(theta[1]), v: Math.exp(theta[2]) };
}
