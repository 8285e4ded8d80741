import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ValueType, Workbook } from "exceljs";
import Papa from "papaparse";
import { writeAtomically } from "../../src/cli/atomicFile";
import { customerRecords } from "../../src/core/records";
import { customerTable } from "../../src/core/tables/customerTable";
import { writeOutput } from "../../src/cli/writeOutput";
import { csvField } from "../../src/cli/csvCells";
import { writeCsv } from "../../src/cli/writeCsv";
import { segment } from "../../src/core/segment";
import { label, SHARE_FORMAT } from "../../src/core";
import type { SegmentResult } from "../../src/core/result";
import type { OutCell, OutTable } from "../../src/core/tables/customerTable";
import { tempDir } from "./captureIo";
import { generateTransactions } from "../../data/generate/generateTransactions";

const NAMES = ["=SUM(A1)", "+86 Trading", "-5 Ltd", "@home", 'Smith, "J"', "张三"];

function sampleResult(language: "en-US" | "zh-CN" = "en-US"): SegmentResult {
  const values = [["customer", "date", "amount"]];
  NAMES.forEach((name, i) => {
    values.push([name, `2024-03-0${i + 1}`, String((i + 1) * 100)]);
    values.push([name, `2024-02-0${i + 1}`, "50"]);
  });
  return segment({ values }, { language, asOf: "2024-04-01" });
}

const NOT_RUNNING = { aborted: false };

describe("csvField", () => {
  it("quotes what needs it and makes formula starts inert", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(12.5)).toBe("12.5");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(NaN)).toBe("");
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("@x")).toBe("'@x");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("=a,b")).toBe(`"'=a,b"`);
  });
});

/** A CSV line as text: the cells' fields joined by commas. */
const csvLine = (cells: OutCell[]): string => cells.map(csvField).join(",");

describe("writeCsv", () => {
  it("writes a table of many rows, in pieces, as the one text of all its lines", async () => {
    const texts = ["plain", "张三 Trading", 'say "hi"', "a,b", "=1+1", "two\nlines", "😀 emoji"];
    const rows: OutCell[][] = [];
    for (let k = 0; k < 10_007; k++)
      rows.push([texts[k % texts.length] + k, k * 0.37, k % 11 === 0 ? null : k, NaN]);
    const table: OutTable = {
      columns: ["Customer", "Amount", "Rank", "Score"].map((header) => ({ header, kind: "text" })),
      rowCount: rows.length,
      row: (k) => rows[k],
    };
    const header = table.columns.map((c) => c.header);
    const whole = "\ufeff" + [header, ...rows].map(csvLine).join("\r\n") + "\r\n";
    const { dir, cleanup } = tempDir();
    try {
      const path = join(dir, "many.csv");
      await writeCsv(path, table);
      expect(readFileSync(path).equals(Buffer.from(whole, "utf8"))).toBe(true);
      await writeCsv(path, { ...table, rowCount: 0 });
      expect(readFileSync(path, "utf8")).toBe("\ufeffCustomer,Amount,Rank,Score\r\n");
    } finally {
      cleanup();
    }
  });
});

describe("customerTable", () => {
  it("has one row per customer with headers in the run's language", () => {
    const en = customerTable(sampleResult("en-US"), "en-US");
    expect(en.rowCount).toBe(NAMES.length);
    expect(en.columns.map((c) => c.header)).toEqual([
      "Customer",
      "Recency (days)",
      "Frequency",
      "Monetary",
      "R",
      "F",
      "M",
      "RFM code",
      "RFM total",
      "Segment",
      "ABC",
      "ABC rank",
      "Value share",
      "Revenue CLV",
      "CLV tier",
      "Value score",
      "Stage",
      "Short history",
      "Next tier",
      "CLV the step adds",
      "Recommended action",
    ]);
    const zh = customerTable(sampleResult("zh-CN"), "zh-CN");
    expect(zh.columns[0].header).toBe("客户");
  });

  it("fills a row from the customer's record, rank and share", () => {
    const result = sampleResult();
    const table = customerTable(result, "en-US");
    // 张三 bought 600 + 50 on 2024-03-06 and 2024-02-06: the largest spender, rank 1.
    const k = result.customers.ids.indexOf("张三");
    const row = table.row(k);
    expect(row[0]).toBe("张三");
    expect(row[1]).toBe(26);
    expect(row[2]).toBe(2);
    expect(row[3]).toBe(650);
    expect(row[10]).toBe("A");
    expect(row[11]).toBe(1);
    expect(row[12]).toBeCloseTo(650 / (NAMES.length * 50 + 2100), 6);
    expect(typeof row[17]).toBe("string");
    // Next tier, then the CLV the step adds: the record's figures, in the sheet's columns.
    const rec = customerRecords(result, "en-US");
    const withStep = rec.findIndex((r) => r.nextTier !== null && r.nextTier.clv !== null);
    expect(withStep).toBeGreaterThanOrEqual(0);
    expect(table.row(withStep)[19]).toBe(rec[withStep].nextTier?.clv);
  });
});

