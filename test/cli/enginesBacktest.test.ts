// Issue 19: the backtest under `--engine duckdb` gives the core's output for every file
// the CLI tests read (engineCases.ts): the same JSON, exit code and messages.
import { BACKTEST_RUNS, sameOutputForEveryFile } from "./engineCases";

describe("--engine duckdb gives the core's output: the backtest", () => {
  sameOutputForEveryFile(BACKTEST_RUNS);
});
