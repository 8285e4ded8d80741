// The Excel adapter's public face: what the pane, the ribbon commands and Refresh call.
export type * from "./api";
export { segmentWorkbook, writeResult, writeScored } from "./segmentWorkbook";
export { modelFor, withoutTierColumns } from "./modelSources";
export { inspectSelection, PEEK_ROWS } from "./inspect";
export type { SelectionPeek } from "./inspect";
export { writeRejectedSheet } from "./rejectedSheet";
export { ExcelRunError } from "./excelErrors";
export type { Scorer, SegmentOutcome, SegmentRequest } from "./segmentWorkbook";
export type { Conflict } from "./conflicts";
export { loadModels } from "./modelStore";
export type { StoredModel, ModelList } from "./model";
export { resolveSelection } from "./source";
export type { SourceRef } from "./source";
export { readSource } from "./readSource";
export type { ExcelProgress, ExcelHooks } from "./progress";
