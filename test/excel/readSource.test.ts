import { PAYLOAD_LIMIT_BYTES } from "../../src/excel/limits";
import { readSource } from "../../src/excel/readSource";
import { resolveSelection } from "../../src/excel/source";
import { InMemoryWorkbook } from "../../src/excelDouble";
import { workbookWith, ZH_FORMATS, ZH_TRANSACTIONS } from "./workbookFixtures";

function sheetWithBlockAt(topLeft: string): InMemoryWorkbook {
  const wb = new InMemoryWorkbook();
  wb.addSheet("S");
  wb.setValues("S", topLeft, ZH_TRANSACTIONS, ZH_FORMATS);
  wb.setValues("S", "H1", [["unrelated"]]); // beyond an empty column: not part of the region
  return wb;
}

const where = (wb: InMemoryWorkbook, selection: string) => {
  wb.select(selection);
  return wb.run((context) => resolveSelection(context));
};

describe("what the selection means", () => {
  it("grows one cell to its current region", async () => {
    const ref = await where(sheetWithBlockAt("B3"), "S!C5");
    expect(ref).toMatchObject({
      sheetName: "S",
      rowIndex: 2,
      columnIndex: 1,
      rowCount: 11,
      columnCount: 4,
      tableName: null,
    });
  });

  it("takes a selected block as it is", async () => {
    const ref = await where(sheetWithBlockAt("B3"), "S!B3:D8");
    expect(ref).toMatchObject({ rowIndex: 2, columnIndex: 1, rowCount: 6, columnCount: 3 });
  });

  it("cuts whole selected columns to the rows in use", async () => {
    const ref = await where(sheetWithBlockAt("A1"), "S!A:D");
    expect(ref).toMatchObject({ rowIndex: 0, columnIndex: 0, rowCount: 11, columnCount: 4 });
  });

  it("takes the whole table when the selection touches one", async () => {
    const wb = sheetWithBlockAt("A1");
    await wb.run(async (context) => {
      context.workbook.worksheets.getItem("S").tables.add("A1:D11", true).name = "Orders";
      await context.sync();
    });
    const ref = await where(wb, "S!B4");
    expect(ref).toMatchObject({
      tableName: "Orders",
      rowIndex: 0,
      columnIndex: 0,
      rowCount: 11,
      columnCount: 4,
    });
  });
});

describe("reading in chunks", () => {
  it("reads values and number formats so that date serials are known as dates", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    const input = await wb.run(async (context) =>
      readSource(context, await resolveSelection(context))
    );
    expect(input.values).toEqual(ZH_TRANSACTIONS);
    expect(input.numberFormats?.[1][1]).toBe("yyyy-mm-dd");
    expect(input).toMatchObject({ firstRowNumber: 1, firstColumnIndex: 0 });
  });

  it("keeps every response under 5 MB however wide and wordy the rows are", async () => {
    const columns = 300;
    const text = "客户".repeat(30); // 60 characters, 180 bytes in UTF-8
    const rows = Array.from({ length: 3000 }, (_, r) =>
      Array.from({ length: columns }, (_, c) => (c === 0 ? r : `${text}${c}`))
    );
    const wb = workbookWith("Wide", rows);
    const input = await wb.run((context) =>
      readSource(context, {
        sheetId: "Wide",
        sheetName: "Wide",
        rowIndex: 0,
        columnIndex: 0,
        rowCount: rows.length,
        columnCount: columns,
        tableName: null,
      })
    );
    expect(input.values).toEqual(rows);
    expect(wb.syncLog.filter((s) => s.error !== undefined)).toEqual([]); // none refused
    const reads = wb.syncLog.filter((s) => s.cellsRead > 0);
    const bytes = reads.reduce((n, s) => n + s.responseBytes, 0);
    expect(bytes).toBeGreaterThan(10 * PAYLOAD_LIMIT_BYTES);
    for (const s of reads) expect(s.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT_BYTES);
    expect(reads.length).toBeLessThanOrEqual(Math.ceil(bytes / (PAYLOAD_LIMIT_BYTES / 3)));
  });

  it("reports progress and stops between chunks when cancelled", async () => {
    const wb = workbookWith("订单", ZH_TRANSACTIONS, ZH_FORMATS);
    const seen: number[] = [];
    const signal = { aborted: false };
    const run = wb.run(async (context) =>
      readSource(context, await resolveSelection(context), {
        onProgress: (p) => {
          seen.push(p.done);
          signal.aborted = true;
        },
        signal,
      })
    );
    await expect(run).rejects.toMatchObject({ name: "CancelledError" });
    expect(seen).toEqual([0]);
  });
});
