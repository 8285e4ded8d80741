// "Tiers by score like ABC" (method.md section 5). A score is a percentile blend, not an amount that
// adds up, so a share of its sum means nothing: tiers use ABC's customer-share mode, top 20% A,
// next 30% B, bottom 50% C. Customers without a score (NaN) rank last and are C.
import { classifyAbc } from "../abc/classifyAbc";
import type { AbcResult } from "../types";

export const SCORE_TIER_CUTS: [number, number] = [0.2, 0.5];

export function scoreTiers(
  score: Float64Array,
  countCuts: [number, number] = SCORE_TIER_CUTS
): AbcResult {
  return classifyAbc(score, {
    mode: "count",
    countCuts,
    // Unused in count mode; given because classifyAbc's options are complete.
    valueCuts: [0.8, 0.95],
    absoluteCuts: [Infinity, Infinity],
  });
}
