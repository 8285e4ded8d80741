export { backtest, backtestTyped } from "./backtest";
export type {
  BacktestGroup,
  BacktestOptions,
  BacktestResult,
  ChurnCheck,
  ClvCheck,
  DecileRow,
} from "./backtest";
export { spearman } from "./spearman";
export { backtestWindow, monthsBefore } from "./window";
