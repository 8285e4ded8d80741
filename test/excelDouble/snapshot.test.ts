// Snapshots: deterministic, JSON-serializable, and fromSnapshot(toSnapshot()) reproduces the workbook.
import type { XRequestContext } from "../../src/excel/api";
import { InMemoryWorkbook } from "../../src/excelDouble";

async function buildEverything(ctx: XRequestContext): Promise<void> {
  const wb = ctx.workbook;
  const data = wb.worksheets.add("Data 2024");
  wb.worksheets.add("Hidden").visibility = "Hidden";
  const range = data.getRange("A1:C4");
  range.values = [
    ["Customer", "Spend", "Tier"],
    ["a", "100", '=IF(B2>50,"A","B")'],
    ["b", 20, "'=literal"],
    ["c", "#N/A", true],
  ];
  data.getRange("B2:B4").numberFormat = [["#,##0"], ["#,##0"], ["#,##0"]];
  data.getRange("A1:C1").format.font.bold = true;
  data.getRange("A1:C1").format.fill.color = "#DDEBF7";
  data.getRange("A:A").format.columnWidth = 90;
  const table = data.tables.add(range, true);
  table.name = "Customers";
  table.style = "TableStyleLight9";
  const chart = data.charts.add("ColumnClustered", data.getRange("A1:B4"), "Columns");
  chart.title.text = "Spend";
  chart.series.getItemAt(0).format.fill.setSolidColor("#4472C4");
  data.getRange("B2:B4").conditionalFormats.add("ColorScale");
  wb.names.add("Spend", "='Data 2024'!$B$2:$B$4", "spend column");
  wb.settings.add("version", { schema: 2 });
  data.getRange("B3").select();
  await ctx.sync();
}

test("fromSnapshot(toSnapshot()) gives an equal snapshot, and survives JSON", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  await wb.run(buildEverything);
  const snapshot = wb.toSnapshot();
  const restored = InMemoryWorkbook.fromSnapshot(JSON.parse(JSON.stringify(snapshot)));
  expect(restored.toSnapshot()).toEqual(snapshot);
  expect(restored.getFormulas("'Data 2024'!C2:C3")).toEqual([['=IF(B2>50,"A","B")'], ["=literal"]]);
  expect(restored.getValues("'Data 2024'!B4")).toEqual([["#N/A"]]);
});

test("two workbooks built the same way have identical snapshots", async () => {
  const a = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  const b = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  await a.run(buildEverything);
  await b.run(buildEverything);
  expect(JSON.stringify(a.toSnapshot())).toBe(JSON.stringify(b.toSnapshot()));
});

test("the snapshot describes sheets, tables, charts, formats, names, settings and selection", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  await wb.run(buildEverything);
  const s = wb.toSnapshot();
  const data = s.sheets[1];
  expect(s.sheets.map((x) => [x.name, x.position, x.visibility])).toEqual([
    ["Sheet1", 0, "Visible"],
    ["Data 2024", 1, "Visible"],
    ["Hidden", 2, "Hidden"],
  ]);
  expect(data.cells).toEqual([
    ["Customer", "Spend", "Tier"],
    ["a", 100, null],
    ["b", 20, "=literal"],
    ["c", "#N/A", true],
  ]);
  expect(data.errorCells).toEqual(["B4"]);
  expect(data.quotePrefixed).toEqual(["C3"]);
  expect(data.numberFormats).toEqual({ B2: "#,##0", B3: "#,##0", B4: "#,##0" });
  expect(data.formulas).toEqual({ C2: '=IF(B2>50,"A","B")' });
  expect(data.columnWidths).toEqual({ A: 90 });
  expect(s.tables).toEqual([
    {
      id: "1",
      name: "Customers",
      sheetId: data.id,
      address: "A1:C4",
      style: "TableStyleLight9",
      showBandedRows: true,
      columns: ["Customer", "Spend", "Tier"],
    },
  ]);
  expect(s.charts[0]).toMatchObject({
    name: "Chart 1",
    type: "ColumnClustered",
    title: "Spend",
    titleVisible: true,
  });
  expect(s.charts[0].series).toEqual([
    expect.objectContaining({
      name: "Spend",
      nameAddress: "'Data 2024'!B1",
      valuesAddress: "'Data 2024'!B2:B4",
      xValuesAddress: "'Data 2024'!A2:A4",
      fill: "#4472C4",
    }),
  ]);
  expect(s.conditionalFormats).toEqual([
    expect.objectContaining({ sheetId: data.id, address: "B2:B4", type: "ColorScale" }),
  ]);
  expect(s.names).toEqual([
    { name: "Spend", reference: "='Data 2024'!$B$2:$B$4", comment: "spend column" },
  ]);
  expect(s.settings).toEqual({ version: { schema: 2 } });
  expect([s.activeSheet, s.selection]).toEqual(["Data 2024", "'Data 2024'!B3"]);
});

test("a restored workbook keeps working through the API with fresh ids", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  await wb.run(buildEverything);
  const restored = InMemoryWorkbook.fromSnapshot(wb.toSnapshot());
  await restored.run(async (ctx) => {
    const table = ctx.workbook.tables.add("Sheet1!A1:B2", true).load("name,id");
    const sheet = ctx.workbook.worksheets.add().load("name,id");
    await ctx.sync();
    expect([table.name, table.id]).toEqual(["Table2", "2"]);
    expect(sheet.id).toBe("{00000000-0004-0000-0100-000000000000}");
  });
});

test("a new InMemoryWorkbook has no sheets until seeded", () => {
  expect(new InMemoryWorkbook().toSnapshot().sheets).toEqual([]);
});
