// Change notifications: what lets the browser preview redraw its grid after the pane writes.
import { InMemoryWorkbook } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

function counting(wb: InMemoryWorkbook): { count: () => number; stop: () => void } {
  let n = 0;
  const stop = wb.onChange(() => (n += 1));
  return { count: () => n, stop };
}

describe("onChange", () => {
  test("fires once per sync that sent commands, including Excel.run's closing sync", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const changes = counting(wb);
    const seenByListener: unknown[] = [];
    wb.onChange(() => seenByListener.push(wb.getValues("Sheet1!A1")[0][0]));
    await wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[2]];
    });
    expect(changes.count()).toBe(2);
    // The listener runs after the commands were applied, so it sees the new cells.
    expect(seenByListener).toEqual([1, 2]);
  });

  test("an empty sync and a run that queues nothing do not fire", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const changes = counting(wb);
    await wb.run(async (ctx) => {
      await ctx.sync();
    });
    expect(changes.count()).toBe(0);
  });

  test("a rejected sync still fires: commands before the failure stay applied", async () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const changes = counting(wb);
    const code = await rejectionCode(
      wb.run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["kept"]];
        ctx.workbook.worksheets.getItem("NoSuchSheet").getRange("A1").values = [[1]];
        await ctx.sync();
      })
    );
    expect(code).toBe("ItemNotFound");
    expect(wb.getValues("Sheet1!A1")).toEqual([["kept"]]);
    expect(changes.count()).toBe(1);
  });

  test("setValues and select fire; unsubscribing stops the calls", () => {
    const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
    const changes = counting(wb);
    wb.setValues("Sheet1", "A1", [[1, 2]]);
    wb.select("Sheet1!B1");
    expect(changes.count()).toBe(2);
    changes.stop();
    wb.select("Sheet1!A1");
    expect(changes.count()).toBe(2);
  });
});
