// The proxy/queue/sync model: what office.js lets you read, when commands apply, and what fails.
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load --
   These tests deliberately read unloaded or unsynced properties to show the double throws as office.js does,
   and the rules also flag isNullObject and navigation properties, which office.js allows. */
import type { XRange, XWorksheet } from "../../src/excel/api";
import { InMemoryWorkbook, OfficeDoubleError } from "../../src/excelDouble";
import { rejectionCode, thrownCode } from "./helpers";

describe("loading and reading properties", () => {
  test("reading a scalar that was not loaded throws PropertyNotLoaded and is counted", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(thrownCode(() => range.values)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(thrownCode(() => range.address)).toBe("PropertyNotLoaded");
    });
    expect(wb.stats.unloadedReads).toBe(2);
    expect(wb.stats.errors.PropertyNotLoaded).toBe(2);
  });

  test("the error looks like office.js's", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      let caught: unknown;
      try {
        void sheet.name;
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(OfficeDoubleError);
      expect((caught as OfficeDoubleError).name).toBe("RichApi.Error");
      expect((caught as OfficeDoubleError).message).toContain(
        "The property 'name' is not available"
      );
    });
  });

  test("a loaded property is readable only after the sync resolves", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1").load("name");
      const pending = ctx.sync();
      expect(thrownCode(() => sheet.name)).toBe("PropertyNotLoaded");
      await pending;
      expect(sheet.name).toBe("Sheet1");
    });
  });

  test("setting a property does not make it readable", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.name = "Data";
      await ctx.sync();
      expect(thrownCode(() => sheet.name)).toBe("PropertyNotLoaded");
      sheet.load("name");
      await ctx.sync();
      expect(sheet.name).toBe("Data");
    });
  });

  test("navigation properties are proxies readable at any time", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(range.format.font).toBe(range.format.font);
      expect(range.worksheet).toBeDefined();
      expect(range.conditionalFormats).toBeDefined();
    });
  });

  test("load accepts 'a,b', arrays, nested paths and no argument (all scalars)", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    wb.setValues("Sheet1", "A1", [[1, 2]]);
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A1:B1").load("values, address");
      const b = sheet.getRange("A1").load(["rowCount", "columnCount"]);
      const c = sheet.getRange("B1").load("format/font/bold");
      // eslint-disable-next-line office-addins/no-empty-load -- load() with no argument is what is under test
      const all = sheet.load();
      await ctx.sync();
      expect(a.values).toEqual([[1, 2]]);
      expect(a.address).toBe("Sheet1!A1:B1");
      expect([b.rowCount, b.columnCount]).toEqual([1, 1]);
      expect(c.format.font.bold).toBe(false);
      expect([all.name, all.position, all.visibility]).toEqual(["Sheet1", 0, "Visible"]);
      expect(all.id).toMatch(/^\{[0-9A-F-]+\}$/);
    });
  });

  test("collections load items with 'name', 'items/name' or nothing", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["A", "B"] });
    await wb.run(async (ctx) => {
      const plain = ctx.workbook.worksheets.load("name");
      await ctx.sync();
      expect(plain.items.map((s) => s.name)).toEqual(["A", "B"]);
      expect(thrownCode(() => plain.items[0].position)).toBe("PropertyNotLoaded");
      const prefixed = ctx.workbook.worksheets.load("items/position");
      await ctx.sync();
      expect(prefixed.items.map((s) => s.position)).toEqual([0, 1]);
    });
    await wb.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load();
      await ctx.sync();
      expect(sheets.items.map((s) => s.visibility)).toEqual(["Visible", "Visible"]);
    });
  });

  test("a load is a snapshot taken at its place in the queue", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      const before = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      range.values = [[2]];
      const after = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      await ctx.sync();
      expect(before.values).toEqual([[1]]);
      expect(after.values).toEqual([[2]]);
    });
  });
});

