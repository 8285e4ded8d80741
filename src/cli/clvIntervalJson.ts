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

/** Per customer: the CLV tier the confidence is about and the interval fields; nulls without intervals. */
export type JsonCustomerInterval = IntervalFields & { clvTier: string | null };

const NONE: JsonCustomerInterval = {
  clvTier: null,
  clvP10: null,
  clvP50: null,
  clvP90: null,
  tierConfidence: null,
};

export function jsonCustomerInterval(
  intervals: ClvIntervalResult | null,
  k: number,
  language: Language
): JsonCustomerInterval {
  if (intervals === null) return NONE;
  const t = intervals.tier[k];
  return {
    clvTier: t < CLV_TIERS.length ? label(`clvTier.${CLV_TIERS[t]}`, language) : null,
    ...intervalFields(intervals, k),
  };
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
