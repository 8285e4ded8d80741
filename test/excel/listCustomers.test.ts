// "List these customers": one segment's customers on the customer sheet, the sheet shown, and the
// next run rewriting the table with every row visible again.
import { label } from "../../src/core";
import { listCustomers } from "../../src/excel/listCustomers";
import { workbookWith, written, ZH_FORMATS, ZH_TRANSACTIONS } from "./workbookFixtures";

describe("listCustomers", () => {
  it("filters the customer table to one segment and activates the customer sheet", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    const model = await written(wb, { options: { language: "zh-CN" } });
    const snap = wb.toSnapshot();
    const customers = snap.tables.find((t) => t.name === model.written.customerSheet.tableName);
    if (!customers) throw new Error("no customer table");
    const sheetName = snap.sheets.find((s) => s.id === customers.sheetId)?.name ?? "";
    const values = wb.getValues(`${sheetName}!${customers.address}`);
    const column = values[0].indexOf(label("col.segment", "zh-CN"));
    const segment = String(values[1][column]);
    const others = values.slice(1).filter((r) => r[column] !== segment).length;
    expect(others).toBeGreaterThan(0);

    const found = await wb.run((ctx) => listCustomers(ctx, model, "segments", segment));
    expect(found).toBe(true);
    const after = wb.toSnapshot();
    const table = after.tables.find((t) => t.name === customers.name);
    expect(table?.filters).toEqual({ [label("col.segment", "zh-CN")]: [segment] });
    // Every hidden row is of another segment, and every row of another segment is hidden.
    const hiddenValues = (table?.hiddenRows ?? []).map((r) => values[r - 1][column]);
    expect(hiddenValues).toHaveLength(others);
    expect(hiddenValues).not.toContain(segment);
    expect(after.activeSheet).toBe(sheetName);

    // A second click on another group replaces the filter rather than adding to it.
    await wb.run((ctx) => listCustomers(ctx, model, "abc", "A"));
    const abc = wb.toSnapshot().tables.find((t) => t.name === customers.name);
    expect(abc?.filters).toEqual({ [label("col.abc", "zh-CN")]: ["A"] });

    // The next run rewrites the table with its filters cleared: no stale hidden rows.
    wb.select("订单!A1");
    await written(wb, { options: { language: "zh-CN" } });
    const rerun = wb.toSnapshot().tables.find((t) => t.name === customers.name);
    expect(rerun?.filters).toBeUndefined();
    expect(rerun?.hiddenRows).toBeUndefined();
  });

  it("changes nothing and says so when the customer table is gone", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    const model = await written(wb, { options: { language: "en-US" } });
    await wb.run(async (ctx) => {
      ctx.workbook.tables.getItem(model.written.customerSheet.tableName).delete();
      await ctx.sync();
    });
    expect(await wb.run((ctx) => listCustomers(ctx, model, "abc", "A"))).toBe(false);
  });
});
