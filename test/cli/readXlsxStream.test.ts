// Issue 14: XLSX files that are valid but hard: huge used ranges, lying <dimension> tags, other
// writers' XML (prefixes, inline strings, no cell references), error values, bad date serials.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { handMadeXlsx } from "../../data/generate/zipFile";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { readXlsx } from "../../src/cli/readXlsx";
import { runCli, tempDir } from "./captureIo";

describe("readXlsx, streamed", () => {
  it("reads a 2 KB file with one cell at XFD1048576 as that one cell", async () => {
    const bytes = handMadeXlsx({
      dimension: "A1:XFD1048576",
      sheetData: '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>',
    });
    expect(bytes.length).toBeLessThan(2048);
    const sheet = await readXlsx(bytes, null, "sparse.xlsx");
    expect(sheet.input.values).toEqual([[7]]);
    expect(sheet.input.firstRowNumber).toBe(1_048_576);
    expect(sheet.input.firstColumnIndex).toBe(16_383);
  });

  it("takes the used range from the cells, not from a <dimension> that claims more", async () => {
    const bytes = handMadeXlsx({
      dimension: "A1:Z100",
      sharedStrings: ["customer", "amount"],
      sheetData:
        '<row r="2"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="F2" s="0"/></row>' +
        '<row r="4"><c r="B4" t="inlineStr"><is><t>A</t></is></c><c r="C4"><v>5</v></c></row>',
    });
    const { input } = await readXlsx(bytes, null, "d.xlsx");
    expect(input.values).toEqual([
      ["customer", "amount"],
      [null, null],
      ["A", 5],
    ]);
    expect(input.firstRowNumber).toBe(2);
    expect(input.firstColumnIndex).toBe(1);
  });

  it("reads other writers' XML: prefixes, inline and rich text, no references, escapes", async () => {
    const bytes = handMadeXlsx({
      prefix: "x",
      sharedStrings: ["a_x000D_b"],
      sheetData:
        '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>VIP </x:t></x:r><x:r><x:t>客户</x:t></x:r>' +
        '<x:rPh><x:t>kehu</x:t></x:rPh></x:is></x:c><x:c t="s"><x:v>0</x:v></x:c></x:row>' +
        '<x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>=x</x:v></x:c></x:row>',
    });
    const { input } = await readXlsx(bytes, null, "p.xlsx");
    expect(input.values).toEqual([
      ["VIP 客户", "a\rb"],
      [true, "=x"],
    ]);
  });

  it("keeps error values as Excel shows them", async () => {
    const bytes = handMadeXlsx({
      sheetData:
        '<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
    });
    expect((await readXlsx(bytes, null, "e.xlsx")).input.values).toEqual([["#N/A", "#DIV/0!"]]);
  });

  it("hands a date-formatted number over as its serial with the format", async () => {
    const bytes = handMadeXlsx({
      styles: ["yyyy-mm-dd"],
      sheetData: '<row r="1"><c r="A1" s="1"><v>45296</v></c><c r="B1" s="0"><v>3</v></c></row>',
      date1904: true,
    });
    const sheet = await readXlsx(bytes, null, "f.xlsx");
    expect(sheet.input.values).toEqual([[45296, 3]]);
    expect(sheet.input.numberFormats).toEqual([["yyyy-mm-dd", null]]);
    expect(sheet.date1904).toBe(true);
  });

  it("calls a package without a workbook not a valid workbook", async () => {
    const { zipBytes } = await import("../../data/generate/zipFile");
    await expect(readXlsx(zipBytes({ "a.txt": "x" }), null, "z.xlsx")).rejects.toMatchObject({
      code: "file.badXlsx",
    });
  });
});

describe("tiering on hard XLSX files", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it("rejects a date cell holding an out-of-range serial, naming its row and column", async () => {
    const row = (r: number, id: string, serial: number, amount: number): string =>
      `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${id}</t></is></c>` +
      `<c r="B${r}" s="1"><v>${serial}</v></c><c r="C${r}"><v>${amount}</v></c></row>`;
    const file = join(dir, "serial.xlsx");
    writeFileSync(
      file,
      handMadeXlsx({
        styles: ["yyyy-mm-dd"],
        sharedStrings: ["customer", "order date", "amount"],
        sheetData:
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
          row(2, "A", 45296, 10) +
          row(3, "B", 1e9, 20) +
          row(4, "A", 45300, 30),
      })
    );
    const out = await runCli(["segment", file, "--json"]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    const report = JSON.parse(out.stdout) as JsonReport;
    expect(report.rejected).toEqual([
      expect.objectContaining({ row: 3, column: "B", reason: "badDate" }),
    ]);
    expect(report.summary.counts).toMatchObject({ input: 3, used: 2, rejected: 1, blank: 0 });
  });

  it("answers on the sparse 2 KB file with a message, not a crash", async () => {
    const file = join(dir, "sparse.xlsx");
    writeFileSync(
      file,
      handMadeXlsx({
        dimension: "A1:XFD1048576",
        sheetData: '<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>',
      })
    );
    const out = await runCli(["segment", file]);
    expect(out.code).toBe(2);
    expect(out.stderr.split("\n")).toHaveLength(2);
  });
});
