// XLSX reading (issue 14): the CLI's streamed reader on a 1,048,575-row order table 4 and 12
// columns wide, and on a 2 KB file with one cell at XFD1048576. Each run is a fresh process
// (readInput only, as the CLI reads), timed from outside, with the kernel's peak RSS. The big
// files take minutes to write, so they are kept in the temp folder between bench runs.
import { spawnSync } from "child_process";
import { existsSync, readFileSync, renameSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import type { Line } from "./report";
import { MB, stats } from "./stats";
import { writeOrderBook, writeSparseBook } from "./xlsxFiles";

const CHILD = path.join(__dirname, "xlsxReadChild.js");
const PRELOAD = path.join(__dirname, "reportMaxRss.js");

interface ReadRun {
  ms: number;
  /** The read alone, timed inside the child (no process start-up). */
  readMs: number;
  maxRss: number;
  rows: number;
  columns: number;
}

function log(text: string): void {
  process.stderr.write(text + "\n");
}

function readOnce(file: string): ReadRun {
  const rssFile = path.join(os.tmpdir(), `xlsx-bench-maxrss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--require", PRELOAD, CHILD, file], {
    encoding: "utf8",
    env: { ...process.env, BENCH_MAXRSS_FILE: rssFile },
  });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`XLSX read failed: ${run.stderr.trim()}`);
  const out = JSON.parse(run.stdout) as { ms: number; rows: number; columns: number };
  const maxRss = Number(readFileSync(rssFile, "utf8"));
  rmSync(rssFile, { force: true });
  return { ms, readMs: out.ms, maxRss, rows: out.rows, columns: out.columns };
}

async function orderBook(rows: number, seed: number, width: number): Promise<string> {
  const file = path.join(os.tmpdir(), `tiers-bench-orders-${rows}x${width}-${seed}.xlsx`);
  if (existsSync(file)) return file;
  log(`  writing ${path.basename(file)} (kept for later runs)...`);
  const partial = `${file}.partial`;
  await writeOrderBook(rows, seed, width, partial);
  renameSync(partial, file);
  return file;
}

function measured(label: string, file: string, runs: number, targets: [number, number]): Line[] {
  const results: ReadRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = readOnce(file);
    results.push(r);
    log(
      `  ${label} run ${i + 1}: ${(r.ms / 1000).toFixed(2)} s, peak RSS ${(r.maxRss / MB).toFixed(0)} MB, ${r.rows} x ${r.columns} cells`
    );
  }
  return [
    {
      label: `${label} wall time`,
      unit: "s",
      stats: stats(results.map((r) => r.ms / 1000)),
      target: targets[0],
    },
    {
      label: `${label} read alone (no start-up)`,
      unit: "s",
      stats: stats(results.map((r) => r.readMs / 1000)),
      target: null,
    },
    {
      label: `${label} peak RSS`,
      unit: "MB",
      stats: stats(results.map((r) => r.maxRss / MB)),
      target: targets[1],
    },
  ];
}

/** The bench lines of the XLSX reads; `rows` data rows under a header. */
export async function xlsxLines(rows: number, seed: number, runs: number): Promise<Line[]> {
  log("XLSX read (CLI reader, fresh process per run):");
  const lines: Line[] = [];
  for (const width of [4, 12]) {
    const file = await orderBook(rows, seed, width);
    lines.push(...measured(`XLSX read ${rows} x ${width}`, file, runs, [60, 1536]));
  }
  const sparse = path.join(os.tmpdir(), `tiers-bench-sparse-${process.pid}.xlsx`);
  writeSparseBook(sparse);
  try {
    lines.push(...measured("XLSX read, one cell at XFD1048576 (2 KB)", sparse, runs, [1, 1536]));
  } finally {
    rmSync(sparse, { force: true });
  }
  return lines;
}
