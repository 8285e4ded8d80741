// Range formats (font, fill, alignment, widths) and conditional formats.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read --
   These tests deliberately read unloaded or unsynced properties to show the double throws as office.js does,
   and the rules also flag isNullObject and navigation properties, which office.js allows. */
import { InMemoryWorkbook } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

describe("range formats", () => {
  test("font, fill and alignment: uniform values, null when mixed, defaults when untouched", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const header = sheet.getRange("A1:C1");
      header.format.font.bold = true;
      header.format.font.color = "#fff";
      header.format.fill.color = "#203864";
      header.format.horizontalAlignment = "Center";
      const font = header.format.font.load("bold,color");
      const fill = header.format.fill.load("color");
      const mixed = sheet.getRange("A1:A2").format.font.load("bold");
      const plain = sheet.getRange("D5").format.load("horizontalAlignment,columnWidth");
      const plainFill = sheet.getRange("D5").format.fill.load("color");
      await ctx.sync();
      expect([font.bold, font.color, fill.color]).toEqual([true, "#FFFFFF", "#203864"]);
      expect(mixed.bold).toBeNull();
      expect([plain.horizontalAlignment, plain.columnWidth, plainFill.color]).toEqual([
        "General",
        48,
        "#FFFFFF",
      ]);
      header.format.fill.clear();
      header.format.fill.load("color");
      await ctx.sync();
      expect(header.format.fill.color).toBe("#FFFFFF");
    });
  });

  test("invalid colours and alignments are InvalidArgument", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.format.fill.color = "not a colour";
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      range.format.horizontalAlignment = "Sideways" as Excel.RangeFormat["horizontalAlignment"];
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
    });
  });

  test("formatting a million-row column stores one style layer, not a million cells", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const column = ctx.workbook.worksheets.getItem("Sheet1").getRange("B:B");
      column.format.font.bold = true;
      const cell = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getRange("B1048576")
        .format.font.load("bold");
      await ctx.sync();
      expect(cell.bold).toBe(true);
    });
    expect(wb.toSnapshot().sheets[0].styles).toEqual([{ address: "B:B", style: { bold: true } }]);
  });

  test("columnWidth and autofitColumns (an estimate: ~7 points per character, 48..300)", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [["short", "a much longer customer name here", "x".repeat(80)]]);
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").format.autofitColumns();
      sheet.getRange("D1").format.columnWidth = 20;
      const widths = ["A1", "B1", "C1", "D1"].map((a) =>
        sheet.getRange(a).format.load("columnWidth")
      );
      await ctx.sync();
      expect(widths.map((w) => w.columnWidth)).toEqual([48, 32 * 7, 300, 20]);
    });
  });

  test("autofitColumns measures whole columns, as Excel does (office-js#1017)", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [["a title line far longer than the table"], ["ab"], ["cd"]]);
    wb.setValues("Sheet1", "B1", [[""], ["ab"], ["cd"]]);
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      // Only the table's rows are given: Excel still widens A for the title in A1.
      sheet.getRange("A2:B3").format.autofitColumns();
      const widths = ["A1", "B1"].map((a) => sheet.getRange(a).format.load("columnWidth"));
      await ctx.sync();
      expect(widths.map((w) => w.columnWidth)).toEqual([38 * 7, 48]);
    });
  });
});

describe("conditional formats", () => {
  test("colour scale and cell-value rules are stored per sheet with their range", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const scale = sheet.getRange("B2:B10").conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#ffffff" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      } as Excel.ConditionalColorScaleCriteria;
      const rule = sheet.getRange("C2:C10").conditionalFormats.add("CellValue");
      rule.cellValue.rule = {
        formula1: "=100",
        operator: "GreaterThan",
      } as Excel.ConditionalCellValueRule;
      rule.cellValue.format.fill.color = "#C6EFCE";
      rule.cellValue.format.font.color = "#006100";
      const all = sheet.getRange("A1:D10").conditionalFormats.load("items/type");
      scale.load("colorScale/criteria");
      await ctx.sync();
      expect(all.items.map((f) => f.type)).toEqual(["ColorScale", "CellValue"]);
      expect(scale.colorScale.criteria.minimum).toEqual({ type: "LowestValue", color: "#FFFFFF" });
      rule.load("colorScale/criteria");
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
      rule.cellValue.rule = {
        formula1: "=1",
        operator: "Between",
      } as Excel.ConditionalCellValueRule;
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
    });
    const cfs = wb.toSnapshot().conditionalFormats;
    expect(cfs[1]).toMatchObject({
      address: "C2:C10",
      rule: { formula1: "=100", operator: "GreaterThan" },
      fillColor: "#C6EFCE",
      fontColor: "#006100",
    });
  });

  test("clearAll removes the formats intersecting the range; delete removes one", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A5").conditionalFormats.add("ColorScale");
      const b = sheet.getRange("B1:B5").conditionalFormats.add("ColorScale");
      sheet.getRange("D1:D5").conditionalFormats.add("CellValue");
      sheet.getRange("A3:B3").conditionalFormats.clearAll();
      await ctx.sync();
      b.delete();
      expect(await rejectionCode(ctx.sync())).toBe("ItemNotFound");
      const left = sheet.getRange("A1:Z9").conditionalFormats.load("type");
      await ctx.sync();
      expect(left.items.map((f) => f.type)).toEqual(["CellValue"]);
      expect(wb.toSnapshot().conditionalFormats.map((f) => f.address)).toEqual(["D1:D5"]);
    });
  });
});
