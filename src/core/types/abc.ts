// An ABC (Pareto) classification of customers by value, columnar.

export type AbcClass = "A" | "B" | "C";

export interface AbcResult {
  /** 0 = A, 1 = B, 2 = C. */
  cls: Uint8Array;
  /** 1-based rank by value, descending; ties keep input order. */
  rank: Int32Array;
  /** Share of the sum of positive values (0 for customers with value <= 0). */
  share: Float64Array;
  /** Cumulative share including this customer, in rank order. */
  cumShare: Float64Array;
  /** Customer indices in rank order. */
  order: Int32Array;
}
