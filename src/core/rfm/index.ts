export { quantileScores } from "./quantileScores";
export type { ScoreDirection } from "./quantileScores";
export { fixedScores, validateThresholds } from "./fixedScores";
export type { ThresholdProblem, ThresholdProblemCode } from "./fixedScores";
export { quantileType7, rPackageBreaks, rPackageScores } from "./rPackageScores";
export type { RPackageBreaks } from "./rPackageScores";
export { rfmCodes } from "./rfmCode";
