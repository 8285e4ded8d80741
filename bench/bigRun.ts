// bench:big (issue 19): the CLI end to end against a DuckDB-only script, the tiers query run by
// DuckDB over the file, and a polars script, on the same generated data (data/generate):
// 1,048,575 rows as CSV, the same rows tiled to ten times as many (customers and orders renamed
// per tile), and tiled a hundred times as Parquet with typed columns (DATE, DECIMAL), as a
// warehouse holds them. Each tool runs as its own process under /usr/bin/time: wall, CPU (user +
// system) and peak memory (max RSS); medians over the runs, and ratios to the DuckDB script and
// to the polars script on the same file. A tool that fails says why (its last line of stderr).
//
//   npm run bench:big -- [--rows N] [--runs 3] [--big-runs 1] [--tiles 10] [--parquet-tiles 100]
//                        [--memory-limit 4GB] [--cli-flags "--engine duckdb"] [--keep] [--no-check]
//                        [--commands segment,backtest,clv]
//
// --commands: which of the CLI's commands run besides the anchors (default segment,backtest;
// clv adds its 200 interval draws, about 17 minutes at 100M rows). backtest and clv print JSON
// and have no anchor: their rows give their time, memory and growth with the rows.
//
// Then issue 19's done-when check (unless --no-check): the tiled file with text money and a few
// broken rows; its first 1,048,575 rows must give the same JSON under --engine core and
// --engine duckdb, and the whole file's run through DuckDB is timed.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { generateTransactions } from "../data/generate/generateTransactions";
import { csvChunks } from "../data/generate/toCsv";
import { stats } from "./stats";

const ROOT = join(__dirname, "..", "..", "..");
const argAt = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const arg = (name: string, fallback: number): number => Number(argAt(name) ?? fallback);

interface Measure {
  wall: number;
  cpu: number;
  peakMb: number;
  ok: boolean;
  /** Why a run failed: the last line the tool wrote to stderr. */
  why: string;
}

function timed(args: string[], env: NodeJS.ProcessEnv): Measure {
  const run = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (run.stderr ?? "").split("\n").filter((l) => l.trim() !== "");
  const said = lines.filter((l) => !l.startsWith("TIME ") && !l.startsWith("Command exited"));
  const m = /TIME (\S+) (\S+) (\S+) (\S+)/.exec(run.stderr ?? "");
  const ok = run.status === 0 && m !== null;
  const why = ok ? "" : (said.find((l) => /error/i.test(l)) ?? said[said.length - 1] ?? "");
  if (!m) return { wall: NaN, cpu: NaN, peakMb: NaN, ok: false, why: why || "no timing" };
  return { wall: +m[1], cpu: +m[2] + +m[3], peakMb: +m[4] / 1024, ok, why };
}

function generate(dir: string, rows: number): string {
  const file = join(dir, `orders-${rows}.csv`);
  const sheet = generateTransactions(rows, 19);
  const fd = openSync(file, "w");
  for (const chunk of csvChunks(sheet)) writeSync(fd, chunk);
  closeSync(fd);
  return file;
}

/** The file's rows `times` times over, customers and orders renamed per tile; typed as Parquet. */
async function tile(file: string, times: number, rows: number, parquet: boolean): Promise<string> {
  const out = file.replace(/-\d+\.csv$/, `-${rows * times}.${parquet ? "parquet" : "csv"}`);
  const date = parquet ? `CAST("订单日期" AS DATE)` : `"订单日期"`;
  const amount = parquet ? `CAST("金额" AS DECIMAL(18, 2))` : `"金额"`;
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  if (memoryLimit) await c.run(`SET memory_limit = '${memoryLimit}'`);
  await c.run(`COPY (
    SELECT "客户编号" || '-' || k AS "客户编号", "客户名称", ${date} AS "订单日期",
      "订单号" || '-' || k AS "订单号", ${amount} AS "金额"
    FROM read_csv('${file}', header = true, all_varchar = true) CROSS JOIN range(${times}) r(k)
  ) TO '${out}' (${parquet ? "FORMAT parquet" : "HEADER"})`);
  c.closeSync();
  db.closeSync();
  return out;
}

