// npm run bench [-- --rows N --runs K --seed S --skip-cli --skip-memory --skip-xlsx --only-xlsx --profile]
// Times segment() on a generated 1,048,575-row table as Excel hands it over, measures its peak
// memory in fresh processes, and times the CLI on the same data written as CSV. Prints medians.
// It also reads XLSX files of N rows x 4 and x 12 and a sparse 2 KB file with the CLI's reader.
// --profile adds the functions segment() spends its time in (V8 sampling profiler, self time).
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeSync, openSync, closeSync } from "fs";
import * as os from "os";
import * as path from "path";
import { parseArgs } from "util";
import { generateTransactions, GeneratedSheet } from "../data/generate/generateTransactions";
import { intArg } from "./intArg";
import type { MemoryFigures } from "./memoryChild";
import { Line, renderTable } from "./report";
import { profileSegment } from "./profileSegment";
import { repeatRuns } from "./repeatRuns";
import { MB, stats } from "./stats";
import { cliCustomerCount, timeCli } from "./timeCli";
import { SegmentTiming, STAGES, timeSegment } from "./timeSegment";
import { timeSummaries } from "./timeSummary";
import { csvChunks } from "../data/generate/toCsv";
import { xlsxLines } from "./xlsxBench";

const EXCEL_ROWS = 1_048_575;

interface BenchArgs {
  rows: number;
  runs: number;
  seed: number;
  cli: boolean;
  memory: boolean;
  xlsx: boolean;
  onlyXlsx: boolean;
  profile: boolean;
}

function readArgs(): BenchArgs {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: String(EXCEL_ROWS) },
      runs: { type: "string", default: "5" },
      seed: { type: "string", default: "20240105" },
      "skip-cli": { type: "boolean", default: false },
      "skip-memory": { type: "boolean", default: false },
      "skip-xlsx": { type: "boolean", default: false },
      "only-xlsx": { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
    },
  });
  return {
    rows: intArg("rows", values.rows, 1),
    runs: intArg("runs", values.runs, 1),
    seed: intArg("seed", values.seed, 0),
    cli: !values["skip-cli"],
    memory: !values["skip-memory"],
    xlsx: !values["skip-xlsx"],
    onlyXlsx: values["only-xlsx"],
    profile: values.profile,
  };
}

function log(text: string): void {
  process.stderr.write(text + "\n");
}

/** One warm-up, then `runs` timed calls with a full collection before each. */
function segmentTimings(sheet: GeneratedSheet, runs: number): SegmentTiming[] {
  return repeatRuns(runs, () => timeSegment(sheet), {
    warmUp: (w) =>
      log(
        `  warm-up ${(w.totalMs / 1000).toFixed(3)} s: ${w.customers} customers, ${w.rejected} rejected rows`
      ),
    run: (t, i) => log(`  run ${i + 1}: ${(t.totalMs / 1000).toFixed(3)} s`),
  });
}

/** The probabilistic CLV's per-customer summary from the ingested rows (issue 7: well under 1 s). */
function summaryLines(sheet: GeneratedSheet, runs: number): Line[] {
  log("lifetimes summary (frequency, recency, T, monetary) from the ingested transactions:");
  const timings = timeSummaries(sheet, runs);
  log(`  ${timings[0].transactions} transactions, ${timings[0].customers} customers`);
  timings.forEach((t, i) => log(`  run ${i + 1}: ${(t.ms / 1000).toFixed(3)} s`));
  return [
    line(
      "probabilistic summary from transactions",
      "s",
      timings.map((t) => t.ms / 1000),
      1
    ),
  ];
}

