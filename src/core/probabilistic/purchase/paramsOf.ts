// The parameters of a purchase model, checked against the model they are used with: BG/NBD and
// MBG/NBD have r, alpha, a, b; Pareto/NBD has r, alpha, s, beta.
import type { BgNbdParams, ParetoNbdParams, PurchaseModel, PurchaseParams } from "../types";

export function isParetoParams(p: PurchaseParams): p is ParetoNbdParams {
  return "s" in p && "beta" in p;
}

export function paretoParams(p: PurchaseParams): ParetoNbdParams {
  if (!isParetoParams(p)) throw new TypeError("Pareto/NBD needs the parameters r, alpha, s, beta");
  return p;
}

export function bgNbdParams(p: PurchaseParams): BgNbdParams {
  if (isParetoParams(p)) throw new TypeError("BG/NBD needs the parameters r, alpha, a, b");
  return p;
}

/** The parameter names of a model, in the order its fit and its faces list them. */
export function parameterNames(model: PurchaseModel): readonly string[] {
  return model === "pnbd" ? ["r", "alpha", "s", "beta"] : ["r", "alpha", "a", "b"];
}
