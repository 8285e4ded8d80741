// Per-group summary tables that feed the charts (method.md section 8): ABC classes, RFM segments,
// CLV tiers, lifecycle stages — any grouping given as a group index per customer.
import type { CustomerTable, GroupSummary, RfmScores } from "../types";

export interface GroupDefinition {
  key: string;
  label: string;
}

/** Per-group running sums, columnar: one slot per group. */
class Sums {
  readonly sum: Float64Array;
  readonly count: Float64Array;
  constructor(groups: number) {
    this.sum = new Float64Array(groups);
    this.count = new Float64Array(groups);
  }
  /** Adds x to group g unless x is unknown (NaN). */
  add(g: number, x: number): void {
    if (Number.isNaN(x)) return;
    this.sum[g] += x;
    this.count[g]++;
  }
  mean(g: number): number | null {
    return this.count[g] > 0 ? this.sum[g] / this.count[g] : null;
  }
}

/**
 * One entry per group, in the given order, empty groups included (counts 0, means null). Customers
 * with a group index < 0 (or past the last group) are left out of everything. customerShare is of
 * all customers counted in a group; valueShare is the group's value over the total value of all
 * grouped customers (negatives included, NaN skipped), 0 when that total is not positive. Means are
 * over the customers whose field is known; meanR/F/M over customers with that score (score > 0).
 * shortHistory counts the group's customers flagged so (0 when no flags are given).
 */
export function summarizeGroups(
  groupOf: ArrayLike<number>,
  groups: GroupDefinition[],
  c: CustomerTable,
  value: Float64Array,
  scores: RfmScores,
  clv: Float64Array,
  shortHistory?: Uint8Array
): GroupSummary[] {
  const g = groups.length;
  const values = new Sums(g);
  const customers = new Float64Array(g);
  const short = new Float64Array(g);
  const recency = new Sums(g);
  const frequency = new Sums(g);
  const monetary = new Sums(g);
  const clvSums = new Sums(g);
  const r = new Sums(g);
  const f = new Sums(g);
  const m = new Sums(g);
  let totalCustomers = 0;
  for (let i = 0; i < c.n; i++) {
    const k = groupOf[i];
    if (!(k >= 0 && k < g)) continue;
    totalCustomers++;
    customers[k]++;
    if (shortHistory) short[k] += shortHistory[i];
    values.add(k, value[i]);
    recency.add(k, c.recencyDays[i]);
    frequency.add(k, c.frequency[i]);
    monetary.add(k, c.monetary[i]);
    clvSums.add(k, clv[i]);
    addScore(r, k, scores.r[i]);
    addScore(f, k, scores.f[i]);
    addScore(m, k, scores.m[i]);
  }
  let totalValue = 0;
  for (let k = 0; k < g; k++) totalValue += values.sum[k];

  return groups.map((group, k) => ({
    key: group.key,
    label: group.label,
    customers: customers[k],
    customerShare: totalCustomers > 0 ? customers[k] / totalCustomers : 0,
    value: values.sum[k],
    valueShare: totalValue > 0 ? values.sum[k] / totalValue : 0,
    meanRecencyDays: recency.mean(k),
    meanFrequency: frequency.mean(k),
    meanMonetary: monetary.mean(k),
    meanClv: clvSums.mean(k),
    meanR: r.mean(k),
    meanF: f.mean(k),
    meanM: m.mean(k),
    shortHistory: short[k],
  }));
}

function addScore(sums: Sums, g: number, score: number): void {
  if (score > 0) sums.add(g, score);
}
