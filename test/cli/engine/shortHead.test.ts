// A CSV past SHORT_HEAD_BYTES is read from its first megabyte when that gives what the 4 MB head
// would (csvSource's CsvHead.full, readTyped's runOf): the header names every column, the currency's
// rows are there, the widest row is the file's, and the run is no backtest. Otherwise the full
// head decides. Either way the run's output is the core's own.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvHead, SHORT_HEAD_BYTES } from "../../../src/cli/engine/csvSource";
import { readTyped, type Aggregates } from "../../../src/cli/engine/readTyped";
import { runCli, tempDir } from "../captureIo";
import { orderLines } from "./orderLines";

/** About 2.3 MB: past the short head, within the 4 MB one. */
const ROWS = 80_000;

async function headRowsRead(file: string, aggregates?: Aggregates): Promise<number> {
  const read = await readTyped(
    { file, engine: "duckdb", encoding: "auto" },
    () => ({}),
    () => true,
    aggregates
  );
  if (read === null) throw new Error("DuckDB did not take the file");
  const head = read.read.sheet?.head ?? read.read.aggregated?.head;
  return head?.values.length ?? -1;
}

describe("the short head", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  const write = (name: string, lines: string[]): string => {
    const file = join(dir, name);
    writeFileSync(file, lines.join("\n") + "\n");
    return file;
  };

  it("holds a prefix of the full head's rows, and no full head in a small file", async () => {
    const file = write("named.csv", orderLines(ROWS));
    const head = await readCsvHead(file, "auto");
    const full = head?.full?.();
    expect(head?.full).not.toBeNull();
    expect(full?.rows.length).toBe(ROWS + 1); // the whole file is within the 4 MB
    expect(full?.whole).toBe(true);
    expect(head?.whole).toBe(false);
    expect(head?.rows).toEqual(full?.rows.slice(0, head?.rows.length));
    expect(Buffer.byteLength(orderLines((head?.rows.length ?? 1) - 1).join("\n"))).toBeLessThan(
      SHORT_HEAD_BYTES
    );
    const small = await readCsvHead(write("small.csv", orderLines(100)), "auto");
    expect(small?.full).toBeNull();
    expect(small?.rows.length).toBe(101);
  });

  it("is what a run reads when the header names every column", async () => {
    const file = write("named.csv", orderLines(ROWS));
    const rows = await headRowsRead(file);
    expect(rows).toBeGreaterThan(1000);
    expect(rows).toBeLessThan(ROWS / 2);
  });

  it("gives way to the full head for a wider row past it, no header, or a backtest", async () => {
    const lines = orderLines(ROWS);
    lines[ROWS - 10] += ",extra,cells";
    expect(await headRowsRead(write("wide.csv", lines))).toBe(ROWS + 1);
    expect(await headRowsRead(write("headerless.csv", orderLines(ROWS, false)))).toBe(ROWS);
    const backtest: Aggregates = () => ({ purchases: false, backtest: { months: 3, cut: null } });
    expect(await headRowsRead(write("named.csv", orderLines(ROWS)), backtest)).toBe(ROWS + 1);
  }, 60_000);

  it("gives way to the full head when its rows miss the currency's first rows", async () => {
    // Rows of 1.2 kB: fewer than a thousand of them in the first megabyte.
    const lines = orderLines(3000).map((line, i) => (i === 0 ? line : line + "x".repeat(1200)));
    expect(await headRowsRead(write("long.csv", lines))).toBe(3001);
  }, 60_000);

  it("leaves the output the core's: a wider row past it, a column number only it lacks", async () => {
    const lines = orderLines(ROWS);
    lines[ROWS - 10] += ",9";
    const file = write("wide.csv", lines);
    for (const flags of [[], ["--json"], ["--json", "--order-id", "5"]]) {
      const core = await runCli(["segment", file, ...flags, "--engine", "core"]);
      const duck = await runCli(["segment", file, ...flags, "--engine", "duckdb"]);
      expect(duck).toEqual(core);
    }
  }, 120_000);
});
