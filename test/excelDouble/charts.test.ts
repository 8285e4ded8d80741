// Charts: series derived from ranges, setData, setPosition, parts and chartData().
/* eslint-disable office-addins/call-sync-before-read --
   These tests deliberately read unloaded or unsynced properties to show the double throws as office.js does,
   and the rules also flag isNullObject and navigation properties, which office.js allows. */
import { InMemoryWorkbook } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

function salesBook(): InMemoryWorkbook {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  wb.setValues("Sheet1", "A1", [
    [null, "Revenue", "Orders"],
    ["A", 100, 10],
    ["B", 60, 6],
    ["C", 20, 2],
  ]);
  return wb;
}

describe("series derivation", () => {
  test("header row gives names, text first column gives categories, one series per remaining column", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts
        .add("ColumnClustered", sheet.getRange("A1:C4"), "Auto")
        .load("name,chartType,width,height");
      const series = chart.series.load("items/name,count");
      await ctx.sync();
      expect([chart.name, chart.chartType, chart.width, chart.height]).toEqual([
        "Chart 1",
        "ColumnClustered",
        360,
        216,
      ]);
      expect(series.items.map((s) => s.name)).toEqual(["Revenue", "Orders"]);
      expect(series.count).toBe(2);
    });
    const data = wb.chartData("Sheet1", "Chart 1");
    expect(data.series.map((s) => [s.name, s.categories, s.values])).toEqual([
      ["Revenue", ["A", "B", "C"], [100, 60, 20]],
      ["Orders", ["A", "B", "C"], [10, 6, 2]],
    ]);
  });

  test("seriesBy Rows transposes; numbers-only data gets SeriesN names and index categories", async () => {
    const wb = salesBook();
    wb.setValues("Sheet1", "F1", [
      [1, 2, 3],
      [4, 5, 6],
    ]);
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("Line", sheet.getRange("A1:C4"), "Rows");
      sheet.charts.add("Line", sheet.getRange("F1:H2"), "Rows");
      await ctx.sync();
    });
    const byRows = wb.chartData("Sheet1", "Chart 1");
    expect(byRows.series.map((s) => [s.name, s.categories, s.values])).toEqual([
      ["A", ["Revenue", "Orders"], [100, 10]],
      ["B", ["Revenue", "Orders"], [60, 6]],
      ["C", ["Revenue", "Orders"], [20, 2]],
    ]);
    const plain = wb.chartData("Sheet1", "Chart 2");
    expect(plain.series.map((s) => [s.name, s.categories, s.values])).toEqual([
      ["Series1", [1, 2, 3], [1, 2, 3]],
      ["Series2", [1, 2, 3], [4, 5, 6]],
    ]);
  });

  test("chartData reads the cells at call time", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.charts.add("Pie", sheet.getRange("A1:B4"));
      await ctx.sync();
    });
    wb.setValues("Sheet1", "B1", [["Sales"], [1]]);
    const data = wb.chartData("Sheet1", "Chart 1");
    expect(data.series[0].name).toBe("Sales");
    expect(data.series[0].values).toEqual([1, 60, 20]);
    expect(data.title.visible).toBe(true);
  });
});

describe("chart operations", () => {
  test("setData rebuilds the series; series.add, setValues, setXAxisValues and delete", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
      chart.setData(sheet.getRange("A1:B4"), "Columns");
      const extra = chart.series.add("Orders again");
      extra.setValues(sheet.getRange("C2:C4"));
      extra.setXAxisValues(sheet.getRange("A2:A4"));
      extra.axisGroup = "Secondary";
      extra.chartType = "Line";
      const points = extra.points.load("count");
      await ctx.sync();
      expect(points.count).toBe(3);
      chart.series.getItemAt(0).delete();
      const series = chart.series.load("items/name,items/axisGroup,items/chartType");
      await ctx.sync();
      expect(series.items.map((s) => [s.name, s.axisGroup, s.chartType])).toEqual([
        ["Orders again", "Secondary", "Line"],
      ]);
      chart.series.getItemAt(5).load("name");
      expect(await rejectionCode(ctx.sync())).toBe("ItemNotFound");
    });
  });

  test("setPosition uses cell geometry, including set column widths", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A:A").format.columnWidth = 100;
      const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:C4"));
      chart.setPosition("B3", "D10");
      chart.load("top,left,width,height");
      await ctx.sync();
      expect([chart.top, chart.left, chart.width, chart.height]).toEqual([30, 100, 144, 120]);
      chart.setPosition(sheet.getRange("C1"));
      chart.load("top,left,width");
      await ctx.sync();
      expect([chart.top, chart.left, chart.width]).toEqual([0, 148, 144]);
    });
  });

  test("title, axes, legend, fills and data labels are stored", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"));
      chart.name = "Revenue by tier";
      chart.title.text = "Revenue";
      chart.axes.valueAxis.numberFormat = "#,##0";
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.title.text = "EUR";
      chart.legend.position = "Bottom";
      const first = chart.series.getItemAt(0);
      first.format.fill.setSolidColor("#1f77b4");
      first.points.getItemAt(2).format.fill.setSolidColor("red");
      first.hasDataLabels = true;
      const axis = chart.axes.valueAxis.load("numberFormat,minimum,maximum");
      const legend = chart.legend.load("position,visible");
      await ctx.sync();
      expect([axis.numberFormat, axis.minimum, axis.maximum]).toEqual(["#,##0", 0, null]);
      expect([legend.position, legend.visible]).toEqual(["Bottom", true]);
      const found = sheet.charts.getItemOrNullObject("revenue by tier");
      const missing = sheet.charts.getItemOrNullObject("nope");
      await ctx.sync();
      expect([found.isNullObject, missing.isNullObject]).toEqual([false, true]);
      first.points.getItemAt(3).format.fill.setSolidColor("red");
      expect(await rejectionCode(ctx.sync())).toBe("ItemNotFound");
    });
    const data = wb.chartData("Sheet1", "Revenue by tier");
    expect(data.title).toEqual({ text: "Revenue", visible: true });
    expect(data.valueAxis).toEqual({
      title: "EUR",
      numberFormat: "#,##0",
      minimum: 0,
      maximum: null,
      logBase: null,
    });
    expect(data.series[0]).toMatchObject({
      color: "#1F77B4",
      pointColors: [null, null, "#FF0000"],
      hasDataLabels: true,
    });
  });

  test("pie charts have no axes", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("Doughnut", sheet.getRange("A1:B4"));
      chart.axes.valueAxis.load("minimum");
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
    });
  });

  test("chart.delete and the charts collection", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const a = sheet.charts.add("Line", sheet.getRange("A1:C4"));
      sheet.charts.add("Line", sheet.getRange("A1:C4"));
      a.delete();
      const charts = sheet.charts.load("items/name");
      await ctx.sync();
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 2"]);
    });
  });
});

