// RFM scores per customer, and the fixed-threshold tables that score them (method.md section 3).

/** RFM scores per customer, 1..5; 0 means "no score" (customer without a purchase). */
export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

/** One step of a fixed-threshold table, checked in order; the first that holds gives its score. */
export interface ThresholdStep {
  score: 1 | 2 | 3 | 4 | 5;
  op: "<=" | "<" | ">=" | ">";
  value: number;
}

export interface FixedThresholds {
  recency: ThresholdStep[];
  frequency: ThresholdStep[];
  monetary: ThresholdStep[];
}
