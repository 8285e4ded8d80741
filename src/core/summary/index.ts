export { summarizeGroups } from "./groupSummary";
export type { GroupDefinition } from "./groupSummary";
export { DEFAULT_PARETO_POINTS, PARETO_MARKS, paretoPoints } from "./pareto";
export { rfGrid } from "./rfGrid";
