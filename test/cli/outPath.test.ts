import { copyFileSync, linkSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
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
