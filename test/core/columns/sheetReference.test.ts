// Sheet names in references as Excel writes them: one rule for the pane, the adapter and the
// in-memory workbook's Range.address.
import { quoteSheetName, sheetAddress } from "../../../src/core";
import { InMemoryWorkbook } from "../../../src/excelDouble";

describe("sheet references", () => {
  it("quotes names with spaces, punctuation, a leading digit or a cell's look", () => {
    const quoted = [
      "Tier summary",
      "2025",
      "Q1",
      "XFD1048576",
      "R1C1",
      "a-b",
      "分级汇总（订单2025）",
    ];
    for (const name of quoted) expect(quoteSheetName(name)).toBe(`'${name}'`);
    expect(quoteSheetName("O'Brien data")).toBe("'O''Brien data'");
  });

  it("leaves names of letters of any script, digits, _ and dots bare", () => {
    for (const name of ["订单", "Sheet1", "Sheet.1", "_x", "École1", "客户分级汇总"])
      expect(quoteSheetName(name)).toBe(name);
  });

  it("builds the address the pane shows, as the workbook's Range.address reads", async () => {
    expect(sheetAddress("Tier summary", 0, 0)).toBe("'Tier summary'!A1");
    expect(sheetAddress("订单", 0, 0, 3430, 5)).toBe("订单!A1:E3430");
    const wb = new InMemoryWorkbook();
    const names = ["Tier summary", "订单", "分级汇总（订单2025）"];
    for (const name of names) wb.addSheet(name);
    const addresses = await wb.run(async (context) => {
      const ranges = names.map((n) =>
        context.workbook.worksheets.getItem(n).getRange("B2:D4").load("address")
      );
      await context.sync();
      return ranges.map((r) => r.address);
    });
    expect(addresses).toEqual(names.map((n) => sheetAddress(n, 1, 1, 3, 3)));
  });
});
