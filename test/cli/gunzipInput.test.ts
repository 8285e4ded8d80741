// A gzipped export reads as the file it holds: the same output as the file itself under either
// engine, for CSV (UTF-8 and GBK) and Parquet, messages naming the .gz file, nothing left behind.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { describeError } from "../../src/core";
import { CliError } from "../../src/cli/cliError";
import { KEEP_FREE, LOOK_EVERY, type DiskRoom } from "../../src/cli/diskRoom";
import { innerName, withGunzipped } from "../../src/cli/gunzipInput";
import { runCli, tempDir } from "./captureIo";

// Rows the readers reject and skip (a bad date, a blank amount, a blank line), so that the
// rejected rows' numbers are compared too.
const ORDERS = [
  "客户编号,订单日期,金额,订单号",
  "甲,2024-01-05,¥120.50,o1",
  "乙,2024-02-05,80,o2",
  "",
  "甲,someday,30,o3",
  "丙,2024-03-02,(5.00),o4",
  "丙,2024-03-09,,o5",
  "丁,2024-03-10,15,o6",
].join("\n");

const leftBehind = () =>
  readdirSync(tmpdir()).filter((n) => n.startsWith(`tiering-gunzip-${process.pid}-`));

describe("gzipped input", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  const write = (name: string, content: string | Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it.each([
    ["UTF-8", Buffer.from(ORDERS)],
    ["GBK", iconv.encode(ORDERS, "gbk")],
  ])(
    "a %s CSV gives the file's own output under either engine",
    async (name, bytes) => {
      const csv = write(`orders-${name}.csv`, bytes);
      // Two gzip members, as `cat a.gz b.gz` makes: one file.
      const half = Math.floor(bytes.length / 2);
      const gz = write(
        `orders-${name}.csv.gz`,
        Buffer.concat([gzipSync(bytes.subarray(0, half)), gzipSync(bytes.subarray(half))])
      );
      for (const engine of ["core", "duckdb"]) {
        for (const command of [["segment", "--json"], ["backtest", "--json"], ["segment"]]) {
          const plain = await runCli([...command, csv, "--engine", engine]);
          const zipped = await runCli([...command, gz, "--engine", engine]);
          expect(plain.code).toBe(0);
          expect([engine, command, zipped]).toEqual([
            engine,
            command,
            { ...plain, stdout: plain.stdout.split(csv).join(gz) },
          ]);
        }
      }
      expect(leftBehind()).toEqual([]);
    },
    60_000
  );

  it("a gzipped Parquet file gives the Parquet file's output", async () => {
    const csv = write("for-parquet.csv", ORDERS);
    const parquet = join(dir, "orders.parquet");
    const { openDuck, q } = await import("../../src/cli/engine/duckRows");
    const duck = await openDuck();
    try {
      await duck.c.run(
        `COPY (SELECT * FROM read_csv(${q(csv)}, header = true, all_varchar = true)) TO ${q(parquet)} (FORMAT parquet)`
      );
    } finally {
      duck.close();
    }
    const gz = write("orders.parquet.gz", gzipSync(readFileSync(parquet)));
    const plain = await runCli(["segment", parquet, "--json"]);
    expect(plain.code).toBe(0);
    expect(await runCli(["segment", gz, "--json"])).toEqual(plain);
  }, 60_000);

  it("names the .gz file when what it holds is not a table, is empty or is cut short", async () => {
    const junk = write("junk.csv.gz", gzipSync(Buffer.from([0, 1, 2, 3, 0, 255, 0, 7])));
    const empty = write("empty.csv.gz", gzipSync(Buffer.alloc(0)));
    const whole = gzipSync(Buffer.from(ORDERS.repeat(50)));
    const cut = write("cut.csv.gz", whole.subarray(0, whole.length >> 1));
    const junkRun = await runCli(["segment", junk]);
    expect([junkRun.code, junkRun.stderr]).toEqual([
      2,
      `tiering: "${junk}" is neither a CSV nor an XLSX file\n`,
    ]);
    const emptyRun = await runCli(["segment", empty]);
    expect([emptyRun.code, emptyRun.stderr]).toEqual([2, `tiering: "${empty}" is empty\n`]);
    const cutRun = await runCli(["segment", cut]);
    expect([cutRun.code, cutRun.stderr]).toEqual([
      2,
      `tiering: cannot decompress the gzip file "${cut}" (unexpected end of file)\n`,
    ]);
    const zh = await runCli(["segment", cut, "--lang", "zh-CN"]);
    expect(zh.stderr).toBe(`tiering: 无法解压 gzip 文件“${cut}”（unexpected end of file）\n`);
    expect(leftBehind()).toEqual([]);
  }, 60_000);

  it("names what the file holds after its own name without .gz", () => {
    expect(innerName("/data/orders.csv.gz")).toBe("orders.csv");
    expect(innerName("unload_0_0_0.PARQUET.GZIP")).toBe("unload_0_0_0.PARQUET");
    expect(innerName("orders.gz")).toBe("orders");
    expect(innerName("export")).toBe("input");
    expect(innerName(".gz")).toBe("input");
  });

  /** A disk with `free` bytes left before the run, less what the run's folder holds. */
  const diskWith =
    (free: number): DiskRoom =>
    async (folder) => ({
      free:
        free - readdirSync(folder).reduce((n, name) => n + statSync(join(folder, name)).size, 0),
      size: 2 ** 50,
    });

  const refusal = async (gz: string, room: DiskRoom): Promise<unknown> => {
    let read = false;
    try {
      await withGunzipped(gz, async () => (read = true), room);
    } catch (error) {
      expect(read).toBe(false);
      return error;
    }
    throw new Error("decompressed in full");
  };

  it("stops a gzip bomb while the disk still keeps KEEP_FREE, and leaves nothing", async () => {
    // 512 MB of zeros in half a megabyte: past the room of a disk with 200 MB above KEEP_FREE.
    const bomb = write("bomb.csv.gz", gzipSync(Buffer.alloc(512 * 2 ** 20)));
    const room = diskWith(KEEP_FREE + 200 * 2 ** 20);
    const seen: number[] = [];
    const error = await refusal(bomb, async (folder) => {
      const disk = await room(folder);
      seen.push(disk.free);
      return disk;
    });
    expect(error).toBeInstanceOf(CliError);
    const params = (error as CliError).params as Record<string, string>;
    expect((error as CliError).code).toBe("file.gunzipNoRoom");
    expect(params.file).toBe(bomb);
    // Looked at every LOOK_EVERY bytes, and stopped while the disk kept KEEP_FREE.
    expect(seen.length).toBeGreaterThan(2);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(KEEP_FREE);
    expect(params.written).toMatch(/^\d+ MB$/);
    expect(parseInt(params.written, 10)).toBeLessThanOrEqual(200);
    expect(params.dir).toBe(tmpdir());
    expect(describeError(error, "en-US")).toBe(
      `stopped decompressing "${bomb}" after ${params.written}: what it holds would leave less than 1.0 GB free on the disk of the temporary folder (${params.dir}). Decompress it where there is room, or set TMPDIR to a folder on a larger disk`
    );
    expect(describeError(error, "zh-CN")).toContain(`停止解压“${bomb}”`);
    expect(leftBehind()).toEqual([]);
  }, 60_000);

  it("decompresses in full where the disk has room, and refuses at once where it has none", async () => {
    const bytes = Buffer.from(ORDERS.repeat(1000));
    const gz = write("roomy.csv.gz", gzipSync(bytes));
    const held = await withGunzipped(
      gz,
      async (f) => readFileSync(f),
      diskWith(KEEP_FREE + LOOK_EVERY + bytes.length)
    );
    expect(held.equals(bytes)).toBe(true);
    const full = await refusal(gz, diskWith(KEEP_FREE + LOOK_EVERY));
    expect((full as CliError).code).toBe("file.gunzipNoRoom");
    expect(leftBehind()).toEqual([]);
  });
});
