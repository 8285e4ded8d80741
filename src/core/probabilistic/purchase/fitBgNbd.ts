// Fits BG/NBD (or MBG/NBD) by maximum likelihood: the parameters r, alpha, a, b.
import { fitPurchaseModelSteps } from "../fit/fitPurchaseModel";
import { runSteps, type Pause, type Steps } from "../fit/minimizeFromStarts";
import type { BgNbdFitReport, BgNbdParams, PurchaseFitOptions, PurchaseHistory } from "../types";
import { groupHistories } from "./groupHistories";
import { groupedLogLikelihood } from "./groupedLogLikelihood";
import { purchaseStarts } from "./purchaseStarts";

/**
 * Maximum likelihood over the valid rows (see isValidHistory), several starts, BFGS on
 * log-parameters. When no start converges, params are the best point found, converged is false and
 * message says so; with no valid customer at all, params are NaN.
 */
export function fitBgNbd(
  history: PurchaseHistory,
  options: PurchaseFitOptions = {}
): BgNbdFitReport {
  return runSteps(fitBgNbdSteps(history, options, null));
}

/** fitBgNbd, yielding between iterations when `pause` says so: the same report. */
export function fitBgNbdSteps(
  history: PurchaseHistory,
  options: PurchaseFitOptions,
  pause: Pause | null
): Steps<BgNbdFitReport> {
  const model = options.model ?? "bgnbd";
  const grouped = options.grouped ?? groupHistories(history);
  return fitPurchaseModelSteps<BgNbdParams>(
    history,
    grouped,
    {
      model,
      names: ["r", "alpha", "a", "b"],
      logLikelihood: (g, params, gradient) => groupedLogLikelihood(model, g, params, gradient),
      starts: options.starts ?? purchaseStarts(grouped),
    },
    options,
    pause
  );
}
