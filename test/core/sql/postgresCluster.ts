// A throwaway PostgreSQL cluster (Debian's postgresql package) on a local socket, for the tests
// that run the tiers query there. As root, the server runs as the "postgres" user: initdb and
// postgres refuse to run as root.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";

const NULL_MARK = "<<null>>";

function binDir(): string {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root))
    throw new Error("PostgreSQL is not installed: apt-get install -y postgresql");
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  return join(root, version, "bin");
}

const isRoot = (): boolean => typeof process.getuid === "function" && process.getuid() === 0;

export class PostgresCluster {
  private readonly bin = binDir();
  private readonly dir = mkdtempSync(join(tmpdir(), "tiering-pg-"));
  private readonly port = 20000 + Math.floor(Math.random() * 20000);

  private run(program: string, args: string[], input?: string): string {
    const file = join(this.bin, program);
    const [cmd, argv] = isRoot()
      ? ["runuser", ["-u", "postgres", "--", file, ...args]]
      : [file, args];
    return execFileSync(cmd, argv, {
      input,
      encoding: "utf8",
      stdio: ["pipe", "pipe", "pipe"],
      maxBuffer: 1 << 28,
    });
  }

  start(): void {
    chmodSync(this.dir, 0o777);
    const data = join(this.dir, "data");
    this.run("initdb", [
      "-D",
      data,
      "-A",
      "trust",
      "-U",
      "tiering",
      "-E",
      "UTF8",
      "--locale=C.UTF-8",
    ]);
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=''`;
    this.run("pg_ctl", ["-D", data, "-o", options, "-w", "-l", join(this.dir, "log"), "start"]);
  }

  stop(): void {
    try {
      this.run("pg_ctl", ["-D", join(this.dir, "data"), "-m", "immediate", "stop"]);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /** Runs SQL through psql; returns the rows of the last statement as objects (NULL as null). */
  query(sql: string): Record<string, string | null>[] {
    const file = join(this.dir, `q${Date.now()}.sql`);
    writeFileSync(file, sql);
    chmodSync(file, 0o644);
    const out = this.run("psql", [
      "-h",
      this.dir,
      "-p",
      String(this.port),
      "-U",
      "tiering",
      "-d",
      "postgres",
      "-X",
      "-q",
      "-v",
      "ON_ERROR_STOP=1",
      "--csv",
      "-P",
      `null=${NULL_MARK}`,
      "-f",
      file,
    ]);
    const parsed = Papa.parse<Record<string, string>>(out, { header: true, skipEmptyLines: true });
    return parsed.data.map((row) => {
      const o: Record<string, string | null> = {};
      for (const [k, v] of Object.entries(row)) o[k] = v === NULL_MARK ? null : v;
      return o;
    });
  }

  /** A table of text columns with these rows (header first), loaded with COPY. */
  load(name: string, rows: string[][]): void {
    const [headers, ...data] = rows;
    const q = (h: string) => `"${h.replace(/"/g, '""')}"`;
    const csv = Papa.unparse(
      data.map((r) => headers.map((_, i) => r[i] ?? "")),
      { newline: "\n" }
    );
    const file = join(this.dir, `${name}.csv`);
    writeFileSync(file, csv + "\n");
    chmodSync(file, 0o644);
    this.query(
      [
        `DROP TABLE IF EXISTS ${name};`,
        `CREATE TABLE ${name} (${headers.map((h) => `${q(h)} text`).join(", ")});`,
        `\\copy ${name} FROM '${file}' WITH (FORMAT csv)`,
        "SELECT 1 AS ok;",
      ].join("\n")
    );
  }
}