describe("markers, data labels and plot order", () => {
  test("marker size outside 2 to 72, an unknown marker or line style, an unknown axis position: InvalidArgument", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("XYScatterLines", sheet.getRange("A1:C4"));
      await ctx.sync();
      const series = chart.series.getItemAt(0);
      for (const size of [1, 73, 2.5e3]) {
        series.markerSize = size;
        expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      }
      series.markerStyle = "Hexagon" as Excel.ChartSeries["markerStyle"];
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      series.format.line.lineStyle = "Wavy" as Excel.ChartLineFormat["lineStyle"];
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      chart.axes.categoryAxis.position = "Top" as Excel.ChartAxis["position"];
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      series.markerSize = 2;
      series.markerSize = 72;
      series.markerStyle = "Circle";
      series.markerBackgroundColor = "#c00000";
      series.format.line.lineStyle = "None";
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = "Maximum";
      const read = chart.series
        .getItemAt(0)
        .load("markerSize,markerStyle,markerBackgroundColor,markerForegroundColor");
      const axis = chart.axes.categoryAxis.load("reversePlotOrder,position");
      await ctx.sync();
      expect([read.markerSize, read.markerStyle, read.markerBackgroundColor]).toEqual([
        72,
        "Circle",
        "#C00000",
      ]);
      // A colour Excel picks itself reads back empty.
      expect(read.markerForegroundColor).toBe("");
      expect([axis.reversePlotOrder, axis.position]).toEqual([true, "Maximum"]);
    });
    const data = wb.chartData("Sheet1", "Chart 1");
    expect(data.series[0]).toMatchObject({
      lineStyle: "None",
      marker: { style: "Circle", size: 72, background: "#C00000" },
    });
    expect(data.categoryAxis).toMatchObject({ reversePlotOrder: true, position: "Maximum" });
  });

  test("a log axis: base 2 and up, a scale type Excel knows", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B4"));
      const axis = chart.axes.valueAxis;
      axis.logBase = 1.5;
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      axis.scaleType = "Cubic" as Excel.ChartAxis["scaleType"];
      expect(await rejectionCode(ctx.sync())).toBe("InvalidArgument");
      axis.scaleType = "Logarithmic";
      axis.logBase = 2;
      await ctx.sync();
    });
    expect(wb.chartData("Sheet1", "Chart 1").valueAxis.logBase).toBe(2);
  });

  test("a doughnut has no axis to reverse", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("Doughnut", sheet.getRange("A1:B4"));
      chart.axes.categoryAxis.reversePlotOrder = true;
      expect(await rejectionCode(ctx.sync())).toBe("InvalidOperation");
    });
  });

  test("data labels: Excel's defaults, read back after load, in chartData only once the series has them", async () => {
    const wb = salesBook();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      const chart = sheet.charts.add("Doughnut", sheet.getRange("A1:B4"));
      const labels = chart.series.getItemAt(0).dataLabels;
      labels.load("showValue,showPercentage,numberFormat");
      await ctx.sync();
      expect([labels.showValue, labels.showPercentage, labels.numberFormat]).toEqual([
        true,
        false,
        "General",
      ]);
      labels.showPercentage = true;
      labels.showValue = false;
      await ctx.sync();
    });
    expect(wb.chartData("Sheet1", "Chart 1").series[0].dataLabels).toBeNull();
    await wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.charts.getItemOrNullObject("Chart 1").series.getItemAt(0).hasDataLabels = true;
      await ctx.sync();
    });
    expect(wb.chartData("Sheet1", "Chart 1").series[0].dataLabels).toMatchObject({
      showPercentage: true,
      showValue: false,
    });
  });
});
