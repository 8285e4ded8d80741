export { shortHistory, simpleClv, simpleClvAt } from "./simpleClv";
export type { SimpleClvOptions, SimpleClvResult } from "./simpleClv";
export { CLV_TIERS, HIGH_CUT, MID_CUT, NO_CLV_TIER, clvTiers } from "./clvTiers";
export type { ClvTier } from "./clvTiers";
export { hasClv } from "./hasClv";
