export { ABC_LABELS, classifyAbc } from "./classifyAbc";
export type { AbcOptions } from "./classifyAbc";
export { descendingOrder, descendingOrders } from "./rankOrder";
