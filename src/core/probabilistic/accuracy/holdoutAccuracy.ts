// The holdout accuracy table (method.md section 4): how far each customer's predicted holdout
// purchases and spend were from what they did, overall and by calibration frequency, by the CLV
// tier and by the P(alive) band the model gave them at the calibration end.
import { HOLDOUT_GROUPS } from "../calibration/holdoutTable";
import { errorStatsByGroup, type ErrorStats } from "./errorStats";

export const ACCURACY_DIMENSIONS = ["overall", "frequency", "clvTier", "pAlive"] as const;
export type AccuracyDimension = (typeof ACCURACY_DIMENSIONS)[number];

/** Ten bands of P(alive): 0-10%, ..., 90-100% (the P(alive) distribution's bins). */
export const P_ALIVE_BANDS = 10;

const CLV_TIER_KEYS = ["high", "mid", "low"] as const;

export interface AccuracyRow {
  dimension: AccuracyDimension;
  /**
   * Language-neutral key of the group: "all"; the calibration frequency "0" .. "6", "7+"; the CLV
   * tier "high" | "mid" | "low"; the P(alive) band "0-10%" .. "90-100%".
   */
  group: string;
  /** Repeat purchases (purchase days) in the holdout period. */
  purchases: ErrorStats;
  /** Holdout revenue; null when the spend model gave no expected spend. */
  spend: ErrorStats | null;
}

export interface AccuracyInput {
  /** Per calibration customer: calibration frequency, P(alive) at the calibration end. */
  frequency: Float64Array;
  pAlive: Float64Array;
  /** Index into high, mid, low (255 none); null without a CLV. */
  clvTier: Uint8Array | null;
  actualPurchases: Float64Array;
  predictedPurchases: Float64Array;
  actualSpend: Float64Array;
  /** Null when the spend model gave no expected spend. */
  predictedSpend: Float64Array | null;
}

interface Grouping {
  dimension: AccuracyDimension;
  keys: readonly string[];
  group: ArrayLike<number>;
}

function groupings(input: AccuracyInput): Grouping[] {
  const last = HOLDOUT_GROUPS - 1;
  const step = 100 / P_ALIVE_BANDS;
  const out: Grouping[] = [
    { dimension: "overall", keys: ["all"], group: new Uint8Array(input.frequency.length) },
    {
      dimension: "frequency",
      keys: Array.from({ length: HOLDOUT_GROUPS }, (_, g) => (g === last ? `${g}+` : String(g))),
      group: input.frequency.map((x) => (x >= 0 ? Math.min(Math.floor(x), last) : -1)),
    },
  ];
  if (input.clvTier !== null)
    out.push({ dimension: "clvTier", keys: CLV_TIER_KEYS, group: input.clvTier });
  out.push({
    dimension: "pAlive",
    keys: Array.from({ length: P_ALIVE_BANDS }, (_, b) => `${b * step}-${(b + 1) * step}%`),
    // P(alive) 1 belongs to the top band; NaN to none.
    group: input.pAlive.map((p) =>
      p >= 0 && p <= 1 ? Math.min(Math.floor(p * P_ALIVE_BANDS), P_ALIVE_BANDS - 1) : -1
    ),
  });
  return out;
}

/** Every grouping's non-empty groups, overall first. */
export function holdoutAccuracy(input: AccuracyInput): AccuracyRow[] {
  const rows: AccuracyRow[] = [];
  for (const g of groupings(input)) {
    const n = g.keys.length;
    const purchases = errorStatsByGroup(
      input.predictedPurchases,
      input.actualPurchases,
      g.group,
      n
    );
    const spend =
      input.predictedSpend === null
        ? null
        : errorStatsByGroup(input.predictedSpend, input.actualSpend, g.group, n);
    g.keys.forEach((group, k) => {
      const p = purchases[k];
      if (p === null) return;
      rows.push({ dimension: g.dimension, group, purchases: p, spend: spend?.[k] ?? null });
    });
  }
  return rows;
}
