// Column widths as Excel sets them: autofit over the whole column (office-js#1017), and
// useStandardWidth putting a column back to the sheet's standard width.
import { InMemoryWorkbook } from "../../src/excelDouble";

describe("column widths", () => {
  test("autofit on a few rows fits the whole column, as Excel does (office-js#1017)", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [["a long title that runs far to the right"], ["aa"]]);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A2").format.autofitColumns();
      await ctx.sync();
    });
    const widths = wb.toSnapshot().sheets[0].columnWidths;
    expect(widths.A).toBeGreaterThan(200);
  });

  test("useStandardWidth drops the widths set, and reads true only when none is set", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").format.columnWidth = 120;
      const mixed = sheet.getRange("A1:B1").format.load("useStandardWidth");
      await ctx.sync();
      expect(mixed.useStandardWidth).toBeNull();
      sheet.getRange("A1:C1").format.useStandardWidth = true;
      const after = sheet.getRange("A1:C1").format.load("useStandardWidth,columnWidth");
      await ctx.sync();
      expect([after.useStandardWidth, after.columnWidth]).toEqual([true, 48]);
    });
    expect(wb.toSnapshot().sheets[0].columnWidths).toEqual({});
  });
});
