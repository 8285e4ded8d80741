export { churnWarnings, lifecycleStages } from "./lifecycleStage";
export type { LifecycleOptions, ModelChurn } from "./lifecycleStage";
