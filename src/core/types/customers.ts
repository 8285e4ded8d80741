// The customers of a run, one entry per index, columnar; and their lifecycle stages (method.md
// section 6).

export type Stage = "potential" | "new" | "repeat" | "loyal" | "atRisk" | "lost";
export const STAGES: readonly Stage[] = ["potential", "new", "repeat", "loyal", "atRisk", "lost"];

/** Customers, one entry per index, columnar. NaN marks "unknown / not applicable". */
export interface CustomerTable {
  n: number;
  ids: string[];
  names: (string | null)[] | null;
  /** Sheet row number where the customer first appears. */
  firstRow: Int32Array;
  /** 1 when the customer made at least one purchase in the window. */
  hasPurchase: Uint8Array;
  recencyDays: Float64Array;
  /** Purchases (0 when none). */
  frequency: Float64Array;
  /** Net spend, returns included. */
  monetary: Float64Array;
  /** Day numbers (days since 1970-01-01). */
  firstDay: Float64Array;
  lastDay: Float64Array;
  /** Median gap in days between distinct purchase days; NaN with fewer than two. */
  medianGapDays: Float64Array;
  /** Order rows (every row of the customer with a positive amount). */
  rows: Int32Array;
  profit: Float64Array | null;
  annualSpend: Float64Array | null;
  strategic: Float64Array | null;
}
