export { ALIVE_THRESHOLD, churnWarnings, lifecycleStages, LOYAL_MIN_SCORE } from "./lifecycleStage";
export type { LifecycleOptions, ModelChurn } from "./lifecycleStage";
