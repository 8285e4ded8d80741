// Tables: creation, names, headers, columns, resize, delete and range.getTables().
/* eslint-disable office-addins/call-sync-before-read --
   These tests deliberately read unloaded or unsynced properties to show the double throws as office.js does,
   and the rules also flag isNullObject and navigation properties, which office.js allows. */
import { InMemoryWorkbook } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

function seeded(): InMemoryWorkbook {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  wb.setValues("Sheet1", "A1", [
    ["Customer", "", "Customer", 2024],
    ["a", 1, 2, 3],
    ["b", 4, 5, 6],
  ]);
  return wb;
}

describe("adding tables", () => {
  test("headers come from the first row: blanks become ColumnN, duplicates get a number", async () => {
    const wb = seeded();
    await wb.run(async (ctx) => {
      const table = ctx.workbook.tables
        .add("Sheet1!A1:D3", true)
        .load("name,id,style,showBandedRows");
      const columns = table.columns.load("items/name,count");
      await ctx.sync();
      expect([table.name, table.id, table.style, table.showBandedRows]).toEqual([
        "Table1",
        "1",
        "TableStyleMedium2",
        true,
      ]);
      expect(columns.items.map((c) => c.name)).toEqual([
        "Customer",
        "Column2",
        "Customer2",
        "2024",
      ]);
      expect(columns.count).toBe(4);
    });
    expect(wb.getValues("Sheet1!A1:D1")).toEqual([["Customer", "Column2", "Customer2", "2024"]]);
  });

  test("hasHeaders=false inserts generated headers and shifts the data down", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [
      [1, 2],
      [3, 4],
    ]);
    await wb.run(async (ctx) => {
      const table = ctx.workbook.worksheets.getItem("Sheet1").tables.add("A1:B2", false);
      const range = table.getRange().load("address");
      await ctx.sync();
      expect(range.address).toBe("Sheet1!A1:B3");
    });
    expect(wb.getValues("Sheet1!A1:B3")).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
  });

  test("overlapping another table is refused; default names count up", async () => {
    const wb = seeded();
    await wb.run(async (ctx) => {
      ctx.workbook.tables.add("A1:B3", true);
      await ctx.sync();
      ctx.workbook.tables.add("B2:C4", true);
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
      const second = ctx.workbook.tables.add("F1:G2", true).load("name");
      await ctx.sync();
      expect(second.name).toBe("Table2");
    });
  });

  test("worksheet.tables.add with a Range; workbook.tables.add without a sheet uses the active sheet", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["A", "B"] });
    await wb.run(async (ctx) => {
      const b = ctx.workbook.worksheets.getItem("B");
      b.activate();
      const t1 = b.tables.add(b.getRange("A1:B2"), true);
      const t2 = ctx.workbook.tables.add("D1:E2", true);
      const s1 = t1.worksheet.load("name");
      const s2 = t2.worksheet.load("name");
      await ctx.sync();
      expect([s1.name, s2.name]).toEqual(["B", "B"]);
      ctx.workbook.worksheets.getItem("A").tables.add(b.getRange("G1:H2"), true);
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
    });
  });
});

describe("table names", () => {
  test("unique against tables and named items; must look like a name", async () => {
    const wb = seeded();
    await wb.run(async (ctx) => {
      ctx.workbook.names.add("Taken", "=Sheet1!$A$1");
      const table = ctx.workbook.tables.add("A1:D3", true);
      await ctx.sync();
      for (const [name, code] of [
        ["taken", "ItemAlreadyExists"],
        ["1abc", "InvalidArgument"],
        ["has space", "InvalidArgument"],
        ["A1", "InvalidArgument"],
        ["R1C1", "InvalidArgument"],
      ]) {
        table.name = name;
        expect(await rejectionCode(ctx.sync())).toBe(code);
      }
      table.name = "_Sales.2024";
      table.load("name");
      await ctx.sync();
      expect(table.name).toBe("_Sales.2024");
    });
  });

  test("getItem / getItemOrNullObject by name", async () => {
    const wb = seeded();
    await wb.run(async (ctx) => {
      ctx.workbook.tables.add("A1:D3", true).name = "Sales";
      const found = ctx.workbook.tables.getItemOrNullObject("SALES");
      const missing = ctx.workbook.worksheets.getItem("Sheet1").tables.getItemOrNullObject("Nope");
      await ctx.sync();
      expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
      ctx.workbook.tables.getItem("Nope").load("name");
      expect(await rejectionCode(ctx.sync())).toBe("ItemNotFound");
    });
  });
});

