// Loading CSV into the in-memory workbook through the Excel API, as the preview page does.
import { readFileSync } from "fs";
import { join } from "path";
import { InMemoryWorkbook } from "../../src/excelDouble";
import { decodeBytes } from "../../src/preview/load/decodeBytes";
import { appendCsvText, loadCsvFile, loadCsvText } from "../../src/preview/load/loadCsv";
import { freeName as uniqueSheetName } from "../../src/excel/sheets";
import { sheetNameFromFile } from "../../src/preview/load/sheetName";
import { chunkRows } from "../../src/preview/load/writeSheet";

const samples = join(__dirname, "../../samples");
const transactions = readFileSync(join(samples, "transactions-zh.csv"), "utf8");
const newOrders = readFileSync(join(samples, "new-orders-zh.csv"), "utf8");

describe("the bundled sample", () => {
  test("loads into 订单 with the BOM stripped, A1 selected, text converted as Excel does", async () => {
    expect(transactions.charCodeAt(0)).toBe(0xfeff);
    const wb = new InMemoryWorkbook();
    const loaded = await loadCsvText(wb, transactions, "订单");
    expect(loaded).toEqual({ sheetName: "订单", rows: 3430 });
    const snap = wb.toSnapshot();
    expect(snap.activeSheet).toBe("订单");
    expect(snap.selection).toBe("订单!A1");
    expect(wb.getValues("订单!A1:E1")).toEqual([
      ["客户名称", "订单日期", "订单号", "金额", "利润"],
    ]);
    // Row 2: 陆宇佳,2024年1月4日,DD000001,¥332.50,105.3 and row 3: ...,2024-01-06,...,¥125.49,32.36
    const [row2, row3] = wb.getValues("订单!A2:E3");
    expect(row2).toEqual(["陆宇佳", "2024年1月4日", "DD000001", "¥332.50", 105.3]);
    expect(typeof row3[4]).toBe("number");
    // An ISO date typed into Excel becomes a date serial with a date format.
    expect(row3[1]).toBe(45297);
    expect(wb.getNumberFormats("订单!B3")).toEqual([["m/d/yyyy"]]);
    expect(snap.sheets[0].cells).toHaveLength(3430);
  });

  test("next month's orders go below the data, without repeating the header", async () => {
    const wb = new InMemoryWorkbook();
    await loadCsvText(wb, transactions, "订单");
    const appended = await appendCsvText(wb, newOrders, "订单");
    expect(appended).toEqual({ rows: 250, firstRow: 3430 });
    expect(wb.getValues("订单!A3431:B3431")).toEqual([["史雪勇", 45839]]);
    expect(wb.toSnapshot().sheets[0].cells).toHaveLength(3680);
    expect(wb.selectionAddress()).toBe("订单!A1");
  });
});

describe("sheets for loaded files", () => {
  test("names come from the file, made legal and unique", async () => {
    expect(sheetNameFromFile("C:\\data\\orders [2024]?.csv")).toBe("orders _2024__");
    expect(sheetNameFromFile("a-very-long-file-name-for-a-sheet-name.csv")).toHaveLength(31);
    expect(uniqueSheetName("订单", ["订单", "订单 (2)"])).toBe("订单 (3)");
    const wb = new InMemoryWorkbook();
    await loadCsvText(wb, "a,b\n1,2\n", "Data");
    const second = await loadCsvFile(wb, "data.csv", new TextEncoder().encode("x\n=1+1\n'007\n"));
    expect(second.sheetName).toBe("data (2)");
    // As typed in Excel: =1+1 is a formula, '007 is the text 007.
    expect(wb.getFormulas("'data (2)'!A2")).toEqual([["=1+1"]]);
    expect(wb.getValues("'data (2)'!A3")).toEqual([["007"]]);
    expect(wb.toSnapshot().activeSheet).toBe("data (2)");
  });

  test("without a name the sheet is the next SheetN; ragged rows are padded", async () => {
    const wb = new InMemoryWorkbook();
    const loaded = await loadCsvText(wb, "a,b,c\n1\n");
    expect(loaded.sheetName).toBe("Sheet1");
    expect(wb.getValues("Sheet1!A2:C2")).toEqual([[1, "", ""]]);
  });

  test("large files are written in several syncs, each under the request limit", async () => {
    const wb = new InMemoryWorkbook();
    const row = "客户名称很长的一段文字用来占据空间,2024-01-01,123.45\n";
    await loadCsvText(wb, row.repeat(40000), "Big");
    const writes = wb.syncLog.filter((s) => s.cellsWritten > 0);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...wb.syncLog.map((s) => s.requestBytes))).toBeLessThan(5 * 1024 * 1024);
    expect(wb.getValues("Big!C40000")).toEqual([[123.45]]);
  });

  test("chunks follow the byte budget", () => {
    expect(chunkRows([["aaaa"], ["bbbb"], ["cccc"]], 20)).toEqual([2, 1]);
    expect(chunkRows([["x".repeat(100)]], 10)).toEqual([1]);
  });
});

describe("decoding file bytes", () => {
  test("UTF-8 with BOM, and GBK as Chinese Excel saves CSV", () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("客户,1")]);
    expect(decodeBytes(utf8)).toEqual({ text: "客户,1", encoding: "utf-8" });
    // 客户 in GBK.
    const gbk = new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0x31]);
    expect(decodeBytes(gbk)).toEqual({ text: "客户,1", encoding: "gbk" });
  });
});
