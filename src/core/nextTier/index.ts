export { ladderRanks, nextTiers } from "./nextTier";
export type { NextTierChange, NextTierInput, NextTierStep, NextTiers } from "./nextTier";
export { nextTierText } from "./nextTierText";
export { dimensionRules, valueForScore } from "./scoreSteps";
export { nextTierClv, stepPurchase } from "./nextTierClv";
export { callList } from "./callList";
