// CLV by group (method.md section 4): one fit per group on that group's rows alone, the pooled
// fit for a group too small to fit or whose fit fails, and each customer's figures from the fit
// of their group.
import { PURCHASE_MODEL_NAMES } from "../../i18n/fitText";
import { newCustomerValue } from "../../probabilistic/clv/newCustomerValue";
import type { RfmtSummary } from "../../probabilistic";
import type { ProbabilisticOptions } from "../../options";
import {
  probabilisticFigures,
  type FigureOptions,
  type ModelFigures,
  type ProbabilisticFit,
} from "../probabilisticFigures";
import { pAliveSpread } from "./quantiles";
import type { ClvGroupFit, GroupFallback } from "./types";

/** The fit a group's figures come from: its own (on its rows alone), or null for the pooled one. */
export interface GroupFitSource {
  label: string;
  /** Summary rows of the group. */
  rows: number[];
  own: ProbabilisticFit | null;
}

export interface GroupedFigures {
  groups: ClvGroupFit[];
  /** Per group, in the order of `groups`: what its CLV intervals are drawn around. */
  sources: GroupFitSource[];
  /** The pooled figures with every own-fit group's rows replaced by its own. */
  figures: ModelFigures;
}

export type GroupOptions = Omit<FigureOptions, "onProgress"> &
  Pick<ProbabilisticOptions, "minGroupCustomers" | "minGroupRepeatBuyers">;

/** Summary rows of each label: labels in text order, "" (no value) last. */
function rowsByLabel(labels: readonly string[]): Map<string, number[]> {
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, i) => {
    const rows = byLabel.get(label);
    if (rows) rows.push(i);
    else byLabel.set(label, [i]);
  });
  const order = [...byLabel.keys()].sort((a, b) =>
    a === "" ? 1 : b === "" ? -1 : a < b ? -1 : a > b ? 1 : 0
  );
  return new Map(order.map((label) => [label, byLabel.get(label) as number[]]));
}

export function pick(values: Float64Array, rows: readonly number[]): Float64Array {
  return Float64Array.from(rows, (i) => values[i]);
}

export function subset(s: RfmtSummary, rows: readonly number[]): RfmtSummary {
  return {
    n: rows.length,
    unit: s.unit,
    frequency: pick(s.frequency, rows),
    recency: pick(s.recency, rows),
    T: pick(s.T, rows),
    monetary: pick(s.monetary, rows),
  };
}

function finiteMean(values: Iterable<number>): number {
  let sum = 0;
  let n = 0;
  for (const v of values)
    if (Number.isFinite(v)) {
      sum += v;
      n++;
    }
  return n === 0 ? NaN : sum / n;
}

/** Why the group's own fit is not used, or null when it is. */
function fallbackOf(
  own: ProbabilisticFit,
  pooled: ProbabilisticFit,
  o: GroupOptions
): GroupFallback | null {
  if (!own.purchase.converged)
    return {
      code: "fitFailed",
      model: PURCHASE_MODEL_NAMES[o.purchaseModel],
      message: own.purchase.message,
    };
  if (pooled.clvDefined && !own.clvDefined)
    return {
      code: "fitFailed",
      model: "Gamma-Gamma",
      message:
        own.spend?.message ?? (own.spend?.spendDefined === false ? "fit.spendUndefined" : null),
    };
  return null;
}

function groupMargin(margin: FigureOptions["margin"], rows: readonly number[]): number {
  if (margin === null) return 1;
  return typeof margin === "number" ? margin : finiteMean(rows.map((i) => margin[i]));
}

function ownFit(s: RfmtSummary, rows: readonly number[], o: GroupOptions): ProbabilisticFit {
  const margin =
    o.margin === null || typeof o.margin === "number" ? o.margin : pick(o.margin, rows);
  return probabilisticFigures(subset(s, rows), { ...o, margin });
}

function copyInto(
  target: ModelFigures,
  from: ModelFigures,
  rows: readonly number[],
  clv: boolean
): void {
  rows.forEach((i, j) => {
    target.expectedPurchases[i] = from.expectedPurchases[j];
    target.pAlive[i] = from.pAlive[j];
    target.pNoPurchase[i] = from.pNoPurchase[j];
    // Without a pooled CLV the run has none: a group's own cannot stand alone in the tiers.
    target.expectedSpend[i] = clv ? from.expectedSpend[j] : NaN;
    target.clv[i] = clv ? from.clv[j] : NaN;
  });
}

function describe(
  label: string,
  rows: readonly number[],
  s: RfmtSummary,
  used: ProbabilisticFit,
  fallback: GroupFallback | null,
  figures: ModelFigures,
  o: GroupOptions
): ClvGroupFit {
  const spend = used.spend;
  const spendUsable = spend !== null && spend.converged && spend.spendDefined;
  const fresh = newCustomerValue(used.purchase.params, spendUsable ? spend.params : null, {
    model: o.purchaseModel,
    unit: s.unit,
    horizonMonths: o.horizonMonths,
    monthlyDiscount: o.monthlyDiscount,
    margin: groupMargin(o.margin, rows),
  });
  return {
    label,
    customers: rows.length,
    repeatBuyers: rows.filter((i) => s.frequency[i] > 0).length,
    fallback,
    purchase: used.purchase,
    spend: used.spend,
    newCustomerPurchases: used.purchase.converged ? fresh.purchases : NaN,
    newCustomerValue: used.purchase.converged ? fresh.value : NaN,
    pAlive: pAliveSpread(rows.map((i) => figures.pAlive[i])),
    meanClv: finiteMean(rows.map((i) => figures.clv[i])),
    // Needs the run's CLV tiers, known once every group is fitted (probabilisticResult).
    projection: null,
  };
}

/**
 * One fit per label. A group with fewer customers or repeat buyers than the minimums is not
 * fitted; a group whose fit fails keeps the pooled figures; both say why.
 */
export function fitGroups(
  s: RfmtSummary,
  labels: readonly string[],
  pooled: ProbabilisticFit,
  o: GroupOptions
): GroupedFigures {
  const p = pooled.figures;
  const figures: ModelFigures = {
    expectedPurchases: p.expectedPurchases.slice(),
    pAlive: p.pAlive.slice(),
    pNoPurchase: p.pNoPurchase.slice(),
    expectedSpend: p.expectedSpend.slice(),
    clv: p.clv.slice(),
  };
  const groups: ClvGroupFit[] = [];
  const sources: GroupFitSource[] = [];
  for (const [label, rows] of rowsByLabel(labels)) {
    const repeatBuyers = rows.filter((i) => s.frequency[i] > 0).length;
    let used = pooled;
    let fallback: GroupFallback | null = null;
    if (rows.length < o.minGroupCustomers || repeatBuyers < o.minGroupRepeatBuyers) {
      fallback = { code: "tooSmall", customers: rows.length, repeatBuyers };
    } else {
      const own = ownFit(s, rows, o);
      fallback = fallbackOf(own, pooled, o);
      if (fallback === null) {
        used = own;
        copyInto(figures, own.figures, rows, pooled.clvDefined);
      }
    }
    groups.push(describe(label, rows, s, used, fallback, figures, o));
    sources.push({ label, rows, own: used === pooled ? null : used });
  }
  return { groups, sources, figures };
}
