export { backtest, backtestAggregated, backtestTyped, cutFindsEngineColumns } from "./backtest";
export type { AfterCutSums, BacktestAggregates } from "./aggregates";
export type {
  BacktestGroup,
  BacktestOptions,
  BacktestResult,
  ChurnCheck,
  ClvCheck,
  DecileRow,
} from "./backtest";
export { spearman } from "./spearman";
export { backtestWindow, monthsBefore, type BacktestWindow } from "./window";