describe("commands apply at sync, in order, without rollback", () => {
  test("nothing reaches the workbook before sync", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      expect(wb.getValues("Sheet1!A1")).toEqual([[""]]);
      await ctx.sync();
      expect(wb.getValues("Sheet1!A1")).toEqual([["x"]]);
    });
  });

  test("run() syncs whatever is still queued at the end", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [[5]];
    });
    expect(wb.getValues("Sheet1!B2")).toEqual([[5]]);
    expect(wb.syncLog).toHaveLength(1);
  });

  test("a failing command keeps earlier commands and drops later ones", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const code = await rejectionCode(
      wb.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A2:B2").values = [["wrong size"]];
        sheet.getRange("A3").values = [["never"]];
        await ctx.sync();
      })
    );
    expect(code).toBe("InvalidArgument");
    expect(wb.getValues("Sheet1!A1:A3")).toEqual([["first"], [""], [""]]);
    expect(wb.stats.errors.InvalidArgument).toBe(1);
    expect(wb.syncLog[0].error).toBe("InvalidArgument");
  });

  test("loads in a failed sync deliver nothing", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1").load("name");
      ctx.workbook.worksheets.getItem("Missing").load("name");
      expect(await rejectionCode(ctx.sync())).toBe("ItemNotFound");
      expect(thrownCode(() => sheet.name)).toBe("PropertyNotLoaded");
    });
  });

  test("getItem of a missing sheet rejects the sync that uses it", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const code = await rejectionCode(
      wb.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Nope").getRange("A1").values = [[1]];
        await ctx.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
  });

  test("syncLog records commands, cells and suspension flags; empty syncs are counted apart", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      await ctx.sync();
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B3");
      range.values = [
        [1, 2],
        [3, 4],
        [5, 6],
      ];
      range.load("values");
      await ctx.sync();
      range.load("address");
      await ctx.sync();
    });
    expect(wb.emptySyncs).toBe(1);
    expect(wb.syncLog).toHaveLength(2);
    const [first, second] = wb.syncLog;
    expect(first).toMatchObject({
      commands: 4,
      cellsWritten: 6,
      cellsRead: 6,
      calculationSuspended: true,
      screenUpdatingSuspended: true,
    });
    expect(first.requestBytes).toBeGreaterThan(
      JSON.stringify([
        [1, 2],
        [3, 4],
        [5, 6],
      ]).length - 1
    );
    expect(first.responseBytes).toBeGreaterThan(0);
    expect(second).toMatchObject({
      commands: 1,
      cellsWritten: 0,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
    });
  });
});

describe("null objects", () => {
  test("isNullObject is readable after sync without load, not before", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      const present = ctx.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(thrownCode(() => missing.isNullObject)).toBe("PropertyNotLoaded");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  test("the null-ness is decided where the call sits in the queue", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const early = ctx.workbook.worksheets.getItemOrNullObject("Later");
      ctx.workbook.worksheets.add("Later");
      const late = ctx.workbook.worksheets.getItemOrNullObject("Later");
      await ctx.sync();
      expect(early.isNullObject).toBe(true);
      expect(late.isNullObject).toBe(false);
    });
  });

  test("reading another property of a null object throws; so does a method call at sync", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Nope");
      missing.load("name");
      await ctx.sync();
      expect(thrownCode(() => missing.name)).toBe("InvalidObjectPath");
      missing.activate();
      expect(await rejectionCode(ctx.sync())).toBe("ItemNotFound");
    });
  });
});

describe("object lifetime", () => {
  test("a proxy used after its run() ended throws InvalidObjectPath", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    let kept: XRange | undefined;
    await wb.run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
    });
    const range = kept as XRange;
    expect(thrownCode(() => (range.values = [[1]]))).toBe("InvalidObjectPath");
    expect(thrownCode(() => range.load("values"))).toBe("InvalidObjectPath");
  });

  test("loaded values stay readable after run() ends", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const sheet = await wb.run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem("Sheet1").load("name");
      await ctx.sync();
      return s;
    });
    expect(sheet.name).toBe("Sheet1");
  });

  test("passing a proxy into another context throws InvalidRequestContext", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    await wb.run(async (outer) => {
      const range = outer.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      await wb.run(async (inner) => {
        const sheet: XWorksheet = inner.workbook.worksheets.getItem("Sheet1");
        expect(thrownCode(() => sheet.tables.add(range, true))).toBe("InvalidRequestContext");
      });
    });
  });
});
