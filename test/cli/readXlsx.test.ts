import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { CliError } from "../../src/cli/cliError";
import { readInput } from "../../src/cli/readInput";
import { readXlsx } from "../../src/cli/readXlsx";
import { isDateFormat } from "../../src/core/cells/dateFormat";
import { tempDir } from "./captureIo";

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

/** Orders on the first sheet, starting at B3 (a title above, a blank column A), and a second sheet. */
async function ordersWorkbook(): Promise<Buffer> {
  const wb = new Workbook();
  const orders = wb.addWorksheet("Orders");
  orders.getCell("B1").value = "Order export";
  orders.getRow(3).values = [undefined, "客户", "日期", "金额", "备注"];
  orders.getCell("B4").value = "=SUM(A1)";
  orders.getCell("C4").value = day(2024, 1, 5);
  orders.getCell("D4").value = { formula: "100+23.5", result: 123.5 };
  orders.getCell("E4").value = {
    richText: [{ text: "VIP " }, { font: { bold: true }, text: "客户" }],
  };
  orders.getCell("B5").value = { text: "Acme", hyperlink: "https://acme.example" };
  orders.getCell("C5").value = 45296;
  orders.getCell("C5").numFmt = "yyyy年m月d日";
  orders.getCell("D5").value = { error: "#N/A" };
  orders.getCell("E5").value = true;
  orders.getCell("B7").value = "C003";
  orders.getCell("C7").value = "2024/1/8";
  orders.getCell("D7").value = { formula: "NA()", result: { error: "#N/A" } };
  orders.getCell("E7").value = 42;
  orders.getCell("E7").numFmt = "#,##0.00";
  const refunds = wb.addWorksheet("退款 Refunds");
  refunds.getRow(1).values = ["customer", "amount"];
  refunds.getRow(2).values = ["C001", -20];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readXlsx", () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = await ordersWorkbook();
  });

  it("reads the first sheet's used block with its sheet row and column", async () => {
    const sheet = await readXlsx(bytes, null, "o.xlsx");
    expect(sheet.sheetName).toBe("Orders");
    expect(sheet.date1904).toBe(false);
    expect(sheet.input.firstRowNumber).toBe(1);
    expect(sheet.input.firstColumnIndex).toBe(1);
    expect(sheet.input.values).toHaveLength(7);
    expect(sheet.input.values[0]).toEqual(["Order export", null, null, null]);
    expect(sheet.input.values[1]).toEqual([null, null, null, null]);
    expect(sheet.input.values[2]).toEqual(["客户", "日期", "金额", "备注"]);
  });

  it("hands cells over as the core expects them", async () => {
    const { input } = await readXlsx(bytes, null, "o.xlsx");
    // Text that looks like a formula stays text; a formula gives its cached result; a date is
    // its serial with its date format, as Excel hands cells to the add-in.
    expect(input.values[3]).toEqual(["=SUM(A1)", 45296, 123.5, "VIP 客户"]);
    expect(isDateFormat(input.numberFormats?.[3][1])).toBe(true);
    // Hyperlink text, a date-formatted serial, an error as its text, a boolean.
    expect(input.values[4]).toEqual(["Acme", 45296, "#N/A", true]);
    expect(input.numberFormats?.[4][1]).toBe("yyyy年m月d日");
    expect(input.values[5]).toEqual([null, null, null, null]);
    expect(input.values[6]).toEqual(["C003", "2024/1/8", "#N/A", 42]);
  });

  it("keeps the number format of numbers that are not General", async () => {
    const { input } = await readXlsx(bytes, null, "o.xlsx");
    expect(input.numberFormats?.[6][3]).toBe("#,##0.00");
    expect(input.numberFormats?.[3][2]).toBeNull();
    expect(input.numberFormats).toHaveLength(input.values.length);
  });

  it("reads the sheet named by --sheet, also with other letter case", async () => {
    const sheet = await readXlsx(bytes, "退款 refunds", "o.xlsx");
    expect(sheet.sheetName).toBe("退款 Refunds");
    expect(sheet.input.values).toEqual([
      ["customer", "amount"],
      ["C001", -20],
    ]);
    expect(sheet.input.firstRowNumber).toBe(1);
    expect(sheet.input.firstColumnIndex).toBe(0);
  });

  it("names the sheets when --sheet names none of them", async () => {
    await expect(readXlsx(bytes, "Sales", "o.xlsx")).rejects.toMatchObject({
      code: "file.unknownSheet",
      params: { file: "o.xlsx", sheet: "Sales", sheets: "Orders, 退款 Refunds" },
    });
  });

  it("skips a hidden first sheet, reports an empty one and a broken package", async () => {
    const wb = new Workbook();
    wb.addWorksheet("Hidden", { state: "hidden" }).getCell("A1").value = "secret";
    wb.addWorksheet("Visible").getCell("A1").value = "shown";
    wb.addWorksheet("Empty");
    const b = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await readXlsx(b, null, "h.xlsx")).sheetName).toBe("Visible");
    await expect(readXlsx(b, "Empty", "h.xlsx")).rejects.toMatchObject({ code: "file.emptySheet" });
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]);
    await expect(readXlsx(broken, null, "b.xlsx")).rejects.toBeInstanceOf(CliError);
  });

  it("tells a 1904 workbook", async () => {
    const wb = new Workbook();
    wb.properties.date1904 = true;
    wb.addWorksheet("S").getCell("A1").value = 1;
    const sheet = await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()), null, "mac.xlsx");
    expect(sheet.date1904).toBe(true);
  });

  it("is what readInput gives for an .xlsx file", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "orders.xlsx");
      writeFileSync(file, bytes);
      const loaded = await readInput(file, { encoding: "auto", sheet: "Orders" });
      expect(loaded.kind).toBe("xlsx");
      expect(loaded.sheetName).toBe("Orders");
      expect(loaded.input.values[2]).toEqual(["客户", "日期", "金额", "备注"]);
    } finally {
      cleanup();
    }
  });
});