describe("customerTable rows", () => {
  it("have a cell for every column, with names, the probabilistic figures and intervals", () => {
    // Rows are filled in place: a cell left out would be a hole, a shifted one a wrong column.
    const sheet = generateTransactions(3000, 17);
    const widths: number[] = [];
    for (const options of [{}, { clv: { model: "probabilistic" as const } }]) {
      const result = segment(sheet, options);
      const table = customerTable(result, "en-US");
      const records = customerRecords(result, "en-US");
      widths.push(table.columns.length);
      for (let k = 0; k < table.rowCount; k++) {
        const row = table.row(k);
        expect(row).toHaveLength(table.columns.length);
        for (let i = 0; i < row.length; i++) expect(row[i]).not.toBeUndefined();
        expect(row[0]).toBe(records[k].customer);
        expect(row[row.length - 2]).toBe(records[k].nextTier?.clv ?? null);
      }
    }
    // Customer name, then the probabilistic figures and the CLV intervals: 22 and 30 columns.
    expect(widths).toEqual([22, 30]);
  });
});

describe("writeOutput", () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it("writes CSV as UTF-8 with a BOM, CRLF, one row per customer, formulas inert", async () => {
    const file = join(dir, "out.csv");
    const result = sampleResult();
    await writeOutput(
      { path: file, format: "csv", overwrite: false },
      result,
      "en-US",
      NOT_RUNNING
    );
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("\ufeffCustomer,Recency (days),")).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(NAMES.length + 1);
    const firstCells = rows.slice(1).map((r) => r[0]);
    expect(firstCells.sort()).toEqual(
      ["'+86 Trading", "'-5 Ltd", "'=SUM(A1)", "'@home", 'Smith, "J"', "张三"].sort()
    );
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("writes XLSX where a name like =SUM(A1) stays a text cell", async () => {
    const file = join(dir, "out.xlsx");
    await writeOutput(
      { path: file, format: "xlsx", overwrite: false },
      sampleResult("zh-CN"),
      "zh-CN",
      NOT_RUNNING
    );
    const wb = new Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    expect(sheet.name).toBe("客户分级");
    expect(sheet.getCell("A1").value).toBe("客户");
    expect(sheet.rowCount).toBe(NAMES.length + 1);
    const names: unknown[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const { type, formula, value } = sheet.getCell(r, 1);
      expect(type).toBe(ValueType.String);
      expect(formula).toBeUndefined();
      names.push(value);
    }
    expect(names.sort()).toEqual([...NAMES].sort());
    // Numbers stay numbers: recency days in column B.
    expect(typeof sheet.getCell(2, 2).value).toBe("number");
    // Shares carry the sheets' one format for shares (0.0%, <0.1% for a hairline).
    const share = sheet.getRow(1).values as unknown[];
    const abcShare = share.indexOf(label("col.abcShare", "zh-CN"));
    expect(abcShare).toBeGreaterThan(0);
    expect(sheet.getCell(2, abcShare).numFmt).toBe(SHARE_FORMAT);
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
  });

  it("leaves no file when the folder does not exist, and names the file", async () => {
    const file = join(dir, "missing", "out.csv");
    await expect(
      writeOutput(
        { path: file, format: "csv", overwrite: false },
        sampleResult(),
        "en-US",
        NOT_RUNNING
      )
    ).rejects.toMatchObject({
      code: "out.unwritable",
      params: { file, reason: "ENOENT" },
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("stops an XLSX write when cancelled and leaves nothing behind", async () => {
    const file = join(dir, "big.xlsx");
    const values = [["customer", "date", "amount"]];
    for (let i = 0; i < 20_001; i++) values.push([`C${i}`, "2024-01-02", "10"]);
    const result = segment({ values }, { asOf: "2024-02-01" });
    await expect(
      writeOutput({ path: file, format: "xlsx", overwrite: false }, result, "en-US", {
        aborted: true,
      })
    ).rejects.toMatchObject({
      name: "CancelledError",
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("writeAtomically", () => {
  it("does not put a file in place when the run was cancelled while writing", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const target = join(dir, "keep.csv");
      writeFileSync(target, "old");
      const signal = { aborted: false };
      const write = async (path: string): Promise<void> => {
        writeFileSync(path, "new");
        signal.aborted = true;
      };
      await expect(writeAtomically(target, write, signal)).rejects.toMatchObject({
        name: "CancelledError",
      });
      expect(readdirSync(dir)).toEqual(["keep.csv"]);
      expect(readFileSync(target, "utf8")).toBe("old");
    } finally {
      cleanup();
    }
  });

  it("keeps the previous file and removes the temporary one when writing fails", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const target = join(dir, "keep.csv");
      writeFileSync(target, "old");
      let temporary = "";
      const failing = async (path: string): Promise<void> => {
        temporary = path;
        writeFileSync(path, "half");
        throw new Error("disk full");
      };
      await expect(writeAtomically(target, failing)).rejects.toThrow("disk full");
      expect(temporary.startsWith(dir)).toBe(true);
      expect(existsSync(temporary)).toBe(false);
      expect(readFileSync(target, "utf8")).toBe("old");
    } finally {
      cleanup();
    }
  });
});
