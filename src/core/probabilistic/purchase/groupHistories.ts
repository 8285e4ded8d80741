// Collapses identical (frequency, recency, T) rows into weighted rows, so the likelihood is
// evaluated once per distinct history: in weeks or days many customers share one.
import type { PurchaseHistory } from "../types";
import { isValidHistory } from "./isValidHistory";

export interface GroupedHistories {
  /** Number of distinct rows. */
  rows: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** How many customers share the row. */
  weight: Float64Array;
  /** Position of each row's frequency in distinctX: the terms that depend on x alone are computed once. */
  xIndex: Int32Array;
  distinctX: Float64Array;
  /** Total weight of the rows with each distinct x. */
  weightOfX: Float64Array;
  /** Customers used (the sum of the weights); invalid rows are left out. */
  customers: number;
  /** For each input row, its distinct row, or -1 when it is invalid. */
  rowOf: Int32Array;
}

export function groupHistories(history: PurchaseHistory): GroupedHistories {
  const { frequency, recency, T } = history;
  const n = frequency.length;
  if (recency.length !== n || T.length !== n) {
    throw new RangeError("frequency, recency and T must have the same length");
  }
  // Sorting the valid rows by (x, t_x, T) puts identical histories next to each other; numbers
  // compare exactly and faster than keys built from them as strings.
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (isValidHistory(frequency[i], recency[i], T[i])) order.push(i);
  order.sort((i, j) => frequency[i] - frequency[j] || recency[i] - recency[j] || T[i] - T[j]);
  const rowOf = new Int32Array(n).fill(-1);
  const x: number[] = [];
  const tx: number[] = [];
  const t: number[] = [];
  const weight: number[] = [];
  const xIndex: number[] = [];
  const distinctX: number[] = [];
  const weightOfX: number[] = [];
  for (const i of order) {
    const last = x.length - 1;
    if (last < 0 || x[last] !== frequency[i] || tx[last] !== recency[i] || t[last] !== T[i]) {
      if (last < 0 || x[last] !== frequency[i]) {
        distinctX.push(frequency[i]);
        weightOfX.push(0);
      }
      x.push(frequency[i]);
      tx.push(recency[i]);
      t.push(T[i]);
      weight.push(0);
      xIndex.push(distinctX.length - 1);
    }
    weight[x.length - 1]++;
    weightOfX[distinctX.length - 1]++;
    rowOf[i] = x.length - 1;
  }
  return {
    rows: x.length,
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(t),
    weight: Float64Array.from(weight),
    xIndex: Int32Array.from(xIndex),
    distinctX: Float64Array.from(distinctX),
    weightOfX: Float64Array.from(weightOfX),
    customers: order.length,
    rowOf,
  };
}

/**
 * About maxRows of g's distinct rows, every k-th in g's (x, t_x, T) order: a systematic sample
 * that keeps the spread of frequencies, for a cheap first fit whose optimum starts the full one.
 * rowOf is empty: the sample stands for no input rows.
 */
export function sampleGroupedRows(g: GroupedHistories, maxRows: number): GroupedHistories {
  const step = Math.max(1, Math.ceil(g.rows / maxRows));
  const picked: number[] = [];
  for (let i = 0; i < g.rows; i += step) picked.push(i);
  const xIndex: number[] = [];
  const distinctX: number[] = [];
  const weightOfX: number[] = [];
  let customers = 0;
  for (const i of picked) {
    if (distinctX.length === 0 || distinctX[distinctX.length - 1] !== g.x[i]) {
      distinctX.push(g.x[i]);
      weightOfX.push(0);
    }
    weightOfX[distinctX.length - 1] += g.weight[i];
    xIndex.push(distinctX.length - 1);
    customers += g.weight[i];
  }
  const take = (column: Float64Array) => Float64Array.from(picked, (i) => column[i]);
  return {
    rows: picked.length,
    x: take(g.x),
    tx: take(g.tx),
    T: take(g.T),
    weight: take(g.weight),
    xIndex: Int32Array.from(xIndex),
    distinctX: Float64Array.from(distinctX),
    weightOfX: Float64Array.from(weightOfX),
    customers,
    rowOf: new Int32Array(0),
  };
}
