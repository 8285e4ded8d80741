// The engines' promise on files nobody wrote by hand: small messy transaction CSVs (messyCsv.ts:
// every line end, a BOM, blank and comma-only rows, quoted breaks, ragged rows, Chinese and
// English headers or none, every date and amount form of method.md section 1 and broken ones)
// give byte for byte the same stdout, stderr and exit code under --engine core and --engine
// duckdb, with the flags drawn for each file. Fixed seeds: a failure names its seed and file.
// The files this found, shrunk, are the last cases of engines.test.ts.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readTyped } from "../../src/cli/engine/readTyped";
import { runCli, tempDir, type Captured } from "./captureIo";
import { messyCsv, messyRuns } from "./messyCsv";

/** 30 files (about 20 s); 1,500 files of this generator and an earlier one ran clean by hand. */
const SEEDS = Array.from({ length: 30 }, (_, i) => 7001 + i);

describe("--engine duckdb gives the core's output on messy files", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  /** One run under an engine; an --out file's text is part of what it gave. */
  async function run(file: string, args: string[], engine: string): Promise<Captured> {
    const out = join(dir, `out-${engine}.csv`);
    rmSync(out, { force: true });
    const [command, ...flags] = args.map((a) => (a === "OUT" ? out : a));
    const got = await runCli([command, file, ...flags, "--engine", engine]);
    if (!args.includes("OUT")) return got;
    const written = got.code === 0 ? readFileSync(out, "utf8") : "";
    return { ...got, stderr: got.stderr.split(out).join("OUT"), stdout: got.stdout + written };
  }

  it("the same output for every file and flags, and DuckDB reads most of them", async () => {
    let typed = 0;
    for (const seed of SEEDS) {
      const { bytes } = messyCsv(seed);
      const file = join(dir, `messy-${seed}.csv`);
      writeFileSync(file, bytes);
      const read = await readTyped(
        { file, engine: "duckdb", encoding: "auto" },
        () => ({}),
        () => true
      ).catch(() => null);
      if (read !== null) typed++;
      const runs = messyRuns(seed);
      if (seed % 4 === 0) runs.push(["segment", "--out", "OUT", "--quiet"]);
      for (const args of runs) {
        const core = await run(file, args, "core");
        const duck = await run(file, args, "duckdb");
        // The file's text in the failure: paste it into a file to reproduce.
        const what = [seed, args.join(" "), bytes.toString("utf8")];
        expect([...what, duck]).toEqual([...what, core]);
      }
    }
    // Else the check would pass with the core's reader on both sides.
    expect(typed).toBeGreaterThanOrEqual(SEEDS.length * 0.75);
  }, 180_000);
});
