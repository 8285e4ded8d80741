// Excel on the web's 5 MB request/response limit.
import { InMemoryWorkbook, PAYLOAD_LIMIT_BYTES } from "../../src/excelDouble";
import { rejectionCode } from "./helpers";

function bigColumn(rows: number, text: string): string[][] {
  return Array.from({ length: rows }, () => [text]);
}

test("a request over 5 MB is refused whole: not even earlier commands apply", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  const rows = 60000;
  const values = bigColumn(rows, "x".repeat(100)); // ~6.3 MB of JSON
  const code = await rejectionCode(
    wb.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").values = [["first"]];
      sheet.getRange(`A1:A${rows}`).values = values;
      await ctx.sync();
    })
  );
  expect(code).toBe("RequestPayloadSizeLimitExceeded");
  expect(wb.getValues("Sheet1!A1:B1")).toEqual([["", ""]]);
  expect(wb.syncLog[0].requestBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  expect(wb.syncLog[0].cellsWritten).toBe(0);
});

test("the same data in chunks under the limit goes through", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  const rows = 60000;
  await wb.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    for (let start = 0; start < rows; start += 20000) {
      sheet.getRangeByIndexes(start, 0, 20000, 1).values = bigColumn(20000, "x".repeat(100));
      await ctx.sync();
    }
  });
  expect(wb.syncLog.every((s) => s.requestBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
  expect(wb.syncLog.reduce((n, s) => n + s.cellsWritten, 0)).toBe(rows);
});

test("multi-byte text counts in UTF-8 bytes", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  await wb.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["客户"]];
    await ctx.sync();
  });
  expect(wb.syncLog[0].requestBytes).toBeGreaterThanOrEqual(JSON.stringify([["客户"]]).length + 4);
});

test("a response over 5 MB is refused with ResponsePayloadSizeLimitExceeded", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  const rows = 60000;
  await wb.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    for (let start = 0; start < rows; start += 20000) {
      sheet.getRangeByIndexes(start, 0, 20000, 1).values = bigColumn(20000, "y".repeat(100));
      await ctx.sync();
    }
    const all = sheet.getRange(`A1:A${rows}`).load("values");
    expect(await rejectionCode(ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
    expect(() => all.values).toThrow();
  });
  expect(wb.syncLog[wb.syncLog.length - 1].responseBytes).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
});
