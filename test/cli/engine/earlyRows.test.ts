// DuckDB's rows query starts on the head's guess while the scan reads the file (earlyRows.ts):
// it is read only where the scan finds what the head showed, and stopped where the scan finds
// otherwise (a wider record, a line break or a CR inside quotes past the head, text after a
// quote, bytes that are not UTF-8). Either way the run gives what the core's reader gives.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvSource, memoryLimitFor, ONE_GB_ROWS } from "../../../src/cli/engine/duckRows";
import { EarlyRows, type GuessedRequest } from "../../../src/cli/engine/earlyRows";
import { nearLimitChange } from "../../../src/cli/engine/readTyped";
import { runCli, tempDir, type Captured } from "../captureIo";
import { orderLines } from "./orderLines";

const ROWS = 80_000;

/** The line with its order id quoted and `inside` in it: SO12 becomes "S<inside>O12". */
const quoted = (line: string, inside: string): string =>
  line.replace(/SO(\d+)$/, `"S${inside}O$1"`);

/** The rows query's request for a file of orderLines, as the run would make it. */
function requestFor(file: string): GuessedRequest {
  return {
    source: { sql: csvSource(file, ",", 0, 4, true), width: 4, missing: [], offset: 0 },
    firstDataIndex: 1,
    mapping: { customer: 0, date: 1, amount: 2, orderId: 3 },
    decimalComma: false,
    order: "ymd",
    lastDay: Infinity,
  };
}

/** Each run's outcome, and whether the early query was read (null: none was started). */
async function run(file: string, engine: string): Promise<{ out: Captured; taken: boolean[] }> {
  const take = jest.spyOn(EarlyRows.prototype, "take");
  try {
    const out = await runCli(["segment", file, "--json", "--engine", engine]);
    const taken: boolean[] = [];
    for (const result of take.mock.results) taken.push((await result.value) !== null);
    return { out, taken };
  } finally {
    take.mockRestore();
  }
}

/** The run's answer as the user sees it (the JSON, or the message), the file's name aside. */
function answer(c: Captured): { code: number; stdout: string; stderr: string } {
  return { code: c.code, stdout: c.stdout, stderr: c.stderr };
}

describe("the rows query started beside the scan", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  const write = (name: string, text: string | Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it("is the one read when the scan finds what the head shows", async () => {
    const file = write("plain.csv", orderLines(ROWS).join("\n") + "\n");
    const duck = await run(file, "duckdb");
    expect(duck.taken).toEqual([true]);
    expect(duck.out.code).toBe(0);
    expect(JSON.parse(duck.out.stdout).customers).toHaveLength(997);
    expect(answer(duck.out)).toEqual(answer((await run(file, "core")).out));
  });

  const unlike: [string, (lines: string[]) => void][] = [
    ["a wider record past the head", (l) => (l[ROWS - 10] += ",extra,cells")],
    ["a line break inside quotes past the head", (l) => (l[ROWS - 10] += ',"two\nlines"')],
    ["a CR inside quotes past the head", (l) => (l[ROWS - 10] = quoted(l[ROWS - 10], "\r"))],
    ["a line break inside quotes in the head", (l) => (l[5] = quoted(l[5], "\n"))],
  ];

  it.each(unlike)("is stopped for %s, and the run reads the file again", async (_, change) => {
    const lines = orderLines(ROWS);
    change(lines);
    const file = write("unlike.csv", lines.join("\n") + "\n");
    const duck = await run(file, "duckdb");
    expect(duck.taken).toEqual([false]);
    expect(duck.out.code).toBe(0);
    expect(answer(duck.out)).toEqual(answer((await run(file, "core")).out));
  });

  it("is stopped when the file is for a refusal or the core's reader after all", async () => {
    const quoted = orderLines(ROWS);
    quoted[ROWS - 10] += ',"note"after';
    const refused = write("refused.csv", quoted.join("\n") + "\n");
    const notUtf8 = write(
      "latin.csv",
      Buffer.concat([Buffer.from(orderLines(ROWS).join("\n") + "\n"), Buffer.from([0xff, 0x0a])])
    );
    for (const file of [refused, notUtf8]) {
      const duck = await run(file, "duckdb");
      // Never read: the scan's answer sent the run elsewhere before the rows were asked for.
      expect(duck.taken).toEqual([]);
      expect(answer(duck.out)).toEqual(answer((await run(file, "core")).out));
    }
    expect((await run(refused, "duckdb")).out.code).toBe(2);
  });

  it("stops a query still running, and no read takes it after", async () => {
    const file = write("stopped.csv", orderLines(ROWS).join("\n") + "\n");
    const req = requestFor(file);
    const early = new EarlyRows(req, "1GB");
    await expect(early.stop()).resolves.toBeUndefined();
    expect(await early.take({ ...req, rowCount: ROWS + 1 })).toBeNull();
  });

  it("is taken by one read only", async () => {
    const file = write("once.csv", orderLines(100).join("\n") + "\n");
    const req = requestFor(file);
    const early = new EarlyRows(req, "1GB");
    const first = await early.take({ ...req, rowCount: 101 });
    expect(first).not.toBeNull();
    await first?.started;
    const rows = await first?.duck.c.runAndReadAll("SELECT count(*) FROM rows_table");
    expect(Number(rows?.getRows()[0][0])).toBe(101);
    expect(await early.take({ ...req, rowCount: 101 })).toBeNull();
    first?.duck.close();
  });
});

describe("files whose row count may take the other memory limit", () => {
  it("start no early query near ONE_GB_ROWS, and do either side of it", () => {
    expect(nearLimitChange(ONE_GB_ROWS)).toBe(true);
    expect(nearLimitChange(ONE_GB_ROWS * 0.8)).toBe(true);
    expect(nearLimitChange(10_485_750)).toBe(false);
    expect(nearLimitChange(100_000_000)).toBe(false);
    // Where memoryLimitFor changes, both sides are near it.
    expect(memoryLimitFor(ONE_GB_ROWS)).not.toBe(memoryLimitFor(ONE_GB_ROWS + 1, 64 * 2 ** 30));
  });
});
