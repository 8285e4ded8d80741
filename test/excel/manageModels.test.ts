import { deleteModel, renameModel, sheetsToDelete } from "../../src/excel/manageModels";
import { loadModels } from "../../src/excel/modelStore";
import { writeRejectedSheet } from "../../src/excel/rejectedSheet";
import {
  EN_SUMMARY,
  run,
  workbookWith,
  written,
  ZH_FORMATS,
  ZH_TRANSACTIONS,
} from "./workbookFixtures";

describe("managing stored models", () => {
  it("renames a model, keeping the old name for a blank one", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    await wb.run((context) => renameModel(context, "m1", "  华东区  "));
    let list = await wb.run((context) => loadModels(context));
    expect(list.models[0].name).toBe("华东区");
    await wb.run((context) => renameModel(context, "m1", "   "));
    list = await wb.run((context) => loadModels(context));
    expect(list.models[0].name).toBe("华东区");
  });

  it("deletes a model with everything it wrote beside a plain range, and nothing else", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    const model = await written(wb, { options: { language: "zh-CN" } });
    const names = await wb.run((context) => sheetsToDelete(context, model));
    expect(names.sort()).toEqual(["分级汇总", "客户分级"]);
    wb.setValues("订单", "N1", [["my note"]]);
    await wb.run((context) => deleteModel(context, "m1"));
    const snap = wb.toSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["订单"]);
    expect(snap.charts).toEqual([]);
    expect(snap.tables).toEqual([]);
    expect(snap.names).toEqual([]);
    expect(wb.getValues("订单!A1:D11")).toEqual(ZH_TRANSACTIONS);
    expect(
      wb
        .getValues("订单!E1:L11")
        .flat()
        .every((v) => v === "")
    ).toBe(true);
    expect(wb.getValues("订单!N1")).toEqual([["my note"]]);
    expect((await wb.run((context) => loadModels(context))).models).toEqual([]);
  });

  it.each([
    ["a plain range", false],
    ["a table", true],
  ])(
    "leaves the workbook of %s exactly as before Segment, conditional formats included",
    async (_, asTable) => {
      const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
      if (asTable)
        await wb.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("订单");
          sheet.tables.add(sheet.getRange(`A1:D${ZH_TRANSACTIONS.length}`), true).name = "Orders";
          await context.sync();
        });
      const before = { ...wb.toSnapshot(), selection: null };
      await written(wb, { options: { language: "zh-CN" } });
      expect(wb.toSnapshot().conditionalFormats.length).toBeGreaterThan(0);
      await wb.run((context) => deleteModel(context, "m1"));
      // Settings may keep an empty model list, and clearing the tier cells leaves a style layer
      // that sets everything back to the defaults; everything else is as it was.
      const after = { ...wb.toSnapshot(), selection: null };
      const allDefault = (l: { style: Record<string, unknown> }): boolean =>
        Object.values(l.style).every((v) => v === null);
      const sheets = after.sheets.map((sh) => ({
        ...sh,
        styles: sh.styles.filter((l) => !allDefault(l)),
      }));
      expect({ ...after, sheets, settings: [] }).toEqual({ ...before, settings: [] });
    }
  );

  it("removes the tier columns it added to a table, leaving the user's columns", async () => {
    const wb = workbookWith("Data", EN_SUMMARY);
    await wb.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.tables.add(sheet.getRange(`A1:D${EN_SUMMARY.length}`), true).name = "Customers";
      await context.sync();
    });
    await written(wb, { options: { language: "en-US", asOf: "2024-04-01" } });
    await wb.run((context) => deleteModel(context, "m1"));
    const table = wb.toSnapshot().tables.find((t) => t.name === "Customers");
    expect(table?.columns).toEqual(EN_SUMMARY[0]);
    expect(wb.getValues(`Data!A1:D${EN_SUMMARY.length}`)).toEqual(EN_SUMMARY);
  });

  it("deletes a model whose sheets the user already deleted", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("分级汇总").delete();
      await context.sync();
    });
    await wb.run((context) => deleteModel(context, "m1"));
    expect(wb.toSnapshot().sheets.map((s) => s.name)).toEqual(["订单"]);
  });
  it("writes the rejected rows to one sheet however often asked, and deletes it with the model", async () => {
    const rows = [...ZH_TRANSACTIONS, ["坏数据", "不是日期", "D011", 10]];
    const wb = workbookWith("订单", rows, ZH_FORMATS);
    const outcome = await run(wb, { options: { language: "zh-CN" } });
    if (outcome.status !== "written") throw new Error(outcome.status);
    expect(outcome.result.rejected.length).toBe(1);
    await wb.run((context) => writeRejectedSheet(context, "m1", outcome.result));
    await wb.run((context) => writeRejectedSheet(context, "m1", outcome.result));
    const names = wb.toSnapshot().sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("被拒绝的行"))).toEqual(["被拒绝的行"]);
    const asked = await wb.run((context) => sheetsToDelete(context, outcome.model));
    expect(asked).toContain("被拒绝的行");
    await wb.run((context) => deleteModel(context, "m1"));
    expect(wb.toSnapshot().sheets.map((s) => s.name)).toEqual(["订单"]);
  });
});
