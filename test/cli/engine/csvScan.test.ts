// The byte scanner that counts a large CSV's records for DuckDB (csvScan) must count them as the
// core counts them in the text (countRecords after normalizeLineEndings), whatever the chunks
// the file arrives in: a chunk may end inside quotes, between CR and LF, or inside a character.
import fc from "fast-check";
import { CsvScanner, type CsvShape } from "../../../src/cli/engine/csvScan";
import { countCsvRecords, normalizeLineEndings } from "../../../src/core/text/lineEndings";

/** The shape read from the text itself, record by record, as countRecords reads quotes. */
function textShape(text: string, delimiter: string): CsvShape {
  const records: { text: string; fields: number }[] = [];
  let quotedBreak = false;
  let quotedCr = false;
  let quoted = false;
  let fieldStart = true;
  let closed = false;
  let blank = true;
  let textAfterQuote: CsvShape["textAfterQuote"] = null;
  let quoteAfterSpace: CsvShape["quoteAfterSpace"] = null;
  let record = { text: "", fields: 1 };
  const at = () => ({ record: records.length, field: record.fields - 1 });
  for (let i = 0; i < text.length; i++) {
    let ch = text[i];
    // CRLF and a lone CR are one line break, as normalizeLineEndings makes them.
    if (ch === "\r") {
      if (quoted) quotedCr = true;
      if (text[i + 1] === "\n") i++;
      ch = "\n";
    }
    if (quoted) {
      record.text += ch;
      if (ch === "\n") quotedBreak = true;
      if (ch !== '"') continue;
      if (text[i + 1] === '"') record.text += text[++i];
      else [quoted, closed] = [false, true];
      continue;
    }
    if (closed && ch !== delimiter && ch !== "\n" && ch !== " " && ch !== "\t") {
      textAfterQuote ??= at();
      closed = false;
    }
    if (ch === "\n") {
      records.push(record);
      record = { text: "", fields: 1 };
      [fieldStart, blank, closed] = [true, true, false];
      continue;
    }
    record.text += ch;
    if (ch === delimiter) {
      record.fields++;
      [fieldStart, blank, closed] = [true, true, false];
    } else {
      if (ch === '"' && fieldStart) quoted = true;
      else if (ch === '"' && blank) quoteAfterSpace ??= at();
      blank = blank && (ch === " " || ch === "\t");
      fieldStart = false;
    }
  }
  if (record.text !== "") records.push(record);
  // Final line breaks are not records.
  while (records.length > 0 && records[records.length - 1].text === "") records.pop();
  const empty = records.flatMap((r, i) => (r.text === "" ? [i] : []));
  const maxFields = Math.max(1, ...records.filter((r) => r.text !== "").map((r) => r.fields));
  return {
    records: records.length,
    empty,
    maxFields,
    quotedBreak,
    quotedCr,
    textAfterQuote,
    quoteAfterSpace,
  };
}

function scan(bytes: Uint8Array, cuts: number[], delimiter: string): CsvShape {
  const scanner = new CsvScanner(delimiter);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(from, cut));
    from = cut;
  }
  scanner.push(bytes.subarray(from));
  return scanner.finish();
}

const PIECES = ["a", "12", ",", ";", '"', '""', "\n", "\r", "\r\n", " ", "\t", "中文", "é"];
const csvText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(""));

describe("CsvScanner", () => {
  it("counts records, empty lines, fields and quoted breaks as the text is read, in any chunks", () => {
    fc.assert(
      fc.property(
        csvText,
        fc.constantFrom(",", ";"),
        fc.array(fc.nat(), { maxLength: 8 }),
        (text, delimiter, rawCuts) => {
          const bytes = Buffer.from(text, "utf8");
          const cuts = rawCuts.map((c) => c % (bytes.length + 1));
          const shape = scan(bytes, cuts, delimiter);
          expect(shape).toEqual(textShape(text, delimiter));
          // countCsvRecords is the core path's count (readCsv drops the final line breaks first).
          const core = countCsvRecords(normalizeLineEndings(text).replace(/\n+$/, ""), delimiter);
          expect(shape.records).toBe(core.records);
          expect(shape.textAfterQuote).toEqual(core.textAfterQuote);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it("reads quotes across chunks: a closing quote, an escaped quote, CR and LF apart", () => {
    const bytes = Buffer.from('a,"x""\r\ny",1\r\n\r\n"q"\r\nlast');
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(scan(bytes, [cut], ",")).toEqual({
        records: 4,
        empty: [1],
        maxFields: 3,
        quotedBreak: true,
        quotedCr: true,
        textAfterQuote: null,
        quoteAfterSpace: null,
      });
    }
  });

  it("finds text after a closing quote and a quote after spaces, in any chunks", () => {
    // "Best" Shop: DuckDB's lenient reader read "Best Sho"; papaparse swallowed the next rows.
    const bytes = Buffer.from('c,d\r\nx,"Best" Shop\n"q" ,1\ny, "a,b"\n');
    for (let cut = 0; cut <= bytes.length; cut++) {
      const shape = scan(bytes, [cut], ",");
      expect(shape.textAfterQuote).toEqual({ record: 1, field: 1 });
      expect(shape.quoteAfterSpace).toEqual({ record: 3, field: 1 });
      expect(shape.quotedCr).toBe(false);
    }
  });
});
