export { ACTION_KINDS, DEFAULT_ACTIONS, actionKindFor, actionText } from "./recommendedActions";
export type { ActionOverrides } from "./recommendedActions";
