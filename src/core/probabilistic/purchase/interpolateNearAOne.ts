// The expectations divide by a - 1 a difference that vanishes at a = 1 (a removable 0/0): near it
// both lose digits, so they are computed on either side and interpolated.
import type { PurchaseParams } from "../types";
import { isParetoParams } from "./paramsOf";

/** Within this distance of a = 1 the expectations are interpolated; the error is O(STEP^2). */
const STEP = 1e-4;

/** compute(params) for each output, taken on both sides of a = 1 when a is within STEP of it. */
export function interpolateNearAOne<P extends PurchaseParams>(
  params: P,
  compute: (p: P) => Float64Array
): Float64Array {
  // Pareto/NBD has no a (its own 0/0, at s = 1, is taken care of where it arises).
  if (isParetoParams(params) || !(Math.abs(params.a - 1) < STEP)) return compute(params);
  const below = compute({ ...params, a: 1 - STEP });
  const above = compute({ ...params, a: 1 + STEP });
  const share = (params.a - (1 - STEP)) / (2 * STEP);
  return below.map((v, i) => v + share * (above[i] - v));
}
