// Loading an XLSX: values as stored, numbers keep their formats, dates become serials.
import { Workbook } from "exceljs";
import { InMemoryWorkbook } from "../../src/excelDouble";
import { asTypedText, loadXlsxFile, xlsxWrite } from "../../src/preview/load/loadXlsx";

describe("one cell", () => {
  test("text Excel would convert keeps a leading apostrophe; plain text does not", () => {
    expect(asTypedText("001")).toBe("'001");
    expect(asTypedText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(asTypedText("TRUE")).toBe("'TRUE");
    expect(asTypedText("陆宇佳")).toBe("陆宇佳");
  });

  test("dates, formatted numbers, errors and blanks", () => {
    expect(xlsxWrite(new Date(Date.UTC(2024, 0, 4)), null)).toEqual({
      value: 45295,
      format: "yyyy-mm-dd",
    });
    expect(xlsxWrite(45295, "mm-dd-yy")).toEqual({ value: 45295, format: "yyyy-mm-dd" });
    expect(xlsxWrite(0.25, "0.0%")).toEqual({ value: 0.25, format: "0.0%" });
    expect(xlsxWrite(3, null)).toEqual({ value: 3, format: null });
    expect(xlsxWrite("#N/A", null)).toEqual({ value: "#N/A", format: null });
    expect(xlsxWrite(null, null)).toEqual({ value: "", format: null });
  });
});

test("a whole file goes into a sheet named after it", async () => {
  const book = new Workbook();
  const sheet = book.addWorksheet("Orders");
  sheet.addRow(["客户", "日期", "金额", "编号"]);
  sheet.addRow(["张三", new Date(Date.UTC(2024, 0, 4)), 1234.5, "007"]);
  sheet.getCell("C2").numFmt = "#,##0.00";
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const wb = new InMemoryWorkbook();
  const loaded = await loadXlsxFile(wb, "orders.xlsx", bytes);
  expect(loaded).toEqual({ sheetName: "orders", rows: 2 });
  expect(wb.getValues("orders!A2:D2")).toEqual([["张三", 45295, 1234.5, "007"]]);
  expect(wb.getNumberFormats("orders!B2:C2")).toEqual([["yyyy-mm-dd", "#,##0.00"]]);
  expect(wb.selectionAddress()).toBe("orders!A1");
});

test("a sparse sheet keeps its cells in place, without filling from A1", async () => {
  const book = new Workbook();
  const sheet = book.addWorksheet("Far");
  sheet.getCell("C5").value = "客户";
  sheet.getCell("D6").value = 12;
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  const wb = new InMemoryWorkbook();
  const loaded = await loadXlsxFile(wb, "far.xlsx", bytes);
  expect(loaded.rows).toBe(2);
  expect(wb.getValues("far!C5:D6")).toEqual([
    ["客户", ""],
    ["", 12],
  ]);
  expect(wb.getValues("far!A1:B2")).toEqual([
    ["", ""],
    ["", ""],
  ]);
});
