// Writing and reading cells: Excel's interpretation of written strings, shapes, types and formats.
import type { XRequestContext } from "../../src/excel/api";
import { InMemoryWorkbook } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

async function write(
  wb: InMemoryWorkbook,
  address: string,
  values: unknown[][],
  numberFormat?: string[][]
): Promise<void> {
  await wb.run(async (ctx: XRequestContext) => {
    const range = ctx.workbook.worksheets.getItem("Sheet1").getRange(address);
    if (numberFormat) range.numberFormat = numberFormat;
    range.values = values;
    await ctx.sync();
  });
}

describe("written strings are parsed as if typed", () => {
  test("'=', '+', '-' and '@' strings become formulas (the injection risk)", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await write(wb, "A1:D1", [["=SUM(1,2)", "+cmd", "-cmd", "@cmd"]]);
    expect(wb.getFormulas("Sheet1!A1:D1")).toEqual([["=SUM(1,2)", "=+cmd", "=-cmd", "=cmd"]]);
    expect(wb.getValues("Sheet1!A1:D1")).toEqual([["#NAME?", "#NAME?", "#NAME?", "#NAME?"]]);
  });

  test("numeric strings become numbers, signed ones included", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await write(wb, "A1:E1", [["12", "-3.5", "1e3", "+7", "12%"]]);
    expect(wb.getValues("Sheet1!A1:E1")).toEqual([[12, -3.5, 1000, 7, 0.12]]);
    expect(wb.getNumberFormats("Sheet1!E1")).toEqual([["0%"]]);
  });

  test("a text number format keeps strings as text, even formula-like ones", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await write(wb, "A1:B1", [["00123", "=1+1"]], [["@", "@"]]);
    expect(wb.getValues("Sheet1!A1:B1")).toEqual([["00123", "=1+1"]]);
    expect(wb.getFormulas("Sheet1!B1")).toEqual([["=1+1"]]);
  });

  test("a leading apostrophe stores the rest as text; formulas does not report the apostrophe", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await write(wb, "A1:B1", [["'=x", "'12"]]);
    expect(wb.getValues("Sheet1!A1:B1")).toEqual([["=x", "12"]]);
    expect(wb.getFormulas("Sheet1!A1:B1")).toEqual([["=x", "12"]]);
  });

  test("TRUE/FALSE, error literals and ISO dates convert like typed input", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await write(wb, "A1:D1", [["true", "#N/A", "2024-01-15", "plain"]]);
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:D1")
        .load("values,valueTypes,numberFormat");
      await ctx.sync();
      expect(range.values).toEqual([[true, "#N/A", 45306, "plain"]]);
      expect(range.valueTypes).toEqual([["Boolean", "Error", "Double", "String"]]);
      expect(range.numberFormat).toEqual([["General", "General", "m/d/yyyy", "General"]]);
    });
  });

  test("registered evaluators give formula cells a value", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setFormulaEvaluator((formula, sheet, address) =>
      formula === "=1+1" ? 2 : `${sheet}:${address}` === "Sheet1:B1" ? "#DIV/0!" : undefined
    );
    await write(wb, "A1:C1", [["=1+1", "=1/0", "=X()"]]);
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:C1")
        .load("values,valueTypes");
      await ctx.sync();
      expect(range.values).toEqual([[2, "#DIV/0!", "#NAME?"]]);
      expect(range.valueTypes).toEqual([["Double", "Error", "Error"]]);
    });
  });
});

describe("shapes", () => {
  test("a 2-D array must match the range exactly", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    expect(await rejectionCode(write(wb, "A1:B2", [[1, 2]]))).toBe("InvalidArgument");
    expect(await rejectionCode(write(wb, "A1:B2", [[1], [2]]))).toBe("InvalidArgument");
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").numberFormat = [["0"]];
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
    });
  });

  test("one scalar fills the whole range", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (range as { values: unknown }).values = 7;
      (range as { numberFormat: unknown }).numberFormat = "0.00";
      await ctx.sync();
    });
    expect(wb.getValues("Sheet1!A1:B2")).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(wb.getNumberFormats("Sheet1!B2")).toEqual([["0.00"]]);
  });

  test("null leaves a cell unchanged, the empty string clears it", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [[1, 2, 3]]);
    await write(wb, "A1:C1", [[null, "", 9]]);
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:C1")
        .load("values,valueTypes");
      await ctx.sync();
      expect(range.values).toEqual([[1, "", 9]]);
      expect(range.valueTypes).toEqual([["Double", "Empty", "Double"]]);
    });
  });

  test("unsupported values are InvalidArgument and leave the range untouched", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    expect(await rejectionCode(write(wb, "A1:B1", [[1, { a: 1 }]]))).toBe("InvalidArgument");
    expect(await rejectionCode(write(wb, "A1:B1", [[1, Number.NaN]]))).toBe("InvalidArgument");
    expect(wb.getValues("Sheet1!A1:B1")).toEqual([["", ""]]);
  });
});

describe("clear", () => {
  test("clear('Contents') keeps formats, clear('Formats') keeps values, clear() removes both", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [[1, 2, 3]], [["0.0", "0.0", "0.0"]]);
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").clear("Contents");
      sheet.getRange("B1").clear("Formats");
      sheet.getRange("C1").clear();
      await ctx.sync();
    });
    expect(wb.getValues("Sheet1!A1:C1")).toEqual([["", 2, ""]]);
    expect(wb.getNumberFormats("Sheet1!A1:C1")).toEqual([["0.0", "General", "General"]]);
  });
});
