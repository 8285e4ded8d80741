// The expectations divide by a - 1 a difference that vanishes at a = 1 (a removable 0/0): near it
// both lose digits, so they are computed on either side and interpolated.
import type { PurchaseParams } from "../types";
import { isParetoParams } from "./paramsOf";

/** Within this distance of a = 1 the expectations are interpolated; the error is O(STEP^2). */
const STEP = 1e-4;

/** The two sides of a = 1 to compute at, and the share of the upper one; null away from a = 1. */
export interface NearAOne<P> {
  below: P;
  above: P;
  share: number;
}

export function nearAOne<P extends PurchaseParams>(params: P): NearAOne<P> | null {
  // Pareto/NBD has no a (its own 0/0, at s = 1, is taken care of where it arises).
  if (isParetoParams(params) || !(Math.abs(params.a - 1) < STEP)) return null;
  return {
    below: { ...params, a: 1 - STEP },
    above: { ...params, a: 1 + STEP },
    share: (params.a - (1 - STEP)) / (2 * STEP),
  };
}

/** The interpolated value from the two sides' (one operation order for every caller). */
export function blendNearAOne(below: number, above: number, share: number): number {
  return below + share * (above - below);
}

/** compute(params) for each output, taken on both sides of a = 1 when a is within STEP of it. */
export function interpolateNearAOne<P extends PurchaseParams>(
  params: P,
  compute: (p: P) => Float64Array
): Float64Array {
  const sides = nearAOne(params);
  if (sides === null) return compute(params);
  const below = compute(sides.below);
  const above = compute(sides.above);
  return below.map((v, i) => blendNearAOne(v, above[i], sides.share));
}
