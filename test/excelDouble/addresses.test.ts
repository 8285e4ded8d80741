// Addresses, derived ranges, the used range and the current region.
/* eslint-disable office-addins/call-sync-before-read --
   These tests deliberately read unloaded or unsynced properties to show the double throws as office.js does,
   and the rules also flag isNullObject and navigation properties, which office.js allows. */
import { InMemoryWorkbook } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

async function addressOf(
  wb: InMemoryWorkbook,
  sheetName: string,
  address?: string
): Promise<string> {
  return wb.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem(sheetName).getRange(address).load("address");
    await ctx.sync();
    return range.address;
  });
}

describe("A1 addresses", () => {
  test("accepted forms and the address office.js reports back", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1", "My Sheet", "A1"] });
    expect(await addressOf(wb, "Sheet1", "A1:C10")).toBe("Sheet1!A1:C10");
    expect(await addressOf(wb, "Sheet1", "$B$2")).toBe("Sheet1!B2");
    expect(await addressOf(wb, "Sheet1", "c3:a1")).toBe("Sheet1!A1:C3");
    expect(await addressOf(wb, "Sheet1", "A:C")).toBe("Sheet1!A:C");
    expect(await addressOf(wb, "Sheet1", "2:5")).toBe("Sheet1!2:5");
    expect(await addressOf(wb, "Sheet1", "Sheet1!B2:C3")).toBe("Sheet1!B2:C3");
    expect(await addressOf(wb, "My Sheet", "'My Sheet'!A1")).toBe("'My Sheet'!A1");
    expect(await addressOf(wb, "A1", "B2")).toBe("'A1'!B2");
    expect(await addressOf(wb, "Sheet1", "XFD1048576")).toBe("Sheet1!XFD1048576");
    expect(await addressOf(wb, "Sheet1")).toBe("Sheet1!1:1048576");
  });

  test("malformed, out-of-sheet and unknown-sheet addresses are InvalidArgument", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    for (const bad of ["A0", "A1048577", "XFE1", "A1:B2:C3", "Nope!A1", "", "1A"]) {
      expect(await rejectionCode(addressOf(wb, "Sheet1", bad))).toBe("InvalidArgument");
    }
  });

  test("getRangeByIndexes rejects zero or negative counts and ranges leaving the sheet", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const byIndexes = (r: number, c: number, rows: number, cols: number): Promise<string> =>
      wb.run(async (ctx) => {
        const range = ctx.workbook.worksheets
          .getItem("Sheet1")
          .getRangeByIndexes(r, c, rows, cols)
          .load("address");
        await ctx.sync();
        return range.address;
      });
    expect(await byIndexes(1, 1, 2, 3)).toBe("Sheet1!B2:D3");
    expect(await byIndexes(0, 0, 1048576, 1)).toBe("Sheet1!A:A");
    for (const args of [
      [0, 0, 0, 1],
      [0, 0, 1, -1],
      [-1, 0, 1, 1],
      [1048576, 0, 1, 1],
      [0, 16380, 1, 5],
    ]) {
      expect(await rejectionCode(byIndexes(args[0], args[1], args[2], args[3]))).toBe(
        "InvalidArgument"
      );
    }
  });

  test("getCell, getOffsetRange and getResizedRange", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const base = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      const cell = base.getCell(1, 1).load("address");
      const outside = base.getCell(5, 0).load("address");
      const offset = base.getOffsetRange(1, 2).load("address");
      const resized = base.getResizedRange(2, -1).load("address");
      await ctx.sync();
      expect([cell.address, outside.address, offset.address, resized.address]).toEqual([
        "Sheet1!C3",
        "Sheet1!B7",
        "Sheet1!D3:E4",
        "Sheet1!B2:B5",
      ]);
      base.getOffsetRange(-2, 0).load("address");
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      base.getResizedRange(0, -2).load("address");
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
    });
  });

  test("getRange resolves defined names and table names", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [["h"], [1]]);
    await wb.run(async (ctx) => {
      ctx.workbook.names.add("Data", "=Sheet1!$A$1:$A$2");
      ctx.workbook.tables.add("C1:D3", true).name = "Tbl";
      const byName = ctx.workbook.worksheets.getItem("Sheet1").getRange("Data").load("address");
      const byTable = ctx.workbook.worksheets.getItem("Sheet1").getRange("Tbl").load("address");
      await ctx.sync();
      expect(byName.address).toBe("Sheet1!A1:A2");
      expect(byTable.address).toBe("Sheet1!C1:D3");
    });
  });
});

describe("used range", () => {
  test("bounding box of values, or of values and formats", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "B2", [
      [1, null],
      [null, 2],
    ]);
    wb.setValues("Sheet1", "E9", [[null]], [["0.00"]]);
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const valuesOnly = sheet.getUsedRange(true).load("address");
      const withFormats = sheet.getUsedRange().load("address");
      await ctx.sync();
      expect(valuesOnly.address).toBe("Sheet1!B2:C3");
      expect(withFormats.address).toBe("Sheet1!B2:E9");
    });
  });

  test("an empty sheet: getUsedRange is A1, getUsedRangeOrNullObject is a null object", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const used = sheet.getUsedRange().load("address");
      const orNull = sheet.getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect(used.address).toBe("Sheet1!A1");
      expect(orNull.isNullObject).toBe(true);
    });
  });

  test("whole-column formats do not grow the used range", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [[1]]);
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C:C").format.font.bold = true;
      const used = sheet.getUsedRange().load("address");
      await ctx.sync();
      expect(used.address).toBe("Sheet1!A1");
    });
  });
});

describe("getSurroundingRegion", () => {
  test("grows over touching cells, diagonals included, and stops at blank rows and columns", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "B2", [
      [1, 2, null, null],
      [3, null, null, null],
      [null, null, 4, null],
    ]);
    wb.setValues("Sheet1", "H10", [[9]]);
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const region = sheet.getRange("B2").getSurroundingRegion().load("address");
      const isolated = sheet.getRange("H10").getSurroundingRegion().load("address");
      const empty = sheet.getRange("Z50").getSurroundingRegion().load("address");
      await ctx.sync();
      expect(region.address).toBe("Sheet1!B2:D4");
      expect(isolated.address).toBe("Sheet1!H10");
      expect(empty.address).toBe("Sheet1!Z50");
    });
  });

  test("uses the top-left cell of a larger range", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [
      ["a", "b"],
      [1, 2],
    ]);
    await wb.run(async (ctx) => {
      const region = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:F20")
        .getSurroundingRegion()
        .load("address");
      await ctx.sync();
      expect(region.address).toBe("Sheet1!A1:B2");
    });
  });
});
