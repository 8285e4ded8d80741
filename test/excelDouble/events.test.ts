// Excel's selection and activation events in the in-memory workbook: raised after the change,
// asynchronously, whoever made it; registered only at sync.
import type { XRequestContext } from "../../src/excel/api";
import { InMemoryWorkbook } from "../../src/excelDouble";

interface Heard {
  selection: number;
  activated: string[];
  addresses: string[];
}

async function listen(wb: InMemoryWorkbook): Promise<Heard> {
  const heard: Heard = { selection: 0, activated: [], addresses: [] };
  await wb.run(async (ctx: XRequestContext) => {
    ctx.workbook.onSelectionChanged.add(async () => {
      heard.selection += 1;
    });
    ctx.workbook.worksheets.onActivated.add(async (args) => {
      heard.activated.push(args.worksheetId);
    });
    ctx.workbook.worksheets.onSelectionChanged.add(async (args) => {
      heard.addresses.push(args.address);
    });
    await ctx.sync();
  });
  return heard;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

async function sheetId(wb: InMemoryWorkbook, name: string): Promise<string> {
  return wb.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(name).load("id");
    await ctx.sync();
    return sheet.id;
  });
}

describe("selection and activation events", () => {
  test("a click's selection raises the workbook's and the worksheets' events, later", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Orders"] });
    const heard = await listen(wb);
    wb.select("Orders!B2:C5");
    // Excel calls handlers on a later task, never inside the change.
    expect(heard.selection).toBe(0);
    await settle();
    expect(heard.selection).toBe(1);
    expect(heard.addresses).toEqual(["B2:C5"]);
    expect(heard.activated).toEqual([]);
  });

  test("activating another sheet raises onActivated with its id and a selection change", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Orders", "Products"] });
    const heard = await listen(wb);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Products").activate();
      await ctx.sync();
    });
    await settle();
    expect(heard.activated).toEqual([await sheetId(wb, "Products")]);
    expect(heard.selection).toBe(1);
    expect(heard.addresses).toEqual(["A1"]);
  });

  test("Range.select() from an add-in raises the event too", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Orders"] });
    const heard = await listen(wb);
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Orders").getRange("D4").select();
      await ctx.sync();
    });
    await settle();
    expect(heard.addresses).toEqual(["D4"]);
  });

  test("writing cells without moving the selection raises nothing", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Orders"] });
    const heard = await listen(wb);
    wb.select("Orders!B2");
    await settle();
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Orders").getRange("A1:B1").values = [[1, 2]];
      await ctx.sync();
    });
    // Selecting the cell already selected: Excel on the web raises nothing (office-js #4691).
    wb.select("Orders!B2");
    await settle();
    expect(heard.selection).toBe(1);
  });

  test("a handler counts only once its add() was synced", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Orders"] });
    let calls = 0;
    await wb.run(async (ctx) => {
      ctx.workbook.onSelectionChanged.add(async () => {
        calls += 1;
      });
      expect(wb.model.events.count("selectionChanged")).toBe(0);
      await ctx.sync();
      expect(wb.model.events.count("selectionChanged")).toBe(1);
    });
    wb.select("Orders!C3");
    await settle();
    expect(calls).toBe(1);
  });
});
