// ABC (Pareto) classes, method.md section 2.
import type { AbcClass, AbcMode, AbcResult } from "../types";
import { descendingOrder } from "./rankOrder";

export const ABC_LABELS: AbcClass[] = ["A", "B", "C"];

const A = 0;
const B = 1;
const C = 2;

export interface AbcOptions {
  mode: AbcMode;
  /** Value-share mode: A while the cumulative share before the customer is below [0], B below [1]. */
  valueCuts: [number, number];
  /** Customer-share mode: A while the 0-based position / N is below [0], B below [1]. */
  countCuts: [number, number];
  /** Absolute mode: A above [0], B from [1] to [0] inclusive. */
  absoluteCuts: [number, number];
}

/**
 * Classifies customers by value. Customers with a value <= 0 (or NaN) are always C, have share 0
 * and are left out of the total S. Their cumShare is the running total at their rank, i.e. that of
 * the last positive customer (1 when there is any positive value, else 0): the curve is flat there.
 * `order`: descendingOrder(values), when the caller has it already.
 */
export function classifyAbc(
  values: Float64Array,
  opts: AbcOptions,
  order: Int32Array = descendingOrder(values)
): AbcResult {
  const n = values.length;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]] = i + 1;

  const total = positiveSum(values, order);
  const share = new Float64Array(n);
  const cumShare = new Float64Array(n);
  const cls = new Uint8Array(n);
  // Cumulative shares are running sums of raw values divided by S (not sums of shares), so that
  // e.g. 40 + 40 out of 100 is exactly 0.8 and lands on the boundary the user expects.
  let running = 0;
  // Customers with equal value get the class the first of them gets (method.md section 2), so
  // the order of the rows never changes anyone's class.
  let tieValue = NaN;
  let tieClass = C;
  for (let i = 0; i < n; i++) {
    const idx = order[i];
    const v = values[idx];
    const positive = v > 0;
    const before = total > 0 ? running / total : 0;
    if (positive) running += v;
    share[idx] = positive ? v / total : 0;
    cumShare[idx] = total > 0 ? running / total : 0;
    if (!positive) cls[idx] = C;
    else if (v === tieValue) cls[idx] = tieClass;
    else {
      tieValue = v;
      tieClass = classAt(opts, v, before, i, n);
      cls[idx] = tieClass;
    }
  }
  return { cls, rank, share, cumShare, order };
}

/**
 * classifyAbc(values, { mode: "count", countCuts }, order).cls alone: the same walk in rank
 * order and the same ties, without the ranks and shares that the value score's tiers never read
 * (three arrays and two passes over every customer).
 */
export function countClasses(
  values: Float64Array,
  countCuts: [number, number],
  order: Int32Array = descendingOrder(values)
): Uint8Array {
  const n = values.length;
  const cls = new Uint8Array(n);
  let tieValue = NaN;
  let tieClass = C;
  for (let i = 0; i < n; i++) {
    const idx = order[i];
    const v = values[idx];
    if (!(v > 0)) cls[idx] = C;
    else if (v === tieValue) cls[idx] = tieClass;
    else {
      tieValue = v;
      tieClass = byCuts(i / n, countCuts);
      cls[idx] = tieClass;
    }
  }
  return cls;
}

function classAt(
  opts: AbcOptions,
  v: number,
  shareBefore: number,
  position: number,
  n: number
): number {
  switch (opts.mode) {
    case "value":
      return byCuts(shareBefore, opts.valueCuts);
    case "count":
      return byCuts(position / n, opts.countCuts);
    case "absolute":
      if (v > opts.absoluteCuts[0]) return A;
      return v >= opts.absoluteCuts[1] ? B : C;
  }
}

function byCuts(x: number, cuts: [number, number]): number {
  if (x < cuts[0]) return A;
  return x < cuts[1] ? B : C;
}

/** Summed in rank order, like the running total, so the last positive customer reaches exactly 1. */
function positiveSum(values: Float64Array, order: Int32Array): number {
  let sum = 0;
  for (let i = 0; i < order.length; i++) {
    const v = values[order[i]];
    if (v > 0) sum += v;
  }
  return sum;
}
