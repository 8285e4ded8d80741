// The repeat customers Gamma-Gamma is fitted on, with the sums its likelihood needs per frequency.
import type { RfmtSummary } from "../types";

export type SpendHistory = Pick<RfmtSummary, "frequency" | "monetary">;

export interface SpendData {
  /** Customers used: frequency > 0 and monetary > 0, both finite. */
  customers: number;
  x: Float64Array;
  m: Float64Array;
  distinctX: Float64Array;
  /** Customers with each distinct x, and the sum of their ln(monetary). */
  countOfX: Float64Array;
  sumLnMOfX: Float64Array;
}

/**
 * Keeps customers with repeat purchases and a positive mean spend: Gamma-Gamma models the mean of
 * x > 0 positive amounts (one-time buyers have no repeat spend, refunds no gamma density).
 * monetary is divided by `scale`, which the fit uses to make v independent of the currency.
 */
export function spendData(history: SpendHistory, scale = 1): SpendData {
  const { frequency, monetary } = history;
  if (monetary.length !== frequency.length) {
    throw new RangeError("frequency and monetary must have the same length");
  }
  const x: number[] = [];
  const m: number[] = [];
  const byX = new Map<number, number>();
  const count: number[] = [];
  const sumLnM: number[] = [];
  for (let i = 0; i < frequency.length; i++) {
    const xi = frequency[i];
    const mi = monetary[i] / scale;
    if (!(xi > 0 && Number.isFinite(xi) && mi > 0 && Number.isFinite(mi))) continue;
    x.push(xi);
    m.push(mi);
    let k = byX.get(xi);
    if (k === undefined) {
      k = count.length;
      byX.set(xi, k);
      count.push(0);
      sumLnM.push(0);
    }
    count[k]++;
    sumLnM[k] += Math.log(mi);
  }
  return {
    customers: x.length,
    x: Float64Array.from(x),
    m: Float64Array.from(m),
    distinctX: Float64Array.from(byX.keys()),
    countOfX: Float64Array.from(count),
    sumLnMOfX: Float64Array.from(sumLnM),
  };
}
