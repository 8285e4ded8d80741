// bench:big (issue 19): the CLI end to end against a DuckDB-only script, the tiers query run by
// DuckDB over the file, and a polars script, on the same generated CSV (data/generate):
// 1,048,575 rows, then the same rows tiled to ten times as many (customers and orders renamed
// per tile). Each tool runs as its own process under /usr/bin/time: wall, CPU (user + system)
// and peak memory (max RSS). Medians over --runs runs.
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { generateTransactions } from "../data/generate/generateTransactions";
import { csvChunks } from "../data/generate/toCsv";

const ROOT = join(__dirname, "..", "..", "..");
const DIR = join(tmpdir(), "tiering-bench-big");
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};

interface Measure {
  wall: number;
  cpu: number;
  peakMb: number;
  ok: boolean;
}

function timed(args: string[]): Measure {
  const run = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
  });
  return { ...parse(run.stderr), ok: run.status === 0 };
}

function parse(stderr: string): Measure {
  const m = /TIME (\S+) (\S+) (\S+) (\S+)/.exec(stderr);
  if (!m) return { wall: NaN, cpu: NaN, peakMb: NaN, ok: false };
  return { wall: +m[1], cpu: +m[2] + +m[3], peakMb: +m[4] / 1024, ok: true };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function generate(rows: number): string {
  const file = join(DIR, `orders-${rows}.csv`);
  const sheet = generateTransactions(rows, 19);
  const fd = openSync(file, "w");
  for (const chunk of csvChunks(sheet)) writeSync(fd, chunk);
  closeSync(fd);
  return file;
}

async function tile(file: string, times: number, rows: number): Promise<string> {
  const out = join(DIR, `orders-${rows * times}.csv`);
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  await c.run(`COPY (
    SELECT "客户编号" || '-' || k AS "客户编号", "客户名称", "订单日期", "订单号" || '-' || k AS "订单号", "金额"
    FROM read_csv('${file}', header = true, all_varchar = true) CROSS JOIN range(${times}) r(k)
  ) TO '${out}' (HEADER)`);
  c.closeSync();
  return out;
}

const TOOLS: [string, (file: string, out: string) => string[]][] = [
  [
    "CLI (tiering segment --out)",
    (f, o) => ["node", "bin/tiering.js", "segment", f, "--out", o, "--quiet"],
  ],
  ["DuckDB script (plain SQL)", (f, o) => ["node", "build/bench/bench/big/duckdbPlain.js", f, o]],
  ["DuckDB, tiering sql query", (f, o) => ["node", "build/bench/bench/big/duckdbTiers.js", f, o]],
  ["polars script", (f, o) => ["node", "build/bench/bench/big/polarsPlain.js", f, o]],
];

function line(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

async function main(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  const rows = arg("--rows", 1_048_575);
  const tiles = arg("--tiles", 10);
  const runs = arg("--runs", 1);
  const small = generate(rows);
  const files = tiles > 1 ? [small, await tile(small, tiles, rows)] : [small];
  console.log(line(["tool", "rows", "wall s", "CPU s", "peak MB", "finished"]));
  console.log(line(["---", "---:", "---:", "---:", "---:", "---"]));
  for (const [index, file] of files.entries()) {
    const n = index === 0 ? rows : rows * tiles;
    for (const [name, command] of TOOLS) {
      const ms = Array.from({ length: runs }, () => timed(command(file, join(DIR, "out.csv"))));
      const fmt = (f: (m: Measure) => number, digits: number) => median(ms.map(f)).toFixed(digits);
      console.log(
        line([
          name,
          n.toLocaleString("en-US"),
          fmt((m) => m.wall, 2),
          fmt((m) => m.cpu, 2),
          fmt((m) => m.peakMb, 0),
          ms.every((m) => m.ok) ? "yes" : "no (exit code not 0)",
        ])
      );
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
