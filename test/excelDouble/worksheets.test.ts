// Worksheets: names, ids, positions, visibility, deletion, activation and selection.
/* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load --
   These tests deliberately read unloaded or unsynced properties to show the double throws as office.js does,
   and the rules also flag isNullObject and navigation properties, which office.js allows. */
import { InMemoryWorkbook } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

async function addSheet(
  wb: InMemoryWorkbook,
  name?: string
): Promise<{ name: string; id: string; position: number }> {
  return wb.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.add(name).load("name,id,position");
    await ctx.sync();
    return { name: sheet.name, id: sheet.id, position: sheet.position };
  });
}

describe("adding and naming", () => {
  test("add() without a name picks the next SheetN; ids are deterministic", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const added = await addSheet(wb);
    expect(added).toEqual({
      name: "Sheet2",
      id: "{00000000-0002-0000-0100-000000000000}",
      position: 1,
    });
    const again = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    expect((await addSheet(again)).id).toBe(added.id);
  });

  test("names are unique case-insensitively", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    expect(await rejectionCode(addSheet(wb, "SHEET1"))).toBe("ItemAlreadyExists");
  });

  test("invalid names are InvalidArgument", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    for (const bad of [
      "",
      "a".repeat(32),
      "a[b",
      "a]b",
      "a:b",
      "a*b",
      "a?b",
      "a/b",
      "a\\b",
      "'quoted",
      "end'",
    ]) {
      expect(await rejectionCode(addSheet(wb, bad))).toBe("InvalidArgument");
    }
    expect((await addSheet(wb, "a".repeat(31))).name).toHaveLength(31);
  });

  test("getItem by name or id; unknown is ItemNotFound", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const { id } = await addSheet(wb, "Data");
    await wb.run(async (ctx) => {
      const byId = ctx.workbook.worksheets.getItem(id).load("name");
      const byName = ctx.workbook.worksheets.getItem("data").load("id");
      await ctx.sync();
      expect(byId.name).toBe("Data");
      expect(byName.id).toBe(id);
      ctx.workbook.worksheets.getItem("none").load("name");
      expect(await rejectionCode(ctx.sync())).toBe("ItemNotFound");
    });
  });

  test("renaming follows the same rules", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["A", "B"] });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("A").name = "b";
      expect(await rejectionCode(ctx.sync())).toBe("ItemAlreadyExists");
      ctx.workbook.worksheets.getItem("A").name = "x/y";
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      const a = ctx.workbook.worksheets.getItem("A");
      a.name = "Renamed";
      a.load("name");
      await ctx.sync();
      expect(a.name).toBe("Renamed");
    });
  });

  test("position can be set", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["A", "B", "C"] });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("C").position = 0;
      const sheets = ctx.workbook.worksheets.load("name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["C", "A", "B"]);
    });
  });
});

describe("visibility, deletion and activation", () => {
  test("the only visible sheet cannot be hidden or deleted", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["A", "B"] });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("B").visibility = "Hidden";
      await ctx.sync();
      ctx.workbook.worksheets.getItem("A").visibility = "VeryHidden";
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
      ctx.workbook.worksheets.getItem("A").delete();
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
      ctx.workbook.worksheets.getItem("B").activate();
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
      ctx.workbook.worksheets.getItem("B").delete();
      await ctx.sync();
      const sheets = ctx.workbook.worksheets.load("name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A"]);
    });
  });

  test("a very hidden sheet cannot be deleted until it is made hidden", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["A", "B"] });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("B").visibility = "VeryHidden";
      await ctx.sync();
      ctx.workbook.worksheets.getItem("B").delete();
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
      const b = ctx.workbook.worksheets.getItem("B");
      b.visibility = "Hidden";
      b.delete();
      await ctx.sync();
      const sheets = ctx.workbook.worksheets.load("name");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["A"]);
    });
  });

  test("deleting the active sheet activates a neighbour; a deleted sheet's proxy stops working", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["A", "B", "C"] });
    await wb.run(async (ctx) => {
      const b = ctx.workbook.worksheets.getItem("B");
      b.activate();
      b.delete();
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(active.name).toBe("C");
      b.load("name");
      expect(await rejectionCode(ctx.sync())).toBe("ItemNotFound");
    });
  });
});

describe("selection", () => {
  test("range.select() moves the selection and activates its sheet", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["A", "B"] });
    wb.select("A!C3");
    await wb.run(async (ctx) => {
      const selected = ctx.workbook.getSelectedRange().load("address");
      await ctx.sync();
      expect(selected.address).toBe("A!C3");
      ctx.workbook.worksheets.getItem("B").getRange("B2:C4").select();
      const now = ctx.workbook.getSelectedRange().load("address");
      const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
      await ctx.sync();
      expect(now.address).toBe("B!B2:C4");
      expect(active.name).toBe("B");
    });
    expect(wb.selectionAddress()).toBe("B!B2:C4");
  });
});
