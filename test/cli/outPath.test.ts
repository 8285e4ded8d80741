import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { FIXTURES, runCli, tempDir } from "./captureIo";

const ORDERS = join(FIXTURES, "orders-zh.csv");

describe("tiering segment --out naming the input", () => {
  let dir: string;
  let cleanup: () => void;
  let input: string;
  let original: Buffer;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    input = join(dir, "orders.csv");
    copyFileSync(ORDERS, input);
    original = readFileSync(input);
  });
  afterEach(() => cleanup());

  const refused = async (out: string, language = "en-US"): Promise<string> => {
    const run = await runCli(["segment", input, "--out", out, "--lang", language]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(readFileSync(input)).toEqual(original);
    return run.stderr;
  };

  it("refuses the same path, also written another way", async () => {
    expect(await refused(input)).toBe(
      `tiering: --out "${input}" is the input file "${input}": choose another output file\n`
    );
    expect(await refused(join(dir, ".", "sub", "..", "orders.csv"))).toMatch(/is the input file/);
    expect(await refused(relative(process.cwd(), input))).toMatch(/is the input file/);
  });

  it("refuses a symbolic link to the input, or a path through a linked folder", async () => {
    symlinkSync(input, join(dir, "link.csv"));
    expect(await refused(join(dir, "link.csv"))).toMatch(/is the input file/);
    mkdirSync(join(dir, "real"));
    symlinkSync(dir, join(dir, "real", "up"));
    expect(await refused(join(dir, "real", "up", "orders.csv"))).toMatch(/is the input file/);
  });

  it("refuses a hard link to the input, in Chinese too", async () => {
    linkSync(input, join(dir, "hard.csv"));
    expect(await refused(join(dir, "hard.csv"), "zh-CN")).toMatch(/就是输入文件/);
  });

  it("refuses an XLSX read and written in place: its other sheets would be lost", async () => {
    const run = await runCli(["segment", ORDERS, "--out", join(dir, "x.xlsx")]);
    expect(run.code).toBe(0);
    const book = join(dir, "x.xlsx");
    const before = readFileSync(book);
    const again = await runCli(["segment", book, "--out", book]);
    expect(again.code).toBe(2);
    expect(readFileSync(book)).toEqual(before);
  });

  it("still writes a different file", async () => {
    const run = await runCli(["segment", input, "--out", join(dir, "tiers.csv")]);
    expect(run.code).toBe(0);
  });
});

describe("tiering segment --out naming a file that exists", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it("keeps a non-empty file of the user's and says how to replace it", async () => {
    const out = join(dir, "keep.csv");
    writeFileSync(out, "precious\n");
    const run = await runCli(["segment", ORDERS, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `tiering: --out "${out}" already exists: add --overwrite to replace it, or choose another output file\n`
    );
    expect(readFileSync(out, "utf8")).toBe("precious\n");
    const zh = await runCli(["segment", ORDERS, "--out", out, "--lang", "zh-CN"]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/已存在：加上 --overwrite/);
    expect(readFileSync(out, "utf8")).toBe("precious\n");
  });

  it("replaces it with --overwrite, and writes over an empty file without it", async () => {
    const out = join(dir, "tiers.csv");
    writeFileSync(out, "last week's tiers\n");
    const run = await runCli(["segment", ORDERS, "--out", out, "--overwrite"]);
    expect(run.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/^\ufeffCustomer,/);
    const empty = join(dir, "empty.xlsx");
    writeFileSync(empty, "");
    expect((await runCli(["segment", ORDERS, "--out", empty])).code).toBe(0);
    expect(readFileSync(empty).subarray(0, 2).toString()).toBe("PK");
  });

  it("never replaces the input, --overwrite or not", async () => {
    const input = join(dir, "orders.csv");
    copyFileSync(ORDERS, input);
    const run = await runCli(["segment", input, "--out", input, "--overwrite"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is the input file/);
    expect(readFileSync(input)).toEqual(readFileSync(ORDERS));
  });

  it("refuses --overwrite without --out", async () => {
    const run = await runCli(["segment", ORDERS, "--overwrite"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("tiering: --overwrite only goes with --out FILE\n");
  });
});
