export { ABC_LABELS, classifyAbc, countClasses } from "./classifyAbc";
export type { AbcOptions } from "./classifyAbc";
export { descendingOrder, descendingOrders } from "./rankOrder";
