// Named items (following sheet renames, breaking on deletion) and document settings.
/* eslint-disable office-addins/call-sync-before-read --
   These tests deliberately read unloaded or unsynced properties to show the double throws as office.js does,
   and the rules also flag isNullObject and navigation properties, which office.js allows. */
import { InMemoryWorkbook } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

describe("named items", () => {
  test("add from a range or a formula string; rules on names", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Data"] });
    await wb.run(async (ctx) => {
      const names = ctx.workbook.names;
      names.add(
        "Customers",
        ctx.workbook.worksheets.getItem("Data").getRange("A1:C3"),
        "all customers"
      );
      names.add("_first", "=Data!$A$1");
      const item = names.getItemOrNullObject("CUSTOMERS").load("name,comment");
      const missing = names.getItemOrNullObject("nope");
      await ctx.sync();
      expect([item.name, item.comment, missing.isNullObject]).toEqual([
        "Customers",
        "all customers",
        true,
      ]);
      for (const [name, code] of [
        ["customers", "ItemAlreadyExists"],
        ["A1", "InvalidArgument"],
        ["R1C1", "InvalidArgument"],
        ["1st", "InvalidArgument"],
        ["has space", "InvalidArgument"],
      ]) {
        names.add(name, "=Data!$A$1");
        expect(await rejectionCode(ctx.sync())).toBe(code);
      }
      ctx.workbook.tables.add("Data!E1:F2", true).name = "Tbl";
      await ctx.sync();
      names.add("tbl", "=Data!$A$1");
      expect(await rejectionCode(ctx.sync())).toBe("ItemAlreadyExists");
    });
    expect(wb.toSnapshot().names).toEqual([
      { name: "Customers", reference: "=Data!$A$1:$C$3", comment: "all customers" },
      { name: "_first", reference: "=Data!$A$1", comment: "" },
    ]);
  });

  test("a reference string without '=' is stored as text, as Excel does", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      ctx.workbook.names.add("Oops", "Sheet1!$A$1");
      ctx.workbook.names.getItemOrNullObject("Oops").getRange().load("address");
      expect(await rejectionCode(ctx.sync())).toBe("InvalidReference");
    });
    expect(wb.toSnapshot().names[0].reference).toBe('="Sheet1!$A$1"');
  });

  test("names follow a sheet rename and become #REF! when the sheet is deleted", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Main", "Data"] });
    await wb.run(async (ctx) => {
      ctx.workbook.names.add("Block", "=Data!$B$2:$C$3");
      ctx.workbook.worksheets.getItem("Data").name = "Data 2024";
      const range = ctx.workbook.names.getItemOrNullObject("Block").getRange().load("address");
      await ctx.sync();
      expect(range.address).toBe("'Data 2024'!B2:C3");
      expect(wb.toSnapshot().names[0].reference).toBe("='Data 2024'!$B$2:$C$3");
      ctx.workbook.worksheets.getItem("Data 2024").delete();
      await ctx.sync();
      const orNull = ctx.workbook.names.getItemOrNullObject("Block").getRangeOrNullObject();
      await ctx.sync();
      expect(orNull.isNullObject).toBe(true);
      ctx.workbook.names.getItemOrNullObject("Block").getRange().load("address");
      expect(await rejectionCode(ctx.sync())).toBe("InvalidReference");
    });
    expect(wb.toSnapshot().names[0].reference).toBe("#REF!");
  });

  test("comment can be set, delete removes the name", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const item = ctx.workbook.names.add("N", "=Sheet1!$A$1");
      item.comment = "note";
      await ctx.sync();
      item.delete();
      const names = ctx.workbook.names.load("items/name");
      await ctx.sync();
      expect(names.items).toHaveLength(0);
    });
  });
});

describe("settings", () => {
  test("add adds or replaces; values round-trip through JSON", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      ctx.workbook.settings.add("options", { tiers: [80, 95], currency: "EUR" });
      ctx.workbook.settings.add("count", 1);
      ctx.workbook.settings.add("count", 2);
      const options = ctx.workbook.settings.getItemOrNullObject("options").load("key,value");
      const missing = ctx.workbook.settings.getItemOrNullObject("Options");
      const all = ctx.workbook.settings.load("items/key");
      await ctx.sync();
      expect([options.key, options.value, missing.isNullObject]).toEqual([
        "options",
        { tiers: [80, 95], currency: "EUR" },
        true,
      ]);
      expect(all.items.map((s) => s.key)).toEqual(["options", "count"]);
      options.value = "replaced";
      ctx.workbook.settings.getItemOrNullObject("count").delete();
      await ctx.sync();
    });
    expect(wb.toSnapshot().settings).toEqual({ options: "replaced" });
  });

  test("values that are not JSON-serializable or over 2 MB are InvalidArgument", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await wb.run(async (ctx) => {
      ctx.workbook.settings.add("cyclic", cyclic);
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      ctx.workbook.settings.add("big", "x".repeat(2 * 1024 * 1024 + 1));
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
    });
    expect(wb.toSnapshot().settings).toEqual({});
  });

  test("the add-in's settings together stay under 2 MB: a write past it is refused", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const mb = "x".repeat(1024 * 1024);
    await wb.run(async (ctx) => {
      ctx.workbook.settings.add("a", mb);
      await ctx.sync();
      // Each under the cap, together over it.
      ctx.workbook.settings.add("b", mb);
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      // Replacing a value counts the new value, not both.
      ctx.workbook.settings.add("a", mb + mb.slice(0, 1000));
      await ctx.sync();
    });
    expect(Object.keys(wb.toSnapshot().settings)).toEqual(["a"]);
  });
});
