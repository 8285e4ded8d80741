// A second model's sheets are named after its data (its table or sheet), so that several models in
// one workbook can be told apart; the first keeps the plain names.
import { ownSheetName } from "../../src/excel/sheets";
import { MAX_SHEET_NAME } from "../../src/excel/limits";
import { written, workbookWith, ZH_FORMATS, ZH_TRANSACTIONS } from "./workbookFixtures";

const visibleSheets = (wb: ReturnType<typeof workbookWith>): string[] =>
  wb
    .toSnapshot()
    .sheets.filter((s) => s.visibility === "Visible")
    .map((s) => s.name);

describe("sheet names of several models", () => {
  it("names the second model's sheets after its source sheet, in either language", async () => {
    const wb = workbookWith("North", ZH_TRANSACTIONS, ZH_FORMATS);
    wb.addSheet("South 2025");
    wb.setValues("South 2025", "A1", ZH_TRANSACTIONS, ZH_FORMATS);
    await written(wb, { options: { language: "zh-CN" } });
    wb.select("South 2025!A1");
    await written(wb, { options: { language: "en-US" } });
    expect(visibleSheets(wb)).toEqual([
      "North",
      "South 2025",
      "客户分级",
      "分级汇总",
      "Customer tiers - South 2025",
      "Tier summary - South 2025",
    ]);
  });

  it("names them after the table when the data is an Excel table", async () => {
    const wb = workbookWith("North", ZH_TRANSACTIONS, ZH_FORMATS);
    wb.addSheet("Data");
    wb.setValues("Data", "A1", ZH_TRANSACTIONS, ZH_FORMATS);
    await wb.run(async (context) => {
      context.workbook.tables.add("Data!A1:D11", true).name = "Orders2025";
      await context.sync();
    });
    await written(wb, { options: { language: "zh-CN" } });
    wb.select("Data!B2");
    await written(wb, { options: { language: "zh-CN" } });
    expect(visibleSheets(wb)).toContain("客户分级（Orders2025）");
    expect(visibleSheets(wb)).toContain("分级汇总（Orders2025）");
  });

  it("cuts a long source so that the name fits Excel's 31 characters", () => {
    const name = ownSheetName("Customer tiers", "Quarterly orders of the north region", "en-US");
    expect(name).toBe("Customer tiers - Quarterly orde");
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(ownSheetName("Tier summary", null, "en-US")).toBe("Tier summary");
  });
});
