// The core's public face: everything the faces (excel, functions, cli, taskpane, preview,
// commands) may use. They import "core" only through this file (eslint.config.mjs checks it);
// the folders behind it can be reorganised without touching a face.

// Running a segmentation and what it returns.
export { segment, segmentAggregated, segmentTyped } from "./segment";
export { hasClv } from "./clv/hasClv";
export { CLV_TIERS, NO_CLV_TIER, type ClvTier } from "./clv/clvTiers";
export type {
  CustomerRecord,
  Progress,
  ProbabilisticResult,
  RowCounts,
  RunHooks,
  SegmentResult,
  Summaries,
} from "./result";
export { clean, customerRecord, customerRecords, intervalFields } from "./records";
export type { IntervalFields } from "./records";
export type { ClvIntervalResult } from "./result";
export { intervalsOf } from "./tables/intervalColumns";
export {
  clvAnalysis,
  clvAnalysisAggregated,
  clvAnalysisTyped,
  isRfmtSummary,
} from "./pipeline/clvAnalysis";
// Rows another engine has read (DuckDB under the CLI), for files past Excel's grid.
export { EngineDisagreement, TYPED_BLANK, TYPED_OK, TYPED_UNREAD } from "./ingest/ingestTypedRows";
export type { TypedRows } from "./ingest/ingestTypedRows";
export type { AggregatedSheet, TypedSheet } from "./pipeline/readCustomers";
export { MAX_ROWS } from "./pipeline/readCustomers";
// Rows another engine has aggregated to customers: the sums it hands over, the window it needs.
export type { CustomerAggregates, CustomerSums } from "./ingest/ingestAggregates";
export { windowOfDayCounts } from "./ingest/ingestTransactions";
export { exactTotals, MILLIONTHS } from "./aggregate/exactSum";
export type { AggregatedPurchases, PurchaseDays } from "./probabilistic/summary";
export type { ClvAnalysis } from "./pipeline/clvAnalysis";
export { rfmScores, thresholdsOf } from "./pipeline/scoreCustomers";
export {
  customerTable,
  clvHeader,
  probabilisticColumns,
  shortProbabilisticHeaders,
} from "./tables/customerTable";
export type { OutCell, OutKind, OutTable } from "./tables/customerTable";
export { PARETO_MARKS } from "./summary/pareto";
export { dataWarningTexts } from "./pipeline/dataWarnings";
export { groupExplanations, NO_PURCHASE_KEY } from "./explain";
export type { ExplainedGroup, GroupExplanations } from "./explain";
export { monetaryForScoring } from "./pipeline/scoreCustomers";

// Thresholds shown, next tier, backtest (method.md sections 10 to 12).
export { asFixedThresholds, rangeText, RFM_DIMENSIONS, thresholdRows } from "./rfm";
export type { RfmDimension, RfmThresholds, ScoreRange, ThresholdRows } from "./rfm";
export { callList, ladderRanks, nextTierText, nextTiers } from "./nextTier";
export type { NextTierChange, NextTierStep, NextTiers } from "./nextTier";
export {
  backtest,
  backtestAggregated,
  backtestTyped,
  backtestWindow,
  cutFindsEngineColumns,
} from "./backtest";
export type {
  AfterCutSums,
  BacktestAggregates,
  BacktestGroup,
  BacktestOptions,
  BacktestResult,
  ChurnCheck,
  ClvCheck,
  DecileRow,
} from "./backtest";

// Options.
export { DEFAULT_FIXED_THRESHOLDS, DEFAULT_OPTIONS } from "./options";
export type { ClvModel, DeepPartial, RfmScoring, SchemeId, SegmentOptions } from "./options";
export { resolveOptions, resolveScheme } from "./resolveOptions";

// Shared vocabulary: every closed list once, with its type.
export {
  ABC_BASES,
  ABC_MODES,
  CLV_MODELS,
  CLV_GROUPINGS,
  DATE_ORDERS,
  isOneOf,
  LANGUAGES,
  languageOfTag,
  PURCHASE_MODELS,
  PURCHASE_MODEL_SETTINGS,
  RFM_SCORINGS,
  ROLES,
  SCHEME_IDS,
  SHAPES,
  TIME_UNITS,
} from "./vocabulary";
export type { AbcBasis, ClvGrouping, DateOrder, PurchaseModelSetting, Shape } from "./vocabulary";
export { STAGES } from "./types";
export type {
  AbcMode,
  CellValue,
  ColumnMapping,
  CustomerTable,
  DuplicateRow,
  FixedThresholds,
  GroupSummary,
  ParetoPoint,
  Language,
  MessageParams,
  ReasonCode,
  RejectedRow,
  Role,
  ScoreCondition,
  SegmentRule,
  SegmentScheme,
  SheetInput,
  Warning,
  WarningCode,
} from "./types";

