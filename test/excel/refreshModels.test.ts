import { refreshModels } from "../../src/excel/refreshModels";
import { FIXED_NOW, workbookWith, written, ZH_FORMATS, ZH_TRANSACTIONS } from "./workbookFixtures";

describe("refreshModels", () => {
  it("re-runs a stored model with its options after the data changed, in place", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN", scheme: "eight" } });
    const before = wb.toSnapshot();
    wb.setValues("订单", "D11", [[99000]]); // 吴九's one small order becomes the largest
    const report = await wb.run((context) => refreshModels(context, FIXED_NOW));
    expect(report).toEqual({ refreshed: ["m1"], conflicts: [], unreadable: 0 });
    expect(wb.getValues("订单!E11")).toEqual([["A"]]);
    const after = wb.toSnapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(after.charts.map((c) => c.name)).toEqual(before.charts.map((c) => c.name));
    expect(after.tables.map((t) => t.name)).toEqual(before.tables.map((t) => t.name));
    await wb.run((context) => refreshModels(context, FIXED_NOW));
    expect(wb.toSnapshot()).toEqual(after);
  });

  it("leaves a model whose run would overwrite the user's cells and reports it", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    wb.setValues("客户分级", "A9", [["my note"]]);
    wb.setValues("订单", "A2", [["新客户"]]); // one customer more: the customer table grows a row
    const report = await wb.run((context) => refreshModels(context, FIXED_NOW));
    expect(report.refreshed).toEqual([]);
    expect(report.conflicts.map((c) => c.model)).toEqual(["m1"]);
    expect(wb.getValues("客户分级!A9")).toEqual([["my note"]]);
  });
});
