// Issue 14: a CSV mixing line endings lost rows without a word. Every physical record is a row.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { JsonReport } from "../../src/cli/jsonOutput";
import { parseCsv } from "../../src/cli/readCsv";
import { countRecords, normalizeLineEndings } from "../../src/core/text/lineEndings";
import { parseCsv as previewParseCsv } from "../../src/preview/load/parseCsv";
import { runCli, tempDir } from "./captureIo";

/** 30 orders: an Excel export (CRLF) with 15 rows appended by a script (LF). */
function mixedExport(): { text: string; total: number } {
  const lines = ["customer,date,amount"];
  let total = 0;
  for (let i = 0; i < 30; i++) {
    const amount = 100 + i * 10;
    total += amount;
    lines.push(`C${i % 7},2024-03-${String(1 + (i % 28)).padStart(2, "0")},${amount}`);
  }
  const crlf = lines.slice(0, 16).join("\r\n") + "\r\n";
  return { text: crlf + lines.slice(16).join("\n") + "\n", total };
}

describe("mixed line endings", () => {
  it("reads every record of CRLF lines followed by LF lines", () => {
    const table = parseCsv(mixedExport().text);
    expect(table.rows).toHaveLength(31);
    expect(table.records).toBe(31);
    expect(table.rows.every((r) => r.length === 3)).toBe(true);
  });

  it("reads LF lines followed by CRLF lines, and lone CR (old Mac) lines", () => {
    expect(parseCsv("a,b\n1,2\r\n3,4\r\n").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
    expect(parseCsv("a,b\r1,2\r\n3,4\n5,6\r").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
    ]);
  });

  it("keeps a line break inside a quoted cell as one LF", () => {
    const t = parseCsv('a,b\r\n"x\r\ny",2\n3,4\n');
    expect(t.rows).toEqual([
      ["a", "b"],
      ["x\ny", "2"],
      ["3", "4"],
    ]);
    expect(t.records).toBe(3);
  });

  it("the preview's loader reads the same rows", () => {
    expect(previewParseCsv(mixedExport().text)).toHaveLength(31);
    expect(previewParseCsv("a\r1\r\n2\n")).toEqual([["a"], ["1"], ["2"]]);
  });

  it("the CLI uses, rejects or counts blank every record: the whole value is there", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const { text, total } = mixedExport();
      const file = join(dir, "mixed.csv");
      writeFileSync(file, text);
      const out = await runCli(["segment", file, "--json"]);
      expect(out.code).toBe(0);
      const report = JSON.parse(out.stdout) as JsonReport;
      const c = report.summary.counts;
      expect(c.input).toBe(30);
      expect(c.used + c.rejected + c.blank).toBe(30);
      const value = report.customers.reduce((s, k) => s + (k.monetary ?? 0), 0);
      expect(value).toBeCloseTo(total, 6);
    } finally {
      cleanup();
    }
  });
});

describe("countRecords and normalizeLineEndings", () => {
  it("counts records outside quotes, with quotes only opening at a field's start", () => {
    expect(countRecords("", ",")).toBe(0);
    expect(countRecords("a", ",")).toBe(1);
    expect(countRecords("a\nb\n", ",")).toBe(2);
    expect(countRecords('a,"x\ny"\nb', ",")).toBe(2);
    expect(countRecords('5" screen,2\nb,3', ",")).toBe(2);
    expect(countRecords('"say ""hi""\n",1\n2', ",")).toBe(2);
    expect(countRecords('a;"x\ny"\nb', ";")).toBe(2);
  });

  it("turns CRLF and lone CR into LF and leaves LF text as it is", () => {
    expect(normalizeLineEndings("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
    const lf = "a\nb";
    expect(normalizeLineEndings(lf)).toBe(lf);
  });

  it("refuses a file whose records the parser cannot all read, rather than lose them", async () => {
    const { dir, cleanup } = tempDir();
    try {
      // papaparse runs a quoted field with text after its closing quote on to the end of the
      // file: the rows after it would vanish into one cell.
      const file = join(dir, "stray-quote.csv");
      writeFileSync(
        file,
        'customer,date,amount\nA,2024-01-01,"5"x\nB,2024-01-02,6\nC,2024-01-03,7\n'
      );
      const out = await runCli(["segment", file]);
      expect(out.code).toBe(2);
      // The cell is named (it once said only "4 records but only 2 could be read as rows").
      expect(out.stderr).toBe(
        `tiering: "${file}", row 2, column C: text follows the closing quote of a quoted cell (a quote inside one is written ""): check its quotes\n`
      );
    } finally {
      cleanup();
    }
  });
});
