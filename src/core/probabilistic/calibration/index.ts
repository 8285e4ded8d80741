export { calibrationCheck, calibrationReport } from "./calibrationCheck";
export type { CalibrationOptions, CalibrationReport } from "./calibrationCheck";
export { holdoutTable, HOLDOUT_GROUPS } from "./holdoutTable";
export type { HoldoutGroup } from "./holdoutTable";
export { splitCalibration, splitPurchases } from "./splitCalibration";
export type { CalibrationSplit, SplitOptions } from "./splitCalibration";
