// Holdout accuracy, model comparison, the "auto" choice and the monthly projection (method.md
// section 4). Faces import these through src/core/index.ts.
export { errorStats, errorStatsByGroup, type ErrorStats } from "./errorStats";
export { informationCriteria, type InformationCriteria } from "./informationCriteria";
export {
  ACCURACY_DIMENSIONS,
  holdoutAccuracy,
  P_ALIVE_BANDS,
  type AccuracyDimension,
  type AccuracyInput,
  type AccuracyRow,
} from "./holdoutAccuracy";
export { modelScore, scoreModels, type ModelScore } from "./modelScores";
export {
  choiceScore,
  chooseModel,
  holdoutMae,
  type ChoiceBasis,
  type ModelChoice,
} from "./modelChoice";
export { modelComparisonRows, type ComparisonRow } from "./modelComparison";
export { holdoutScores, type HoldoutScoreOptions } from "./holdoutScores";
export {
  monthlyProjection,
  projectionTotals,
  type ProjectionInput,
  type ProjectionMonth,
  type TierFigures,
} from "../clv/monthlyProjection";
