export { abcDirection, DIRECTIONS } from "./abcDirection";
export type { Direction } from "./abcDirection";
export { compareTiers, NO_SEGMENT } from "./compareTiers";
export type { CustomerMove, Migration, MoveCounts, RunInfo } from "./compareTiers";
export { goneColumn, newRow } from "./flowMatrix";
export type { FlowMatrix } from "./flowMatrix";
export { historyErrorMessage } from "./historyError";
export type { HistoryError, HistoryProblem } from "./historyError";
export {
  decodeHistory,
  encodeHistory,
  HISTORY_COLUMN_COUNT,
  HISTORY_MARK,
  HISTORY_VERSION,
  historyRowCount,
  historyRows,
} from "./historyRows";
export type { HistoryCell, HistoryRead } from "./historyRows";
export { snapshotOf } from "./tierSnapshot";
export type { SegmentLabel, TierSnapshot } from "./tierSnapshot";
