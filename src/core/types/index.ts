// Shared shapes of the scoring core, one file per concept. Everything here is plain data so it can
// cross a Web Worker boundary (structured clone keeps typed arrays) and be written to JSON.

// The closed lists (roles, shapes, ABC modes...) are in vocabulary.ts, with their types.
export type { AbcMode, Language, Role, Shape } from "../vocabulary";
export type { CellValue, ColumnMapping, SheetInput } from "./input";
export type { LocalizedText, MessageParams } from "./messages";
export type { DuplicateRow, ReasonCode, RejectedRow } from "./rejections";
export type { Warning, WarningCode } from "./warnings";
export type { FixedThresholds, RfmScores, ThresholdStep } from "./rfm";
export type {
  ActionKind,
  ScoreCondition,
  SegmentDefinition,
  SegmentRule,
  SegmentScheme,
} from "./schemes";
export type { AbcClass, AbcResult } from "./abc";
export { STAGES, type CustomerTable, type Stage } from "./customers";
export type { GroupSummary, ParetoPoint, RfCell } from "./summary";
