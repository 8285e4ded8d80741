// Issue 14: the preview and the CLI read an XLSX the same way (one reader, src/xlsx; fflate in
// the browser, yauzl and zlib in Node): the same file gives the same cells, and scored, the
// same answer.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { segment } from "../../src/core";
import { readInput } from "../../src/cli/readInput";
import { InMemoryWorkbook } from "../../src/excelDouble";
import { loadXlsxFile, readXlsxCells } from "../../src/preview/load/loadXlsx";

async function orderBook(): Promise<Uint8Array> {
  const book = new Workbook();
  book.addWorksheet("Hidden").state = "hidden";
  const sheet = book.addWorksheet("Orders");
  sheet.getCell("B2").value = "客户";
  sheet.getCell("C2").value = "日期";
  sheet.getCell("D2").value = "金额";
  sheet.getCell("E2").value = "备注";
  const names = ["张三", "李四", "王五", "Ann", "Bo", "=cmd", "001"];
  for (let i = 0; i < 60; i++) {
    const r = i + 3;
    sheet.getCell(`B${r}`).value = names[i % names.length];
    sheet.getCell(`C${r}`).value =
      i % 3 === 0
        ? new Date(Date.UTC(2024, i % 12, 1 + (i % 27)))
        : `2024-${(i % 12) + 1}-${(i % 27) + 1}`;
    sheet.getCell(`D${r}`).value = i === 7 ? { error: "#N/A" } : 10 + ((i * 37) % 200) / 4;
    sheet.getCell(`D${r}`).numFmt = "#,##0.00";
    if (i % 5 === 0)
      sheet.getCell(`E${r}`).value = { richText: [{ text: "rich " }, { text: "note" }] };
  }
  sheet.getCell("C70").value = 45300;
  sheet.getCell("C70").numFmt = "yyyy/m/d";
  sheet.getCell("B70").value = "Cy";
  sheet.getCell("D70").value = true;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("the preview and the CLI read an XLSX alike", () => {
  let dir: string;
  let bytes: Uint8Array;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "same-xlsx-"));
    bytes = await orderBook();
    file = join(dir, "orders.xlsx");
    writeFileSync(file, bytes);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the same cells, formats and place for the same file", async () => {
    const cli = await readInput(file, { encoding: "auto", sheet: null });
    const preview = await readXlsxCells(bytes);
    expect(cli.sheetName).toBe("Orders");
    expect(preview.values).toEqual(cli.input.values);
    expect(preview.numberFormats).toEqual(cli.input.numberFormats);
    expect(preview.top + 1).toBe(cli.input.firstRowNumber);
    expect(preview.left).toBe(cli.input.firstColumnIndex);
    expect(cli.input.values).toHaveLength(69);
    expect(cli.input.values[0]).toEqual(["客户", "日期", "金额", "备注"]);
    expect(cli.input.values[8][2]).toBe("#N/A");
    expect(cli.input.values[1][3]).toBe("rich note");
  });

  it("scores the loaded sheet as the CLI scores the file", async () => {
    const cli = await readInput(file, { encoding: "auto", sheet: null });
    const fromCli = segment(cli.input, { language: "en-US" });
    const wb = new InMemoryWorkbook();
    const loaded = await loadXlsxFile(wb, "orders.xlsx", bytes);
    const values = wb.getValues(`${loaded.sheetName}!B2:E70`);
    const fromPane = segment(
      { values, firstRowNumber: 2, firstColumnIndex: 1 },
      { language: "en-US" }
    );
    expect(fromPane.counts).toEqual(fromCli.counts);
    expect(fromPane.rejected).toEqual(fromCli.rejected);
    expect(fromPane.asOf).toBe(fromCli.asOf);
    expect(Array.from(fromPane.customers.ids)).toEqual(Array.from(fromCli.customers.ids));
    expect(Array.from(fromPane.customers.monetary)).toEqual(Array.from(fromCli.customers.monetary));
  });

  it("refuses bytes that are not a ZIP package in the preview too", async () => {
    await expect(readXlsxCells(new TextEncoder().encode("a,b\n1,2\n"))).rejects.toThrow(/ZIP/);
  });
});
