// The installed command: bin/tiering.js runs the compiled CLI from build/ (npm ci's prepare step).
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, tempDir } from "./captureIo";

const ROOT = join(__dirname, "..", "..");
const BUILT_MAIN = join(ROOT, "build", "cli", "main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** Builds only when build/ is missing or older than src/core or src/cli. */
function ensureBuilt(): void {
  const sources = Math.max(
    newestSource(join(ROOT, "src", "core")),
    newestSource(join(ROOT, "src", "cli"))
  );
  if (existsSync(BUILT_MAIN) && statSync(BUILT_MAIN).mtimeMs >= sources) return;
  const build = spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  if (!existsSync(BUILT_MAIN)) throw new Error(`build:cli failed: ${build.stdout}${build.stderr}`);
}

const tiering = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, "bin", "tiering.js"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" },
  });

describe("bin/tiering.js", () => {
  beforeAll(ensureBuilt, 60_000);

  it("prints the JSON contract and exits 0", () => {
    const run = tiering(["segment", join(FIXTURES, "orders-zh.csv"), "--json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { asOf: string; customers: { customer: string }[] };
    expect(report.asOf).toBe("2024-03-29");
    expect(report.customers.map((c) => c.customer)).toEqual(["C001", "C002", "C003", "C005"]);
  });

  it("exits 2 with one line and no stack trace for a bad option", () => {
    const run = tiering(["segment", join(FIXTURES, "orders-zh.csv"), "--margin", "abc"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe('tiering: --margin must be a number between 0 and 1 (got "abc")\n');
  });

  it("reads a Parquet TIMESTAMPTZ at its UTC date, whatever the machine's time zone", async () => {
    const { dir, cleanup } = tempDir();
    try {
      // 23:30 UTC is the next day in Shanghai: DuckDB printed it in the machine's zone.
      const file = join(dir, "instants.parquet");
      const { openDuck, q } = await import("../../src/cli/engine/duckRows");
      const duck = await openDuck();
      try {
        await duck.c.run(
          `COPY (SELECT * FROM (VALUES ('A', TIMESTAMPTZ '2024-01-05 23:30:00+00', 10.0),
             ('B', TIMESTAMPTZ '2024-02-05 00:30:00+00', 20.0)) t(customer, date, amount))
           TO ${q(file)} (FORMAT parquet)`
        );
      } finally {
        duck.close();
      }
      const asOf = (tz: string) => {
        const run = spawnSync(
          process.execPath,
          [join(ROOT, "bin", "tiering.js"), "segment", file, "--json"],
          {
            cwd: ROOT,
            encoding: "utf8",
            env: { ...process.env, TZ: tz },
          }
        );
        const report = JSON.parse(run.stdout) as { customers: { recencyDays: number }[] };
        return report.customers.map((c) => c.recencyDays);
      };
      // The last day is 2024-02-05, so the as-of date is 02-06: A bought 32 days before.
      expect(asOf("Asia/Shanghai")).toEqual([32, 1]);
      expect(asOf("America/Los_Angeles")).toEqual([32, 1]);
    } finally {
      cleanup();
    }
  });

  it("stops quietly when the reader of its output goes away (| head)", () => {
    const { dir, cleanup } = tempDir();
    try {
      // Far more JSON than a pipe buffers, so the writer meets the closed pipe.
      const lines = ["customer,date,amount"];
      for (let i = 0; i < 5000; i++)
        lines.push(`customer-${i},2024-01-${String((i % 28) + 1).padStart(2, "0")},${i}`);
      const file = join(dir, "many.csv");
      writeFileSync(file, lines.join("\n"));
      const script = `"${process.execPath}" bin/tiering.js segment "${file}" --json | head -c 10 >/dev/null; echo "$\{PIPESTATUS[0]}"`;
      const run = spawnSync("bash", ["-c", script], { cwd: ROOT, encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.stdout.trim()).toBe("0");
    } finally {
      cleanup();
    }
  });

  // Linux's /dev/full fails every write as a full disk does (ENOSPC): `--json > out.json` on a
  // full disk printed a line per write and exited 0 with the file cut short.
  (existsSync("/dev/full") ? it : it.skip)(
    "says once, in the run's language, that stdout could not be written, and exits 2",
    () => {
      const { dir, cleanup } = tempDir();
      try {
        const lines = ["customer,date,amount"];
        for (let i = 0; i < 20_000; i++)
          lines.push(`C${i},2024-0${1 + (i % 9)}-1${i % 10},${i + 1}`);
        const many = join(dir, "many.csv");
        writeFileSync(many, lines.join("\n"));
        const small = join(FIXTURES, "orders-zh.csv");
        const full = (args: string[]) => {
          const out = openSync("/dev/full", "w");
          try {
            return spawnSync(process.execPath, [join(ROOT, "bin", "tiering.js"), ...args], {
              cwd: ROOT,
              encoding: "utf8",
              env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "" },
              stdio: ["ignore", out, "pipe"],
            });
          } finally {
            closeSync(out);
          }
        };
        const line =
          "tiering: cannot write the output to stdout (ENOSPC): what it had taken is all that was written\n";
        // A report streamed in pieces (stopped at the first that failed), one written at once,
        // and the text report.
        for (const args of [
          ["segment", many, "--json"],
          ["segment", small, "--json"],
          ["segment", small],
        ]) {
          const run = full(args);
          expect([args, run.status, run.stderr]).toEqual([args, 2, line]);
        }
        const zh = full(["segment", small, "--lang", "zh-CN"]);
        expect([zh.status, zh.stderr]).toEqual([
          2,
          "tiering: 无法写出到标准输出（ENOSPC）：只写出了出错之前的部分\n",
        ]);
      } finally {
        cleanup();
      }
    },
    60_000
  );
});
