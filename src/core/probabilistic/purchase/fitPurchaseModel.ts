// One entry to the purchase models' fits: BG/NBD and MBG/NBD (fitBgNbd) or Pareto/NBD.
import { fitParetoNbd } from "../pareto/fitParetoNbd";
import type { PurchaseFitOptions, PurchaseFitReport, PurchaseHistory } from "../types";
import { fitBgNbd } from "./fitBgNbd";

/** The fit of options.model (default "bgnbd"); starts, when given, must be that model's. */
export function fitPurchaseModel(
  history: PurchaseHistory,
  options: PurchaseFitOptions = {}
): PurchaseFitReport {
  if (options.model !== "pnbd") return fitBgNbd(history, options);
  const { starts, ...rest } = options;
  if (starts !== undefined) throw new TypeError("Pareto/NBD starts are given to fitParetoNbd");
  return fitParetoNbd(history, rest);
}
