// The largest sheet Excel holds: 1,048,575 transactions under a header. Reading and writing must
// take a number of syncs proportional to the data over the chunk size, each under the 5 MB limit.
import { generateTransactions } from "../../data/generate/generateTransactions";
import { CHUNK_BUDGET_BYTES, MAX_ROWS, PAYLOAD_LIMIT_BYTES } from "../../src/excel/limits";
import { InMemoryWorkbook } from "../../src/excelDouble";
import { FIXED_NOW } from "./workbookFixtures";
import { segmentWorkbook } from "../../src/excel/segmentWorkbook";

jest.setTimeout(300_000);

describe("a 1,048,575-row sheet", () => {
  it("is read and written in payload-sized chunks", async () => {
    const sheet = generateTransactions(MAX_ROWS - 1, 7);
    const wb = new InMemoryWorkbook();
    wb.addSheet("Orders");
    wb.setValues("Orders", "A1", sheet.values as (string | number)[][], sheet.numberFormats);
    wb.select("Orders!A1:E1048576");
    const outcome = await wb.run((context) => segmentWorkbook(context, { now: FIXED_NOW }));
    expect(outcome.status).toBe("written");
    if (outcome.status !== "written") return;
    expect(outcome.result.counts.input).toBe(MAX_ROWS - 1);
    expect(wb.getValues("Orders!F1")[0][0]).toBe("ABC");
    expect(wb.getValues(`Orders!F${MAX_ROWS}`)[0][0]).toMatch(/^[ABC]$/);

    const log = wb.syncLog;
    expect(Math.max(...log.map((s) => s.requestBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(Math.max(...log.map((s) => s.responseBytes))).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(wb.stats.unloadedReads).toBe(0);

    const reads = log.filter((s) => s.cellsRead >= 1000);
    const readBytes = reads.reduce((n, s) => n + s.responseBytes, 0);
    expect(reads.reduce((n, s) => n + s.cellsRead, 0)).toBeGreaterThanOrEqual(MAX_ROWS * 5);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(readBytes / (CHUNK_BUDGET_BYTES / 2)) + 1);

    const writes = log.filter((s) => s.cellsWritten >= 1000);
    const writeBytes = writes.reduce((n, s) => n + s.requestBytes, 0);
    expect(writes.reduce((n, s) => n + s.cellsWritten, 0)).toBeGreaterThanOrEqual(MAX_ROWS * 8);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(writeBytes / (CHUNK_BUDGET_BYTES / 2)) + 3);
    // Calculation is off for every chunk; screen updating for the first of each write only, as
    // the docs warn that suspending it in a loop makes the window flicker.
    for (const w of writes) expect(w.calculationSuspended).toBe(true);
    expect(writes[0].screenUpdatingSuspended).toBe(true);
    expect(writes.filter((w) => w.screenUpdatingSuspended).length).toBeLessThan(writes.length / 2);
  });
});