// Errors and messages.
export { CancelledError, CodedError, InputError, OptionError } from "./errors";
export type { InputProblem, OptionProblem, ReasonMessage } from "./errors";
export { errorFromWire, errorToWire } from "./errorWire";
export type { WireError } from "./errorWire";
export { formatMessage, isMessageKey, label, rejectedMessage, sentenceStart } from "./i18n";
export { countsText } from "./i18n/countsText";
export { describeError, errorMessage, isCancelled, isOfficeError } from "./i18n/describeError";
export type { MessageKey } from "./i18n";
export {
  PURCHASE_MODEL_NAMES,
  parameterLabel,
  probabilisticWarnings,
  purchaseParameterRows,
  unitName,
} from "./i18n/fitText";
export type { ParameterRow } from "./i18n/fitText";
export {
  ACCURACY_COLUMNS,
  accuracyDimensionLabel,
  accuracyGroupLabel,
  accuracyHeader,
  modelChoiceText,
} from "./i18n/accuracyText";
export { groupFitText, groupName, groupTable } from "./i18n/groupText";
export type { GroupColumnKind, GroupTable } from "./i18n/groupText";
export type {
  ClvGroupFit,
  ClvGroupReport,
  GroupFallback,
  PAliveSpread,
} from "./pipeline/clvGroups/types";

// Cells and columns.
export {
  AMBIGUOUS_DATE,
  cellText,
  CURRENCY_SAMPLE_ROWS,
  dayToIso,
  isoToDay,
  excelError,
  isBlank,
  isDateFormat,
  MAX_AMOUNT,
  NULL_MARKS,
  nullMark,
  parseAmount,
  readDate,
  xlsxCellValue,
} from "./cells";
export type { Currency } from "./cells";
export {
  columnIndexOfLetter,
  columnLetter,
  detectColumns,
  missingRoles,
  quoteSheetName,
  sheetAddress,
} from "./columns";
export { columnsNamedByHeader, HEADER_SCAN_ROWS } from "./columns";
export type { HeaderColumnsOptions } from "./columns";
export type { DetectedColumns } from "./columns";
export { cellIssue, customerKey } from "./ingest/cellIssues";

// Methods the custom functions call one by one.
export { ABC_LABELS, classifyAbc } from "./abc";
export { rfmCodes } from "./rfm";
export { applyScheme, BUILT_IN_SCHEMES, schemeById } from "./segments";
export {
  conditionalExpectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgNbd,
  fitBgNbdSteps,
  fitParetoNbd,
  fitParetoNbdSteps,
  fitPurchaseModel,
  runSteps,
  type Pause,
  type Steps,
  isParetoParams,
  isValidHistory,
  parameterNames,
  probabilityAlive,
  probabilityNoPurchase,
} from "./probabilistic";
export type {
  BgNbdParams,
  FitReport,
  GammaGammaFitReport,
  GammaGammaParams,
  ParetoNbdParams,
  PurchaseFitReport,
  PurchaseParams,
  PurchaseHistory,
  PurchaseModel,
  TimeUnit,
} from "./probabilistic/types";
export type { CalibrationReport, HoldoutGroup } from "./probabilistic/calibration";
export * from "./probabilistic/accuracy";

// Tier history and migration between runs.
export {
  abcDirection,
  compareTiers,
  decodeHistory,
  DIRECTIONS,
  goneColumn,
  HISTORY_COLUMN_COUNT,
  historyErrorMessage,
  historyRowCount,
  historyRows,
  newRow,
  NO_SEGMENT,
  snapshotOf,
} from "./migration";
export type {
  CustomerMove,
  Direction,
  FlowMatrix,
  HistoryError,
  Migration,
  SegmentLabel,
  TierSnapshot,
} from "./migration";
export { sameTiers } from "./migration/sameTiers";

// Text files.
export {
  countCsvRecords,
  countRecords,
  normalizeLineEndings,
  type QuotePosition,
  type RecordCount,
} from "./text/lineEndings";
export { HAIRLINE_SHARE, SHARE_FORMAT, shareText } from "./text/shares";

// The tiers as SQL for a warehouse, and the cell rules as SQL.
export { CellRules, DIALECT, DIALECTS, SQL_FIELDS, tiersQuery } from "./sql";
export type { DialectId, SqlColumns, TiersQueryInput } from "./sql";
