// Fits BG/NBD (or MBG/NBD) by maximum likelihood: the parameters r, alpha, a, b.
import { minimizeFromStarts } from "../fit/minimizeFromStarts";
import { noUncertainty, uncertaintyOf } from "../fit/uncertainty";
import type {
  BgNbdFitReport,
  BgNbdParams,
  FitMessageCode,
  PurchaseFitOptions,
  PurchaseHistory,
} from "../types";
import { groupHistories } from "./groupHistories";
import { groupedLogLikelihood } from "./groupedLogLikelihood";
import { purchaseStarts } from "./purchaseStarts";

const DEFAULT_MAX_ITERATIONS = 500;

/**
 * Maximum likelihood over the valid rows (see isValidHistory), several starts, BFGS on
 * log-parameters. When no start converges, params are the best point found, converged is false and
 * message says so; with no valid customer at all, params are NaN.
 */
export function fitBgNbd(
  history: PurchaseHistory,
  options: PurchaseFitOptions = {}
): BgNbdFitReport {
  const model = options.model ?? "bgnbd";
  const grouped = options.grouped ?? groupHistories(history);
  const customers = grouped.customers;
  const failed = (): BgNbdFitReport => ({
    params: { r: NaN, alpha: NaN, a: NaN, b: NaN },
    logLikelihood: NaN,
    iterations: 0,
    converged: false,
    message: customers === 0 ? "fit.noCustomers" : "fit.notConverged",
    model,
    customers,
    ...noUncertainty(fromValues, 4),
  });
  if (customers === 0) return failed();
  const unidentified = notIdentified(history, customers);
  if (unidentified !== null) return { ...failed(), message: unidentified };

  const starts = options.starts ?? purchaseStarts(grouped);
  const gradient = new Float64Array(4);
  // The mean negative log-likelihood: its scale does not grow with the number of customers, so one
  // step tolerance suits CDNOW and a million customers alike.
  const objective = (theta: Float64Array, out: Float64Array | null): number => {
    const ll = groupedLogLikelihood(model, grouped, fromLog(theta), out ? gradient : null);
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
    model,
    customers,
    ...(best.converged
      ? uncertaintyOf(objective, best.theta, customers, fromValues)
      : noUncertainty(fromValues, 4)),
  };
}

/**
 * Data the model cannot be identified from: the likelihood is flat (or maximal at a bound), so
 * any optimiser "converges" where it starts (every purchase on one day gave 0 iterations and
 * P(alive) 1 for everyone). Such a fit is not run: it says why instead.
 */
function notIdentified(h: PurchaseHistory, customers: number): FitMessageCode | null {
  if (customers < 2) return "fit.oneCustomer";
  const n = h.frequency.length;
  let repeats = false;
  let time = false;
  for (let i = 0; i < n; i++) {
    if (h.frequency[i] > 0) repeats = true;
    if (h.T[i] > 0) time = true;
  }
  if (!time) return "fit.oneDayOfHistory";
  return repeats ? null : "fit.noRepeatPurchases";
}

function toLog(p: BgNbdParams): Float64Array {
  return Float64Array.of(Math.log(p.r), Math.log(p.alpha), Math.log(p.a), Math.log(p.b));
}

function fromValues([r, alpha, a, b]: number[]): BgNbdParams {
  return { r, alpha, a, b };
}

function fromLog(theta: Float64Array): BgNbdParams {
  return {
    r: Math.exp(theta[0]),
    alpha: Math.exp(theta[1]),
    a: Math.exp(theta[2]),
    b: Math.exp(theta[3]),
  };
}
