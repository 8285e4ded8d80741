// Fits Pareto/NBD by maximum likelihood: the parameters r, alpha, s, beta.
import { fitPurchaseModelSteps } from "../fit/fitPurchaseModel";
import { runSteps, type Pause, type Steps } from "../fit/minimizeFromStarts";
import { groupHistories, type GroupedHistories } from "../purchase/groupHistories";
import type { FitOptions, ParetoNbdParams, PurchaseFitReport, PurchaseHistory } from "../types";
import { paretoLogLikelihood } from "./paretoLogLikelihood";

export interface ParetoFitOptions extends FitOptions<ParetoNbdParams> {
  /** groupHistories() of this same history, when the caller already has it. */
  grouped?: GroupedHistories;
}

/**
 * Maximum likelihood over the valid rows (see isValidHistory), as fitPurchaseModel runs it for
 * every purchase model: data it cannot be identified from, or a fit that does not converge, says
 * so; with no valid customer the parameters are NaN.
 */
export function fitParetoNbd(
  history: PurchaseHistory,
  options: ParetoFitOptions = {}
): PurchaseFitReport {
  return runSteps(fitParetoNbdSteps(history, options, null));
}

/** fitParetoNbd, yielding between iterations when `pause` says so: the same report. */
export function fitParetoNbdSteps(
  history: PurchaseHistory,
  options: ParetoFitOptions,
  pause: Pause | null
): Steps<PurchaseFitReport> {
  const grouped = options.grouped ?? groupHistories(history);
  return fitPurchaseModelSteps<ParetoNbdParams>(
    history,
    grouped,
    {
      model: "pnbd",
      names: ["r", "alpha", "s", "beta"],
      logLikelihood: (g, params, gradient) => paretoLogLikelihood(g, params, gradient),
      starts: options.starts ?? paretoStarts(grouped),
    },
    options,
    pause
  );
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
