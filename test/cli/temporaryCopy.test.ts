// The copies the CLI writes to its temporary folder (a GBK CSV as UTF-8 for DuckDB) report a
// failed write in words, naming the user's file, instead of ending the run with node's
// "Unhandled 'error' event"; and stop before the disk keeps less than KEEP_FREE.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import iconv from "iconv-lite";
import { describeError } from "../../src/core";
import { CliError } from "../../src/cli/cliError";
import { KEEP_FREE, LOOK_EVERY } from "../../src/cli/diskRoom";
import { readCsvHead, scanCsv } from "../../src/cli/engine/csvSource";
import { TemporaryCopy } from "../../src/cli/temporaryCopy";
import { tempDir } from "./captureIo";

const roomy = async () => ({ free: 2 ** 50, size: 2 ** 50 });

/** The error a promise rejects with (it must reject). */
async function failure(run: () => Promise<unknown>): Promise<CliError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return error as CliError;
  }
  throw new Error("no error");
}

describe("a temporary copy", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  it("writes the bytes given, in order", async () => {
    const copy = new TemporaryCopy(join(dir, "copy.csv"), "orders.csv", roomy);
    const parts = Array.from({ length: 50 }, (_, i) => Buffer.alloc(100_000, 48 + (i % 10)));
    for (const part of parts) await copy.write(part);
    await copy.close();
    expect(readFileSync(join(dir, "copy.csv")).equals(Buffer.concat(parts))).toBe(true);
  });

  it("names the user's file when its folder cannot be written", async () => {
    const path = join(dir, "no-such-folder", "copy.csv");
    const error = await failure(async () => {
      const copy = new TemporaryCopy(path, "orders.csv", roomy);
      await copy.write(Buffer.from("a,b\n"));
      await copy.close();
    });
    expect(error.code).toBe("file.copyFailed");
    expect(describeError(error, "en-US")).toBe(
      `cannot write a UTF-8 copy of "orders.csv" to the temporary folder (${dir}): ${(error.params as { reason: string }).reason}. Free some space there, or set TMPDIR to a folder you can write to on a larger disk`
    );
    expect((error.params as { reason: string }).reason).toMatch(/ENOENT/);
    expect(describeError(error, "zh-CN")).toContain(
      "无法将“orders.csv”的 UTF-8 副本写入临时文件夹"
    );
  });

  // Linux's /dev/full refuses every write as a full disk does (ENOSPC).
  (existsSync("/dev/full") ? it : it.skip)(
    "names the user's file when the disk is full",
    async () => {
      const error = await failure(async () => {
        const copy = new TemporaryCopy("/dev/full", "orders.csv", roomy);
        for (let i = 0; i < 100; i++) await copy.write(Buffer.alloc(1 << 20));
        await copy.close();
      });
      expect(error.code).toBe("file.copyFailed");
      expect((error.params as { reason: string }).reason).toMatch(/ENOSPC/);
    }
  );

  it("stops before the disk would keep less than KEEP_FREE", async () => {
    const path = join(dir, "tight.csv");
    const copy = new TemporaryCopy(path, "orders.csv", async () => ({
      free: KEEP_FREE + LOOK_EVERY,
      size: 2 ** 50,
    }));
    const error = await failure(() => copy.write(Buffer.alloc(1000)));
    expect(error.code).toBe("file.copyNoRoom");
    // The folder TMPDIR sets: the copy's own folder in it (here `dir`) is removed with the run.
    const shown = dirname(dir);
    expect(error.params).toEqual({
      file: "orders.csv",
      written: "0 MB",
      keep: "1.0 GB",
      dir: shown,
    });
    expect(describeError(error, "en-US")).toBe(
      `stopped writing a UTF-8 copy of "orders.csv" after 0 MB: it would leave less than 1.0 GB free on the disk of the temporary folder (${shown}). Free some space there, or set TMPDIR to a folder on a larger disk`
    );
  });

  it("of a GBK file stops, names the file and leaves no folder, where the disk has no room", async () => {
    const text = [
      "客户,订单日期,金额",
      ...Array.from({ length: 2000 }, (_, i) => `客${i},2024-01-05,${i}`),
    ];
    const file = join(dir, "gbk.csv");
    writeFileSync(file, iconv.encode(text.join("\n"), "gbk"));
    const head = await readCsvHead(file, "auto");
    expect(head?.encoding.legacy).toBe("gb18030");
    const error = await failure(async () =>
      scanCsv(head!, async () => ({ free: KEEP_FREE, size: 2 ** 50 }))
    );
    expect(error.code).toBe("file.copyNoRoom");
    expect((error.params as { file: string }).file).toBe(file);
    const left = readdirSync(tmpdir()).filter((n) => n.startsWith(`tiering-csv-${process.pid}-`));
    expect(left).toEqual([]);
  });

  it("keeps a tenth of a small disk free, not a gigabyte", async () => {
    // A 200 MB /tmp with 150 MB free takes a 2 MB copy, and refuses one past its last 20 MB.
    const small = async () => ({ free: 150 * 2 ** 20, size: 200 * 2 ** 20 });
    const path = join(dir, "small.csv");
    const copy = new TemporaryCopy(path, "orders.csv", small);
    await copy.write(Buffer.alloc(2 * 2 ** 20));
    await copy.close();
    expect(readFileSync(path)).toHaveLength(2 * 2 ** 20);
    const tight = async () => ({ free: 25 * 2 ** 20, size: 200 * 2 ** 20 });
    const error = await failure(() =>
      new TemporaryCopy(path, "orders.csv", tight).write(Buffer.alloc(1))
    );
    expect(error.code).toBe("file.copyNoRoom");
    expect((error.params as { keep: string }).keep).toBe("20 MB");
  });
});
