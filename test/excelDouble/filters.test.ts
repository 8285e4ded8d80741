// Table column filters (Excel.Filter, ExcelApi 1.2): values filters hide the other body rows,
// filters of several columns combine, clear and clearFilters show them again, and the rows stay
// as they were hidden when the cells change afterwards, as in Excel.
import { InMemoryWorkbook } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

function withTable(): InMemoryWorkbook {
  const wb = new InMemoryWorkbook({ sheets: ["S"] });
  wb.setValues("S", "A1", [
    ["Customer", "Segment", "ABC"],
    ["a", "High value", "A"],
    ["b", "Low value", "C"],
    ["c", "High value", "B"],
    ["d", "Potential", "A"],
  ]);
  return wb;
}

const hidden = (wb: InMemoryWorkbook): number[] | undefined => wb.toSnapshot().tables[0].hiddenRows;

describe("table column filters", () => {
  test("a values filter hides the rows that show another text; two columns combine", async () => {
    const wb = withTable();
    await wb.run(async (ctx) => {
      const table = ctx.workbook.tables.add("S!A1:C5", true);
      table.columns.getItemOrNullObject("Segment").filter.applyValuesFilter(["High value"]);
      await ctx.sync();
    });
    expect(hidden(wb)).toEqual([3, 5]);
    expect(wb.toSnapshot().tables[0].filters).toEqual({ Segment: ["High value"] });
    await wb.run(async (ctx) => {
      ctx.workbook.tables
        .getItem("Table1")
        .columns.getItemOrNullObject("ABC")
        .filter.applyValuesFilter(["A"]);
      await ctx.sync();
    });
    expect(hidden(wb)).toEqual([3, 4, 5]);
  });

  test("clear shows a column's rows again, clearFilters every column's", async () => {
    const wb = withTable();
    await wb.run(async (ctx) => {
      const table = ctx.workbook.tables.add("S!A1:C5", true);
      table.columns.getItemOrNullObject("Segment").filter.applyValuesFilter(["High value"]);
      table.columns.getItemOrNullObject("ABC").filter.applyValuesFilter(["A"]);
      await ctx.sync();
      table.columns.getItemOrNullObject("ABC").filter.clear();
      await ctx.sync();
    });
    expect(hidden(wb)).toEqual([3, 5]);
    await wb.run(async (ctx) => {
      ctx.workbook.tables.getItem("Table1").clearFilters();
      await ctx.sync();
    });
    expect(wb.toSnapshot().tables[0].hiddenRows).toBeUndefined();
  });

  test("rows stay hidden as filtered when cells change later, and survive a snapshot", async () => {
    const wb = withTable();
    await wb.run(async (ctx) => {
      ctx.workbook.tables
        .add("S!A1:C5", true)
        .columns.getItemOrNullObject("Segment")
        .filter.applyValuesFilter(["High value"]);
      await ctx.sync();
    });
    wb.setValues("S", "B3", [["High value"]]);
    expect(hidden(wb)).toEqual([3, 5]);
    const copy = InMemoryWorkbook.fromSnapshot(wb.toSnapshot());
    expect(copy.toSnapshot().tables[0]).toEqual(wb.toSnapshot().tables[0]);
  });

  test("a protected sheet refuses a filter, as Excel does", async () => {
    const wb = withTable();
    await wb.run(async (ctx) => {
      ctx.workbook.tables.add("S!A1:C5", true);
      await ctx.sync();
    });
    wb.protectSheet("S", true);
    const code = await rejectionCode(
      wb.run(async (ctx) => {
        ctx.workbook.tables
          .getItem("Table1")
          .columns.getItemOrNullObject("Segment")
          .filter.applyValuesFilter(["High value"]);
        await ctx.sync();
      })
    );
    expect(code).toBe("AccessDenied");
  });
});
