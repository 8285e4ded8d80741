// Issue 19: the rule-based tiers under `--engine duckdb` give the core's output for every file
// the CLI tests read (engineCases.ts): the same JSON, exit code and messages.
import { SEGMENT_RUNS, sameOutputForEveryFile } from "./engineCases";

describe("--engine duckdb gives the core's output: the rule-based tiers", () => {
  sameOutputForEveryFile(SEGMENT_RUNS);
});
