export { percentileRanks, weightedValueScore } from "./valueScore";
export type { ScoreMetric } from "./valueScore";
export { SCORE_TIER_CUTS, scoreTiers } from "./scoreTiers";
