// Wall time and peak RSS of the command line on a CSV file, as a user would run it:
// node bin/tiering.js segment FILE --json > /dev/null
import { spawnSync } from "child_process";
import { closeSync, openSync, readFileSync, rmSync } from "fs";
import * as path from "path";

export const REPO = path.resolve(__dirname, "../../..");
const BIN = path.join(REPO, "bin", "tiering.js");
const PRELOAD = path.join(__dirname, "reportMaxRss.js");

export interface CliRun {
  ms: number;
  maxRss: number;
}

/** Runs the CLI once; stdout goes to `stdoutPath` (default /dev/null). Throws with the CLI's message when it fails. */
export function timeCli(csvPath: string, workDir: string, stdoutPath = "/dev/null"): CliRun {
  const rssFile = path.join(workDir, "cli-maxrss.txt");
  rmSync(rssFile, { force: true });
  const out = openSync(stdoutPath, "w");
  try {
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      ["--require", PRELOAD, BIN, "segment", csvPath, "--json"],
      {
        stdio: ["ignore", out, "pipe"],
        env: { ...process.env, BENCH_MAXRSS_FILE: rssFile },
        maxBuffer: 64 * 1024 * 1024,
      }
    );
    const ms = performance.now() - start;
    if (run.error) throw run.error;
    if (run.status !== 0) {
      const message = run.stderr.toString("utf8").trim().split("\n")[0] ?? "";
      throw new Error(`the CLI exited with ${run.status ?? run.signal}: ${message}`);
    }
    return { ms, maxRss: Number(readFileSync(rssFile, "utf8")) };
  } finally {
    closeSync(out);
  }
}

/** Number of customers in the CLI's --json output, to check it agrees with segment(). */
export function cliCustomerCount(jsonPath: string): number {
  const parsed = JSON.parse(readFileSync(jsonPath, "utf8")) as { customers?: unknown };
  if (!Array.isArray(parsed.customers))
    throw new Error("the CLI's --json output has no customers array");
  return parsed.customers.length;
}