/**
 * Issue 19's "done when" file: the tiled rows with text money on every third row ("¥1,234.50",
 * a return as "(¥12.00)") and a few broken rows (no customer, an unreadable date, an amount in
 * words), Chinese headers as generated.
 */
async function messy(file: string, times: number, rows: number): Promise<string> {
  const out = file.replace(/-\d+\.csv$/, `-${rows * times}-messy.csv`);
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  if (memoryLimit) await c.run(`SET memory_limit = '${memoryLimit}'`);
  const broken = (n: number) => `n % 400000 = ${n}`;
  await c.run(`COPY (
    WITH t AS (
      SELECT row_number() OVER () AS n, "客户编号" || '-' || k AS id, "客户名称", "订单日期",
        "订单号" || '-' || k AS "订单号", CAST("金额" AS DOUBLE) AS a
      FROM read_csv('${file}', header = true, all_varchar = true) CROSS JOIN range(${times}) r(k)
    )
    SELECT CASE WHEN ${broken(1000)} THEN '' ELSE id END AS "客户编号", "客户名称",
      CASE WHEN ${broken(2000)} THEN 'someday' ELSE "订单日期" END AS "订单日期", "订单号",
      CASE WHEN ${broken(3000)} THEN 'lots'
        WHEN n % 3 <> 0 THEN CAST(a AS VARCHAR)
        WHEN a < 0 THEN format('(¥{:,.2f})', -a) ELSE format('¥{:,.2f}', a) END AS "金额"
    FROM t ORDER BY n
  ) TO '${out}' (HEADER)`);
  c.closeSync();
  db.closeSync();
  return out;
}

/** The first `rows` data rows of a CSV (and its header) as a file of their own. */
async function slice(file: string, rows: number): Promise<string> {
  const out = file.replace(/\.csv$/, `-first-${rows}.csv`);
  const db = await DuckDBInstance.create(":memory:");
  const c = await db.connect();
  await c.run(`COPY (SELECT * FROM read_csv('${file}', header = true, all_varchar = true) LIMIT ${rows})
    TO '${out}' (HEADER)`);
  c.closeSync();
  db.closeSync();
  return out;
}

/**
 * The done-when check: the messy file's first 1,048,575 rows give byte-identical JSON under the
 * core's reader and DuckDB (the slice both can run), and the whole file runs through DuckDB.
 */
async function doneWhen(
  dir: string,
  small: string,
  tiles: number,
  rows: number,
  env: NodeJS.ProcessEnv
) {
  const file = await messy(small, tiles, rows);
  const part = await slice(file, 1_048_575);
  const json = (engine: string) =>
    spawnSync("node", ["bin/tiering.js", "segment", part, "--json", "--engine", engine], {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1024 * 1024 * 1024,
    });
  const core = json("core");
  const duck = json("duckdb");
  const agree = core.status === 0 && duck.status === 0 && core.stdout === duck.stdout;
  const whole = timed(
    ["node", "bin/tiering.js", "segment", file, "--out", join(dir, "messy-out.csv"), "--quiet"],
    env
  );
  const counts = agree
    ? (JSON.parse(core.stdout) as { summary: { counts: object } }).summary.counts
    : null;
  console.log(
    [
      `\nDone-when check (issue 19): ${(rows * tiles).toLocaleString("en-US")} rows, Chinese headers, text money on every third row, broken rows.`,
      `- First 1,048,575 rows, --engine core vs --engine duckdb: ${agree ? "the same JSON" : "DIFFERENT"} (exit ${core.status}, ${duck.status}; counts ${JSON.stringify(counts)})`,
      `- Whole file, CLI (DuckDB): wall ${fixed(whole.wall, 2)} s, CPU ${fixed(whole.cpu, 2)} s, peak ${fixed(whole.peakMb, 0)} MB${whole.ok ? "" : `, failed: ${whole.why}`}`,
    ].join("\n")
  );
}