function memoryRun(rows: number, seed: number): MemoryFigures {
  const child = path.join(__dirname, "memoryChild.js");
  const run = spawnSync(process.execPath, ["--expose-gc", child, String(rows), String(seed)], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`memory measurement failed: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as MemoryFigures;
}

/** A warm-up process, then `runs` fresh processes, each measuring one cold segment() call. */
function memoryFigures(rows: number, seed: number, runs: number): MemoryFigures[] {
  memoryRun(rows, seed);
  const figures: MemoryFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const f = memoryRun(rows, seed);
    figures.push(f);
    log(
      `  run ${i + 1}: peak RSS +${((f.rssPeak - f.rssBefore) / MB).toFixed(0)} MB, JS memory +${((f.jsPeak - f.jsBefore) / MB).toFixed(0)} MB`
    );
  }
  return figures;
}

function writeCsv(sheet: GeneratedSheet, file: string): void {
  const fd = openSync(file, "w");
  try {
    for (const chunk of csvChunks(sheet, { bom: true })) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

function cliTimings(sheet: GeneratedSheet, runs: number, customers: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "tiers-bench-"));
  try {
    const csv = path.join(dir, "transactions.csv");
    writeCsv(sheet, csv);
    // The warm-up also checks that the CLI read the same customers as segment() did.
    const json = path.join(dir, "out.json");
    const warmUp = timeCli(csv, dir, json);
    const cliCustomers = cliCustomerCount(json);
    if (cliCustomers !== customers)
      throw new Error(`the CLI found ${cliCustomers} customers, segment() ${customers}`);
    log(`  warm-up ${(warmUp.ms / 1000).toFixed(3)} s, ${cliCustomers} customers in its JSON`);
    rmSync(json);
    const timed = [];
    for (let i = 0; i < runs; i++) {
      timed.push(timeCli(csv, dir));
      log(`  run ${i + 1}: ${(timed[i].ms / 1000).toFixed(3)} s`);
    }
    return timed;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const load = os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");
  return `node ${process.version}, ${os.cpus().length} x ${cpu}, load average ${load}`;
}

function line(
  label: string,
  unit: Line["unit"],
  samples: number[],
  target: number | null = null
): Line {
  return { label, unit, stats: stats(samples), target };
}

function segmentLines(sheet: GeneratedSheet, runs: number): { lines: Line[]; customers: number } {
  log("segment() in this process:");
  const timings = segmentTimings(sheet, runs);
  const lines = [
    line(
      "segment() wall time",
      "s",
      timings.map((t) => t.totalMs / 1000),
      1.5
    ),
    line(
      "segment() CPU time (all threads, GC included)",
      "s",
      timings.map((t) => t.cpuMs / 1000)
    ),
  ];
  for (const stage of STAGES)
    lines.push(
      line(
        `  stage ${stage}`,
        "s",
        timings.map((t) => t.stageMs[stage] / 1000)
      )
    );
  return { lines, customers: timings[0].customers };
}

function memoryLines(args: BenchArgs): Line[] {
  log("segment() memory, one fresh process per run:");
  const mem = memoryFigures(args.rows, args.seed, args.runs);
  const mb = (pick: (f: MemoryFigures) => number) => mem.map((f) => pick(f) / MB);
  return [
    line(
      "segment() peak RSS over loaded input",
      "MB",
      mb((f) => f.rssPeak - f.rssBefore),
      600
    ),
    line(
      "segment() peak heap+ArrayBuffers over input",
      "MB",
      mb((f) => f.jsPeak - f.jsBefore)
    ),
    line(
      "result retained (heap+ArrayBuffers, after GC)",
      "MB",
      mb((f) => f.jsRetained - f.jsBefore)
    ),
    line(
      "input cells in memory (RSS before the call)",
      "MB",
      mb((f) => f.rssBefore)
    ),
    line(
      "process peak RSS during segment()",
      "MB",
      mb((f) => f.rssPeak)
    ),
  ];
}

function cliLines(sheet: GeneratedSheet, runs: number, customers: number): Line[] {
  log("CLI on the same data as CSV:");
  const cli = cliTimings(sheet, runs, customers);
  return [
    line(
      "CLI segment FILE.csv --json wall time",
      "s",
      cli.map((c) => c.ms / 1000),
      4
    ),
    line(
      "CLI peak RSS (kernel maxRSS)",
      "MB",
      cli.map((c) => c.maxRss / MB)
    ),
  ];
}

/** A measurement that fails is reported in the table rather than hiding the others. */
function orFailure(
  label: string,
  unit: Line["unit"],
  target: number,
  measure: () => Line[]
): Line[] {
  try {
    return measure();
  } catch (error) {
    log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
    return [{ label, unit, stats: null, target, note: "failed" }];
  }
}

async function printProfile(sheet: GeneratedSheet): Promise<void> {
  const runs = 3;
  log(`profiling ${runs} segment() calls...`);
  const top = (await profileSegment(sheet, runs)).slice(0, 20);
  const rows = top.map(([name, ms]) => `${ms.toFixed(0).padStart(7)} ms  ${name}`);
  process.stdout.write(`\nsegment() self time per call, top functions:\n${rows.join("\n")}\n`);
}

async function main(): Promise<void> {
  const args = readArgs();
  log(
    `Customer Tiers bench: ${args.rows} rows, seed ${args.seed}, ${args.runs} runs after 1 warm-up; ${machine()}`
  );
  if (args.onlyXlsx) {
    const lines = await xlsxLines(args.rows, args.seed, args.runs);
    process.stdout.write(`\nXLSX reads (${machine()})\n${renderTable(lines)}\n`);
    return;
  }
  const start = performance.now();
  const sheet = generateTransactions(args.rows, args.seed);
  log(
    `generated ${args.rows} rows, ${sheet.customers} customers in ${((performance.now() - start) / 1000).toFixed(1)} s`
  );

  const { lines, customers } = segmentLines(sheet, args.runs);
  lines.push(
    ...orFailure("probabilistic summary from transactions", "s", 1, () =>
      summaryLines(sheet, args.runs)
    )
  );
  if (args.memory)
    lines.push(
      ...orFailure("segment() peak RSS over loaded input", "MB", 600, () => memoryLines(args))
    );
  if (args.cli) {
    lines.push(
      ...orFailure("CLI segment FILE.csv --json wall time", "s", 4, () =>
        cliLines(sheet, args.runs, customers)
      )
    );
  }
  if (args.xlsx) lines.push(...(await xlsxLines(args.rows, args.seed, args.runs)));
  const header = `${args.rows} rows, ${customers} customers, ${args.runs} runs after 1 warm-up (${machine()})`;
  process.stdout.write(`\n${header}\n${renderTable(lines)}\n`);
  if (args.profile) await printProfile(sheet);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
