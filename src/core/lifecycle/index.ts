export { churnWarnings, lifecycleStages } from "./lifecycleStage";
export type { LifecycleOptions } from "./lifecycleStage";
