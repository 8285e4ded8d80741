// Issue 14: the output file is replaced atomically and kindly: it keeps its permissions, a
// symbolic link is written through to its target, and a kill (SIGTERM, SIGHUP, a second Ctrl-C)
// never leaves the temporary file behind.
import { spawn } from "node:child_process";
import {
  chmodSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { writeAtomically } from "../../src/cli/atomicFile";
import { ensureCliBuilt, ROOT } from "./buildCli";
import { tempDir } from "./captureIo";

describe("writeAtomically", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  const write = (text: string) => async (path: string) => writeFileSync(path, text);

  it("keeps the target's permissions, a read-only one too", async () => {
    const file = join(dir, "out.csv");
    writeFileSync(file, "old");
    chmodSync(file, 0o640);
    await writeAtomically(file, write("new"));
    expect(readFileSync(file, "utf8")).toBe("new");
    expect(statSync(file).mode & 0o777).toBe(0o640);
    chmodSync(file, 0o444);
    await writeAtomically(file, write("newer"));
    expect(statSync(file).mode & 0o777).toBe(0o444);
  });

  it("writes through a symbolic link and leaves the link a link", async () => {
    const real = join(dir, "real.csv");
    const link = join(dir, "link.csv");
    writeFileSync(real, "old");
    symlinkSync(real, link);
    await writeAtomically(link, write("new"));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real, "utf8")).toBe("new");
    expect(readdirSync(dir).sort()).toEqual(["link.csv", "real.csv"]);
  });
});

/** Orders of `customers` customers, enough that writing their XLSX takes a while. */
function bigOrders(file: string, customers: number): void {
  const lines = ["customer,date,amount"];
  for (let i = 0; i < customers; i++)
    lines.push(`C${i},2024-0${1 + (i % 9)}-1${i % 10},${10 + (i % 97)}`);
  writeFileSync(file, lines.join("\n") + "\n");
}

async function killedWhileWriting(signals: NodeJS.Signals[]): Promise<string[]> {
  const { dir, cleanup } = tempDir();
  try {
    const input = join(dir, "orders.csv");
    bigOrders(input, 60_000);
    const out = join(dir, "tiers.xlsx");
    const child = spawn(
      process.execPath,
      [join(ROOT, "bin", "tiering.js"), "segment", input, "--out", out, "--quiet"],
      {
        stdio: "ignore",
      }
    );
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    // Wait for the temporary file to appear: the write has started.
    const started = Date.now();
    while (!readdirSync(dir).some((f) => f.endsWith(".tmp"))) {
      if (Date.now() - started > 50_000) throw new Error("the write never started");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (const s of signals) {
      child.kill(s);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await exited;
    expect(existsSync(out)).toBe(false);
    return readdirSync(dir).sort();
  } finally {
    cleanup();
  }
}

describe("tiering killed while writing --out", () => {
  beforeAll(ensureCliBuilt, 60_000);

  it.each<[string, NodeJS.Signals[]]>([
    ["SIGTERM", ["SIGTERM"]],
    ["SIGHUP", ["SIGHUP"]],
    ["a second Ctrl-C", ["SIGINT", "SIGINT"]],
  ])("%s leaves no temporary file", async (_, signals) => {
    expect(await killedWhileWriting(signals)).toEqual(["orders.csv"]);
  });
});