describe("columns", () => {
  test("columns.add at the end with values and a name; header writes rename columns", async () => {
    const wb = seeded();
    await wb.run(async (ctx) => {
      const table = ctx.workbook.tables.add("A1:D3", true);
      table.columns.add(undefined, [["ignored"], ["x"], ["y"]], "Tier");
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["Spend"]];
      const columns = table.columns.load("items/name");
      const range = table.getRange().load("address");
      await ctx.sync();
      expect(columns.items.map((c) => c.name)).toEqual([
        "Customer",
        "Spend",
        "Customer2",
        "2024",
        "Tier",
      ]);
      expect(range.address).toBe("Sheet1!A1:E3");
    });
    expect(wb.getValues("Sheet1!E1:E3")).toEqual([["Tier"], ["x"], ["y"]]);
  });

  test("columns.add is refused when the cells right of the table are not empty, or values have the wrong length", async () => {
    const wb = seeded();
    wb.setValues("Sheet1", "E3", [["busy"]]);
    await wb.run(async (ctx) => {
      const table = ctx.workbook.tables.add("A1:D3", true);
      await ctx.sync();
      table.columns.add();
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
      ctx.workbook.worksheets.getItem("Sheet1").getRange("E3").clear();
      table.columns.add(null as unknown as undefined, [["h"], ["x"]]);
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      table.columns.add(1);
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
    });
  });

  test("getItemOrNullObject by name or id, getDataBodyRange, delete of the last column", async () => {
    const wb = seeded();
    await wb.run(async (ctx) => {
      const table = ctx.workbook.tables.add("A1:D3", true);
      const byName = table.columns.getItemOrNullObject("customer2").load("index,name");
      const byId = table.columns.getItemOrNullObject(1).load("name");
      const missing = table.columns.getItemOrNullObject("nope");
      const body = table.columns
        .getItemOrNullObject("2024")
        .getDataBodyRange()
        .load("address,values");
      await ctx.sync();
      expect([byName.index, byName.name, byId.name, missing.isNullObject]).toEqual([
        2,
        "Customer2",
        "Customer",
        true,
      ]);
      expect(body.address).toBe("Sheet1!D2:D3");
      expect(body.values).toEqual([[3], [6]]);
      table.columns.getItemOrNullObject("Customer").delete();
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
      table.columns.getItemOrNullObject("2024").delete();
      const range = table.getRange().load("address");
      await ctx.sync();
      expect(range.address).toBe("Sheet1!A1:C3");
    });
    expect(wb.getValues("Sheet1!D1:D3")).toEqual([[""], [""], [""]]);
  });
});

describe("resize, delete and getTables", () => {
  test("resize keeps the header row and must overlap", async () => {
    const wb = seeded();
    await wb.run(async (ctx) => {
      const table = ctx.workbook.tables.add("A1:D3", true);
      table.resize("A1:B5");
      const range = table.getRange().load("address");
      const cols = table.columns.load("items/name");
      await ctx.sync();
      expect(range.address).toBe("Sheet1!A1:B5");
      expect(cols.items.map((c) => c.name)).toEqual(["Customer", "Column2"]);
      table.resize("A2:B5");
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      table.resize("H1:I4");
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
    });
  });

  test("delete removes the table and its cells", async () => {
    const wb = seeded();
    await wb.run(async (ctx) => {
      const table = ctx.workbook.tables.add("A1:D3", true);
      await ctx.sync();
      table.delete();
      const tables = ctx.workbook.tables.load("items/name");
      await ctx.sync();
      expect(tables.items).toHaveLength(0);
    });
    expect(
      wb
        .getValues("Sheet1!A1:D3")
        .flat()
        .every((v) => v === "")
    ).toBe(true);
  });

  test("range.getTables: intersecting or fully contained", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      ctx.workbook.tables.add("A1:B3", true).name = "Left";
      ctx.workbook.tables.add("D1:E3", true).name = "Right";
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const touching = sheet.getRange("B2:D2").getTables().load("items/name");
      const contained = sheet.getRange("A1:D3").getTables(true).load("name");
      await ctx.sync();
      expect(touching.items.map((t) => t.name)).toEqual(["Left", "Right"]);
      expect(contained.items.map((t) => t.name)).toEqual(["Left"]);
    });
  });
});
