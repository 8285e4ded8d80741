// The Excel adapter's public face: what the pane, the ribbon commands, Refresh and the preview
// call. Nothing outside src/excel imports its other files (eslint.config.mjs checks it).
export type * from "./api";
export { a1 } from "./address";
export { segmentWorkbook, writeResult, writeScored } from "./segmentWorkbook";
export type { Scorer, SegmentOutcome, SegmentRequest } from "./segmentWorkbook";
export { modelFor, withoutTierColumns } from "./modelSources";
export { inspectSelection, PEEK_ROWS } from "./inspect";
export type { SelectionPeek } from "./inspect";
export { writeRejectedSheet } from "./rejectedSheet";
export { ExcelRunError } from "./excelErrors";
export type { ExcelProblem } from "./excelErrors";
export type { Conflict } from "./conflicts";
export { loadModels } from "./modelStore";
export type { ModelList, StoredModel, UnreadableModel } from "./model";
export { deleteModel, forgetModel, relinkModel, renameModel, sheetsToDelete } from "./manageModels";
export { refreshModels } from "./refreshModels";
export type { ModelRefresh, RefreshReport } from "./refreshModels";
export type { MigrationSummary } from "./migrationWriter";
export { freeName } from "./sheets";
export { resolveSelection } from "./source";
export type { SourceRef } from "./source";
export { readSource } from "./readSource";
export { listCustomers } from "./listCustomers";
export type { ExcelProgress, ExcelHooks } from "./progress";
export { backtestModel, writeBacktestSheet } from "./backtestWriter";
export type { Backtester, BacktestOutcome } from "./backtestWriter";
