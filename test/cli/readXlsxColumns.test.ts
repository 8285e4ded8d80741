// Issue 14: an XLSX read keeps only the columns the run can use when the header row decides
// them, and the answer is the same as from the whole sheet: counts, rejected rows, duplicates,
// customers and their values.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import { columnsNamedByHeader, segment, type CellValue } from "../../src/core";
import { readInput } from "../../src/cli/readInput";

const HEADER = ["备注", "客户", "日期", "金额", "订单号", "地区", "渠道", "销售", "颜色", "尺码"];

function rowsOf(): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < 40; i++)
    rows.push([
      `note ${i % 3}`,
      `C${i % 6}`,
      new Date(Date.UTC(2024, i % 12, 1 + (i % 20))),
      10 + i,
      `O${i}`,
      ["华东", "华北"][i % 2],
      "web",
      i,
      "red",
      "L",
    ]);
  rows.push(["only a note", null, null, null, null, null, null, null, null, null]);
  // Equal in every kept column, different in a dropped one: no duplicate.
  rows.push(["x", "C1", new Date(Date.UTC(2024, 5, 5)), 99, "O99", "华东", "web", 1, "red", "L"]);
  rows.push(["x", "C1", new Date(Date.UTC(2024, 5, 5)), 99, "O99", "华东", "web", 1, "blue", "L"]);
  // Equal in every column: a duplicate.
  rows.push(["x", "C1", new Date(Date.UTC(2024, 5, 5)), 99, "O99", "华东", "web", 1, "red", "L"]);
  return rows;
}

async function writeBook(file: string, header: CellValue[] | null): Promise<void> {
  const book = new Workbook();
  const sheet = book.addWorksheet("Orders");
  if (header) sheet.addRow(header);
  for (const row of rowsOf()) sheet.addRow(row);
  writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()));
}

describe("an XLSX read keeps the columns the header names", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "xlsx-columns-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const keep = (rows: CellValue[][]) => columnsNamedByHeader(rows);

  it("drops the other columns and gives the same answer as the whole sheet", async () => {
    const file = join(dir, "wide.xlsx");
    await writeBook(file, HEADER);
    const whole = await readInput(file, { encoding: "auto", sheet: null });
    const kept = await readInput(file, { encoding: "auto", sheet: null, keep });
    expect(kept.input.values).toHaveLength(whole.input.values.length);
    expect(kept.input.values[0]).toEqual(HEADER);
    // Row 20 (a data row past the first ten): the kept columns, one number for the rest.
    const row = kept.input.values[20];
    // 客户, 日期, 金额 and 订单号 are kept; 地区 names a role no part of a run reads; 渠道 names
    // the group role, read only when a run names it (`tiering clv --group 渠道`), so dropped here.
    expect(row.slice(1, 5)).toEqual(whole.input.values[20].slice(1, 5));
    expect(typeof row[0]).toBe("number");
    expect(row.slice(5)).toEqual([null, null, null, null, null]);
    const named = columnsNamedByHeader(kept.input.values.slice(0, 10), {
      mapping: { group: "渠道" },
    });
    expect(named?.has(6)).toBe(true);
    const a = segment(whole.input, { language: "en-US", asOf: "2025-01-01" });
    const b = segment(kept.input, { language: "en-US", asOf: "2025-01-01" });
    expect(b.counts).toEqual(a.counts);
    expect(b.counts).toMatchObject({ rejected: 1, duplicates: 1 });
    expect(b.rejected).toEqual(a.rejected);
    expect(b.duplicates).toEqual(a.duplicates);
    expect(b.mapping).toEqual(a.mapping);
    expect(Array.from(b.customers.ids)).toEqual(Array.from(a.customers.ids));
    expect(Array.from(b.customers.monetary)).toEqual(Array.from(a.customers.monetary));
  });

  it("keeps every column when the values must decide (no header row)", async () => {
    const file = join(dir, "headerless.xlsx");
    await writeBook(file, null);
    const whole = await readInput(file, { encoding: "auto", sheet: null });
    const kept = await readInput(file, { encoding: "auto", sheet: null, keep });
    expect(kept.input.values).toEqual(whole.input.values);
  });
});

describe("columnsNamedByHeader", () => {
  const data: CellValue[] = ["n", "C1", "2024-01-02", 5, "O1", "east"];

  it("names the mapped columns when the header names every role values would find", () => {
    const keep = columnsNamedByHeader([HEADER.slice(0, 6), data]);
    expect(keep && [...keep].sort()).toEqual([1, 2, 3, 4]);
  });

  it("adds the columns the user points at, by header, letter or index", () => {
    const rows = [HEADER.slice(0, 6), data];
    const keep = columnsNamedByHeader(rows, { mapping: { customerName: "备注", strategic: "F" } });
    expect(keep && [...keep].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(columnsNamedByHeader(rows, { mapping: { profit: "毛利?" } })).toBeNull();
  });

  it("is null when values must decide: no order id header, no header row, headerRow none", () => {
    expect(columnsNamedByHeader([HEADER.slice(0, 4), data.slice(0, 4)])).toBeNull();
    expect(columnsNamedByHeader([data, data])).toBeNull();
    expect(columnsNamedByHeader([HEADER, data], { headerRow: "none" })).toBeNull();
  });
});
