// A full-height sheet: 1,048,576 rows written and read back in chunks under the payload limit.
import { InMemoryWorkbook, PAYLOAD_LIMIT_BYTES } from "../../src/excelDouble";

const ROWS = 1048576;
const COLUMNS = 4;
const CHUNK = 65536;

test("a 1,048,576-row sheet is written and read back in chunks", async () => {
  const wb = new InMemoryWorkbook({ sheets: ["Sheet1"] });
  await wb.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:D1").values = [["id", "name", "spend", "tier"]];
    for (let start = 1; start < ROWS; start += CHUNK) {
      const count = Math.min(CHUNK, ROWS - start);
      const values = Array.from({ length: count }, (_, i) => {
        const n = start + i;
        return [n, `c${n}`, n % 1000, n % 3 === 0 ? "A" : "B"];
      });
      sheet.getRangeByIndexes(start, 0, count, COLUMNS).values = values;
      await ctx.sync();
    }
  });

  let rowsRead = 0;
  let spendTotal = 0;
  let lastId = 0;
  await wb.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    const used = sheet.getUsedRange(true).load("address,rowCount");
    await ctx.sync();
    expect(used.address).toBe("Sheet1!A:D"); // Excel reports full-height ranges as whole columns
    for (let start = 1; start < used.rowCount; start += CHUNK) {
      const count = Math.min(CHUNK, used.rowCount - start);
      const chunk = sheet.getRangeByIndexes(start, 0, count, COLUMNS).load("values");
      await ctx.sync();
      for (const row of chunk.values) {
        spendTotal += row[2] as number;
        lastId = row[0] as number;
      }
      rowsRead += chunk.values.length;
    }
  });

  expect(rowsRead).toBe(ROWS - 1);
  expect(lastId).toBe(ROWS - 1);
  let expectedSpend = 0;
  for (let n = 1; n < ROWS; n++) expectedSpend += n % 1000;
  expect(spendTotal).toBe(expectedSpend);
  expect(wb.getValues("Sheet1!A1048576:D1048576")).toEqual([
    [ROWS - 1, `c${ROWS - 1}`, (ROWS - 1) % 1000, (ROWS - 1) % 3 === 0 ? "A" : "B"],
  ]);
  const written = wb.syncLog.reduce((n, s) => n + s.cellsWritten, 0);
  const read = wb.syncLog.reduce((n, s) => n + s.cellsRead, 0);
  expect(written).toBe(ROWS * COLUMNS);
  expect(read).toBe((ROWS - 1) * COLUMNS);
  expect(
    wb.syncLog.every(
      (s) => s.requestBytes <= PAYLOAD_LIMIT_BYTES && s.responseBytes <= PAYLOAD_LIMIT_BYTES
    )
  ).toBe(true);
}, 120000);
