// `tiering clv --json`: the CLV intervals (method.md section 4) per customer and per CLV tier.
import {
  clean,
  CLV_TIERS,
  type ClvIntervalResult,
  intervalFields,
  type IntervalFields,
  label,
  type Language,
} from "../core";

export interface JsonClvTierInterval {
  tier: (typeof CLV_TIERS)[number];
  label: string;
  customers: number;
  /** Sum of the tier's CLVs, and P10/P50/P90 of that sum over the parameter draws. */
  total: number | null;
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

export interface JsonClvIntervals {
  draws: number;
  seed: number;
  tiers: JsonClvTierInterval[];
}

/** Per customer: the interval fields (the JSON's clvTier is the tier they are about); nulls without. */
export type JsonCustomerInterval = IntervalFields;

const NONE: JsonCustomerInterval = {
  clvP10: null,
  clvP50: null,
  clvP90: null,
  tierConfidence: null,
};

export function jsonCustomerInterval(
  intervals: ClvIntervalResult | null,
  k: number
): JsonCustomerInterval {
  return intervals === null ? NONE : intervalFields(intervals, k);
}

export function jsonClvIntervals(
  intervals: ClvIntervalResult | null,
  language: Language
): JsonClvIntervals | null {
  if (intervals === null) return null;
  return {
    draws: intervals.draws,
    seed: intervals.seed,
    tiers: intervals.tiers.map((t) => ({
      tier: t.tier,
      label: label(`clvTier.${t.tier}`, language),
      customers: t.customers,
      total: clean(t.total),
      p10: clean(t.p10),
      p50: clean(t.p50),
      p90: clean(t.p90),
    })),
  };
}