interface Tool {
  name: string;
  command(file: string, out: string): string[];
  /** Reads CSV only. */
  csvOnly?: boolean;
  anchor?: "duckdb" | "polars";
  /** Computes more than the anchors do (a backtest, CLV): no ratio to them is printed. */
  unlike?: boolean;
}

const script = (name: string) => (f: string, o: string) => [
  "node",
  `build/bench/bench/big/${name}.js`,
  f,
  o,
];

const COMMANDS = ["segment", "backtest", "clv"] as const;

/** The CLI commands asked for by --commands, refused by name when unknown. */
function commands(): Set<string> {
  const asked = (argAt("--commands") ?? "segment,backtest").split(",").filter(Boolean);
  const unknown = asked.filter((c) => !(COMMANDS as readonly string[]).includes(c));
  if (unknown.length > 0)
    throw new Error(`--commands: ${unknown.join(", ")} (known: ${COMMANDS.join(", ")})`);
  return new Set(asked);
}

/** A CLI command that prints its JSON report (to nowhere: timed() ignores stdout). */
const jsonCommand = (name: string): Tool => ({
  name: `CLI (tiering ${name} --json)`,
  command: (f: string) => ["node", "bin/tiering.js", name, f, "--json", "--quiet"],
  unlike: true,
});

function cliTools(): Tool[] {
  const asked = commands();
  const tools = asked.has("segment") ? segmentTools() : [];
  for (const name of ["backtest", "clv"]) if (asked.has(name)) tools.push(jsonCommand(name));
  return tools;
}

