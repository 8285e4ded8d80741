export { groupExplanations, NO_PURCHASE_KEY } from "./groupExplanations";
export type { ExplainedGroup, GroupExplanations } from "./groupExplanations";
