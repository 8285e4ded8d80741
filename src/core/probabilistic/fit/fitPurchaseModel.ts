// The maximum-likelihood fit every purchase model shares (BG/NBD, MBG/NBD, Pareto/NBD): refuse
// data the model cannot be identified from, BFGS on log-parameters from several starts over the
// mean negative log-likelihood, then the report with its standard errors. Each model only gives
// its parameter names, its grouped log-likelihood and its starts.
import type { GroupedHistories } from "../purchase/groupHistories";
import type {
  FitMessageCode,
  PurchaseFitReport,
  PurchaseHistory,
  PurchaseModel,
  PurchaseParams,
} from "../types";
import { minimizeFromStarts } from "./minimizeFromStarts";
import { noUncertainty, uncertaintyOf } from "./uncertainty";

const DEFAULT_MAX_ITERATIONS = 500;

export interface PurchaseModelSpec<P extends PurchaseParams> {
  model: PurchaseModel;
  /** The parameters in the optimiser's order. */
  names: readonly (keyof P & string)[];
  /** Log-likelihood of the grouped histories; fills `gradient` (per parameter) when given. */
  logLikelihood: (params: P, gradient: Float64Array | null) => number;
  starts: readonly P[];
}

export interface FitRun {
  maxIterations?: number;
  onProgress?: (fraction: number) => void;
}

export function fitPurchaseModel<P extends PurchaseParams>(
  history: PurchaseHistory,
  grouped: GroupedHistories,
  spec: PurchaseModelSpec<P>,
  run: FitRun
): PurchaseFitReport<P> {
  const k = spec.names.length;
  const fromValues = (values: number[]): P =>
    Object.fromEntries(spec.names.map((name, i) => [name, values[i]])) as unknown as P;
  const fromLog = (theta: Float64Array): P => fromValues(Array.from(theta, Math.exp));
  const toLog = (p: P): Float64Array =>
    Float64Array.from(spec.names, (name) => Math.log(Number(p[name])));
  const customers = grouped.customers;
  const failed = (message: FitMessageCode): PurchaseFitReport<P> => ({
    params: fromValues(new Array<number>(k).fill(NaN)),
    logLikelihood: NaN,
    iterations: 0,
    converged: false,
    message,
    model: spec.model,
    customers,
    ...noUncertainty(fromValues, k),
  });
  if (customers === 0) return failed("fit.noCustomers");
  const unidentified = notIdentified(history, customers);
  if (unidentified !== null) return failed(unidentified);

  const gradient = new Float64Array(k);
  // The mean negative log-likelihood: its scale does not grow with the number of customers, so one
  // step tolerance suits CDNOW and a million customers alike.
  const objective = (theta: Float64Array, out: Float64Array | null): number => {
    const ll = spec.logLikelihood(fromLog(theta), out ? gradient : null);
    if (out) for (let i = 0; i < k; i++) out[i] = -gradient[i] / customers;
    return -ll / customers;
  };
  const best = minimizeFromStarts(objective, spec.starts.map(toLog), {
    maxIterations: run.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    onProgress: run.onProgress,
  });
  if (best === null) return failed("fit.notConverged");
  return {
    params: fromLog(best.theta),
    logLikelihood: -best.value * customers,
    iterations: best.iterations,
    converged: best.converged,
    message: best.converged ? null : best.atBound ? "fit.atBound" : "fit.notConverged",
    model: spec.model,
    customers,
    ...(best.converged
      ? uncertaintyOf(objective, best.theta, customers, fromValues)
      : noUncertainty(fromValues, k)),
  };
}

/**
 * Data no purchase model can be identified from: the likelihood is flat (or maximal at a bound), so
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
