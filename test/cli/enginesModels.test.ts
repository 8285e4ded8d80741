// Issue 19: the probabilistic CLV under `--engine duckdb` gives the core's output for every file
// the CLI tests read (engineCases.ts): the same JSON, exit code and messages.
import { MODEL_RUNS, sameOutputForEveryFile } from "./engineCases";

describe("--engine duckdb gives the core's output: the probabilistic CLV", () => {
  sameOutputForEveryFile(MODEL_RUNS);
});
