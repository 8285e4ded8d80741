import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { readInput } from "../../src/cli/readInput";
import { tempDir } from "./captureIo";

const AUTO = { encoding: "auto" as const, sheet: null };

describe("readInput", () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  const write = (name: string, data: string | Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, data);
    return file;
  };

  it("reads a CSV file as text rows from sheet row 1", async () => {
    const file = write("a.csv", "客户,金额\nA,1\n");
    const loaded = await readInput(file, AUTO);
    expect(loaded).toEqual({
      input: {
        values: [
          ["客户", "金额"],
          ["A", "1"],
        ],
        firstRowNumber: 1,
      },
      kind: "csv",
      encoding: "utf-8",
      delimiter: ",",
      date1904: false,
      records: 2,
    });
  });

  it("reads GBK CSV, and tab-separated text saved as .xls by ERP systems", async () => {
    const gbk = write("gbk.csv", iconv.encode("客户;金额\n张三;1\n", "gbk"));
    expect((await readInput(gbk, AUTO)).input.values).toEqual([
      ["客户", "金额"],
      ["张三", "1"],
    ]);
    const tsv = write("export.xls", "客户\t金额\n张三\t1\n");
    const loaded = await readInput(tsv, AUTO);
    expect(loaded.kind).toBe("csv");
    expect(loaded.delimiter).toBe("\t");
  });

  it.each([
    ["missing", () => join(dir, "none.csv"), "file.notFound"],
    [
      "a folder",
      () => (mkdirSync(join(dir, "sub.csv"), { recursive: true }), join(dir, "sub.csv")),
      "file.isFolder",
    ],
    ["empty", () => write("empty.csv", ""), "file.empty"],
    ["only a BOM and blanks", () => write("bom.csv", "\ufeff \r\n\r\n"), "file.empty"],
    [
      "an old .xls workbook",
      () => write("old.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      "file.oldXls",
    ],
    ["text named .xlsx", () => write("fake.xlsx", "a,b\n1,2\n"), "file.fakeXlsx"],
    [
      "binary",
      () => write("image.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13])),
      "file.notTable",
    ],
    [
      "a .docx package",
      () => write("doc.docx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2])),
      "file.notTable",
    ],
    [
      "a broken .xlsx package",
      () => write("broken.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
      "file.badXlsx",
    ],
  ])("refuses a file that is %s", async (_what, make, code) => {
    const file = make();
    await expect(readInput(file, AUTO)).rejects.toMatchObject({
      code,
      params: expect.objectContaining({ file }),
    });
  });
});
