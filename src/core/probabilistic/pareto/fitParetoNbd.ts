// Fits Pareto/NBD by maximum likelihood: the parameters r, alpha, s, beta.
import { minimizeFromStarts } from "../fit/minimizeFromStarts";
import { noUncertainty, uncertaintyOf } from "../fit/uncertainty";
import { groupHistories, type GroupedHistories } from "../purchase/groupHistories";
import type { FitOptions, ParetoNbdParams, PurchaseFitReport, PurchaseHistory } from "../types";
import { paretoLogLikelihood } from "./paretoLogLikelihood";

const DEFAULT_MAX_ITERATIONS = 500;

export interface ParetoFitOptions extends FitOptions<ParetoNbdParams> {
  /** groupHistories() of this same history, when the caller already has it. */
  grouped?: GroupedHistories;
}

/**
 * Maximum likelihood over the valid rows (see isValidHistory), several starts, BFGS on
 * log-parameters, like fitBgNbd: a fit that does not converge says so, with no valid customer the
 * parameters are NaN.
 */
export function fitParetoNbd(
  history: PurchaseHistory,
  options: ParetoFitOptions = {}
): PurchaseFitReport {
  const grouped = options.grouped ?? groupHistories(history);
  const customers = grouped.customers;
  const failed = (): PurchaseFitReport => ({
    params: { r: NaN, alpha: NaN, s: NaN, beta: NaN },
    logLikelihood: NaN,
    iterations: 0,
    converged: false,
    message: customers === 0 ? "fit.noCustomers" : "fit.notConverged",
    model: "pnbd",
    customers,
    ...noUncertainty(fromValues, 4),
  });
  if (customers === 0) return failed();
  const starts = options.starts ?? paretoStarts(grouped);
  const gradient = new Float64Array(4);
  const objective = (theta: Float64Array, out: Float64Array | null): number => {
    const ll = paretoLogLikelihood(grouped, fromLog(theta), out ? gradient : null);
    if (out) for (let i = 0; i < 4; i++) out[i] = -gradient[i] / customers;
    return -ll / customers;
  };
  const best = minimizeFromStarts(objective, starts.map(toLog), {
    maxIterations: options.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    onProgress: options.onProgress,
  });
  if (best === null) return failed();
  return {
    params: fromLog(best.theta),
    logLikelihood: -best.value * customers,
    iterations: best.iterations,
    converged: best.converged,
    message: best.converged ? null : best.atBound ? "fit.atBound" : "fit.notConverged",
    model: "pnbd",
    customers,
    ...(best.converged
      ? uncertaintyOf(objective, best.theta, customers, fromValues)
      : noUncertainty(fromValues, 4)),
  };
}

/**
 * Starts with the mean purchase rate r / alpha at the observed repeat rate and the mean lifetime
 * beta / s at once, twice and four times the mean observation time, so that they are right in
 * scale whatever the time unit.
 */
export function paretoStarts(g: GroupedHistories): ParetoNbdParams[] {
  let repeats = 0;
  let time = 0;
  for (let i = 0; i < g.rows; i++) {
    repeats += g.weight[i] * g.x[i];
    time += g.weight[i] * g.T[i];
  }
  const meanT = time > 0 ? time / g.customers : 1;
  const rate = repeats > 0 && time > 0 ? repeats / time : 1 / meanT;
  const start = (r: number, s: number, lifetimes: number): ParetoNbdParams => ({
    r,
    alpha: r / rate,
    s,
    beta: s * lifetimes * meanT,
  });
  return [start(0.5, 0.5, 1), start(1, 1, 2), start(2, 2, 4)];
}

export function toLog(p: ParetoNbdParams): Float64Array {
  return Float64Array.of(Math.log(p.r), Math.log(p.alpha), Math.log(p.s), Math.log(p.beta));
}

function fromValues([r, alpha, s, beta]: number[]): ParetoNbdParams {
  return { r, alpha, s, beta };
}

export function fromLog(theta: Float64Array): ParetoNbdParams {
  return {
    r: Math.exp(theta[0]),
    alpha: Math.exp(theta[1]),
    s: Math.exp(theta[2]),
    beta: Math.exp(theta[3]),
  };
}