function segmentTools(): Tool[] {
  const extra = argAt("--cli-flags")?.split(" ").filter(Boolean) ?? [];
  const segment = (flags: string[]) => (f: string, o: string) => [
    "node",
    "bin/tiering.js",
    "segment",
    f,
    "--out",
    o,
    // Every tool writes the same out.csv in turn: the CLI is told it may replace it.
    "--overwrite",
    "--quiet",
    ...flags,
  ];
  const tools: Tool[] = [
    { name: "CLI (tiering segment --out)", command: segment([]), csvOnly: true },
  ];
  // The CLI's DuckDB path, where this build of the CLI has one (issue 19): it reads Parquet too.
  const help = spawnSync("node", ["bin/tiering.js", "segment", "--help"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (/--engine\b/.test(help.stdout ?? ""))
    tools.push({ name: "CLI --engine duckdb", command: segment(["--engine", "duckdb"]) });
  if (extra.length > 0)
    tools.push({ name: `CLI ${extra.join(" ")}`, command: segment(extra), csvOnly: true });
  return tools;
}

const TOOLS: Tool[] = [
  ...cliTools(),
  { name: "DuckDB script (plain SQL)", command: script("duckdbPlain"), anchor: "duckdb" },
  { name: "DuckDB, tiering sql query", command: script("duckdbTiers") },
  // polars' Parquet reading of 100M rows would take most of the shared machine's memory.
  { name: "polars script", command: script("polarsPlain"), csvOnly: true, anchor: "polars" },
];

const memoryLimit = argAt("--memory-limit");

interface Row {
  tool: Tool;
  rows: number;
  input: string;
  runs: Measure[];
}

const med = (ms: Measure[], f: (m: Measure) => number): number => {
  const ok = ms.filter((m) => m.ok);
  return ok.length === 0 ? NaN : stats(ok.map(f)).median;
};
const fixed = (x: number, digits: number): string => (Number.isFinite(x) ? x.toFixed(digits) : "–");
const ratio = (a: number, b: number): string =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : "–";
const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;

function report(rows: Row[]): void {
  const anchor = (r: Row, kind: "duckdb" | "polars") =>
    rows.find((x) => x.rows === r.rows && x.tool.anchor === kind);
  console.log(
    line([
      "tool",
      "rows",
      "input",
      "runs",
      "wall s",
      "CPU s",
      "peak MB",
      "CPU vs DuckDB",
      "CPU vs polars",
      "wall vs DuckDB",
      "finished",
    ])
  );
  console.log(
    line(["---", "---:", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---"])
  );
  for (const r of rows) {
    const cpu = med(r.runs, (m) => m.cpu);
    const wall = med(r.runs, (m) => m.wall);
    const d = r.tool.unlike ? undefined : anchor(r, "duckdb");
    const p = r.tool.unlike ? undefined : anchor(r, "polars");
    const failed = r.runs.find((m) => !m.ok);
    console.log(
      line([
        r.tool.name,
        r.rows.toLocaleString("en-US"),
        r.input,
        String(r.runs.length),
        fixed(wall, 2),
        fixed(cpu, 2),
        fixed(
          med(r.runs, (m) => m.peakMb),
          0
        ),
        d
          ? ratio(
              cpu,
              med(d.runs, (m) => m.cpu)
            )
          : "–",
        p
          ? ratio(
              cpu,
              med(p.runs, (m) => m.cpu)
            )
          : "–",
        d
          ? ratio(
              wall,
              med(d.runs, (m) => m.wall)
            )
          : "–",
        failed ? `no: ${failed.why.slice(0, 100).replace(/\|/g, "/")}` : "yes",
      ])
    );
  }
  growth(rows);
}

/** CPU growth of each tool from one size to the next (10x the rows each step). */
function growth(rows: Row[]): void {
  const sizes = [...new Set(rows.map((r) => r.rows))];
  if (sizes.length < 2) return;
  console.log("\nCPU growth with the rows:");
  for (const tool of TOOLS) {
    const cpu = sizes.map((n) => {
      const r = rows.find((x) => x.rows === n && x.tool === tool);
      return r ? med(r.runs, (m) => m.cpu) : NaN;
    });
    const size = (n: number) => n.toLocaleString("en-US");
    const steps = sizes
      .slice(1)
      .map((n, i) => `${size(sizes[i])} → ${size(n)}: ${ratio(cpu[i + 1], cpu[i])}`);
    console.log(`- ${tool.name}: ${steps.join(", ")}`);
  }
}

async function main(): Promise<void> {
  // A folder of this run's own: other runs on the machine must not rewrite its files midway.
  const dir = mkdtempSync(join(tmpdir(), "tiering-bench-big-"));
  const rows = arg("--rows", 1_048_575);
  const sizes: { file: string; rows: number; runs: number }[] = [];
  const small = generate(dir, rows);
  sizes.push({ file: small, rows, runs: arg("--runs", 3) });
  const tiles = arg("--tiles", 10);
  if (tiles > 1)
    sizes.push({
      file: await tile(small, tiles, rows, false),
      rows: rows * tiles,
      runs: arg("--big-runs", 1),
    });
  const parquetTiles = arg("--parquet-tiles", 100);
  if (parquetTiles > 1)
    sizes.push({
      file: await tile(small, parquetTiles, rows, true),
      rows: rows * parquetTiles,
      runs: 1,
    });
  const env = memoryLimit ? { DUCKDB_MEMORY_LIMIT: memoryLimit } : {};
  const results: Row[] = [];
  for (const size of sizes) {
    const input = size.file.endsWith(".parquet") ? "Parquet (typed)" : "CSV";
    for (const tool of TOOLS) {
      if (tool.csvOnly && input !== "CSV") continue;
      const out = join(dir, "out.csv");
      const runs = Array.from({ length: size.runs }, () =>
        timed(tool.command(size.file, out), env)
      );
      results.push({ tool, rows: size.rows, input, runs });
      console.error(`done: ${tool.name}, ${size.rows} rows`);
    }
  }
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, DuckDB memory limit ${memoryLimit ?? "default"}\n`
  );
  report(results);
  if (!process.argv.includes("--no-check") && tiles > 1)
    await doneWhen(dir, small, tiles, rows, env);
  if (!process.argv.includes("--keep")) rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
