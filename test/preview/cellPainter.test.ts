// What the grid shows per cell, from a workbook written through the API as the adapter writes it.
import { InMemoryWorkbook } from "../../src/excelDouble";
import { CellPainter } from "../../src/preview/grid/cellPainter";
import { columnAt, columnLayout, visibleWindow } from "../../src/preview/grid/geometry";

async function painted(): Promise<CellPainter> {
  const wb = new InMemoryWorkbook({ sheets: ["S"] });
  await wb.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("S");
    sheet.getRange("A1:C4").values = [
      ["Class", "Share", "Count"],
      ["A", 0.2, 10],
      ["B", 0.35, 20],
      ["C", 0.45, 30],
    ];
    sheet.getRange("B2:B4").numberFormat = [["0.0%"], ["0.0%"], ["0.0%"]];
    ctx.workbook.tables.add("S!A1:C4", true);
    const classes = sheet.getRange("A2:A4").conditionalFormats.add("CellValue");
    classes.cellValue.rule = { formula1: '="B"', operator: "EqualTo" };
    classes.cellValue.format.fill.color = "#FFECB3";
    sheet.getRange("C2:C4").conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "LowestValue", formula: undefined, color: "#FFFFFF" },
      maximum: { type: "HighestValue", formula: undefined, color: "#2E7D32" },
    };
    sheet.getRange("A6").values = [["note"]];
    sheet.getRange("A6").format.font.bold = true;
    await ctx.sync();
  });
  const sheet = wb.model.findSheet("S");
  if (!sheet) throw new Error("no sheet");
  return new CellPainter(wb.model, sheet);
}

test("number formats, alignment, table header and bands, conditional fills, bold", async () => {
  const painter = await painted();
  expect(painter.cell(0, 0)).toMatchObject({
    text: "Class",
    bold: true,
    fill: "#4472C4",
    color: "#FFFFFF",
  });
  expect(painter.cell(1, 1)).toMatchObject({ text: "20.0%", align: "right" });
  // The first body row is banded; the cell rule wins over the band where it matches.
  expect(painter.cell(1, 0)).toMatchObject({ text: "A", align: "left", fill: "#D9E1F2" });
  expect(painter.cell(2, 0).fill).toBe("#FFECB3");
  expect(painter.cell(1, 2).fill).toBe("#FFFFFF");
  expect(painter.cell(3, 2).fill).toBe("#2E7D32");
  expect(painter.cell(2, 2).fill).toBe("#97BE99");
  expect(painter.cell(5, 0)).toMatchObject({ text: "note", bold: true, fill: undefined });
  expect(painter.cell(9, 9)).toMatchObject({ text: "", bold: false });
});

describe("geometry", () => {
  const layout = columnLayout(5, new Map([[1, 96]]));

  test("column widths in points become px; default 64 px", () => {
    expect(layout.offsets).toEqual([0, 64, 192, 256, 320, 384]);
    expect([
      columnAt(layout, 0),
      columnAt(layout, 63),
      columnAt(layout, 64),
      columnAt(layout, 191),
    ]).toEqual([0, 0, 1, 1]);
    expect(columnAt(layout, 10000)).toBe(4);
  });

  test("only the rows and columns in view (plus a margin) are rendered", () => {
    const win = visibleWindow(
      { top: 20 * 1000, left: 0, width: 200, height: 400 },
      1_000_000,
      layout
    );
    expect(win.firstRow).toBe(996);
    expect(win.lastRow).toBe(1024);
    expect([win.firstCol, win.lastCol]).toEqual([0, 3]);
  });
});
