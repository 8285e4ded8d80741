// "Tiers by score like ABC" (method.md section 5). A score is a percentile blend, not an amount that
// adds up, so a share of its sum means nothing: tiers use ABC's customer-share mode, top 20% A,
// next 30% B, bottom 50% C. Customers without a score (NaN) rank last and are C.
import { countClasses } from "../abc/classifyAbc";

export const SCORE_TIER_CUTS: [number, number] = [0.2, 0.5];

/** The tier (0 A, 1 B, 2 C) per customer: ABC's customer-share classes of the scores. */
export function scoreTiers(
  score: Float64Array,
  countCuts: [number, number] = SCORE_TIER_CUTS
): Uint8Array {
  return countClasses(score, countCuts);
}
