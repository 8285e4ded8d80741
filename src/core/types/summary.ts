// The figures of a run's summary: per group, the Pareto curve and the R x F grid.

export interface GroupSummary {
  key: string;
  label: string;
  customers: number;
  customerShare: number;
  value: number;
  valueShare: number;
  meanRecencyDays: number | null;
  meanFrequency: number | null;
  meanMonetary: number | null;
  meanClv: number | null;
  meanR: number | null;
  meanF: number | null;
  meanM: number | null;
  /** Customers of the group whose history is short (method.md section 4): their CLV is early. */
  shortHistory: number;
}

export interface ParetoPoint {
  /** Cumulative share of customers (0..1), in rank order. */
  customerShare: number;
  /** Cumulative share of value (0..1). */
  valueShare: number;
}

export interface RfCell {
  r: number;
  f: number;
  count: number;
  meanMonetary: number | null;
}
