import { parseCsv } from "../../src/cli/readCsv";

describe("parseCsv", () => {
  it("splits a comma file into text cells, numbers and dates untouched", () => {
    const t = parseCsv("客户,日期,金额\nA,2024-01-05,1234.50\nB,05/01/2024,007\n");
    expect(t.delimiter).toBe(",");
    expect(t.firstRowNumber).toBe(1);
    expect(t.rows).toEqual([
      ["客户", "日期", "金额"],
      ["A", "2024-01-05", "1234.50"],
      ["B", "05/01/2024", "007"],
    ]);
  });

  it("detects semicolons (European Excel) and tabs", () => {
    expect(parseCsv("a;b;c\n1;2,5;3\n").rows).toEqual([
      ["a", "b", "c"],
      ["1", "2,5", "3"],
    ]);
    expect(parseCsv("a;b\n1;2\n").delimiter).toBe(";");
    const tab = parseCsv("a\tb\n1,5\t2\n");
    expect(tab.delimiter).toBe("\t");
    expect(tab.rows[1]).toEqual(["1,5", "2"]);
  });

  it("keeps quoted commas, quotes and line breaks inside one cell (one Excel row)", () => {
    const t = parseCsv(
      'name,amount,note\n"Smith, John","¥1,234.50","line 1\nline 2"\n"He said ""hi""",5,x\n'
    );
    expect(t.rows).toEqual([
      ["name", "amount", "note"],
      ["Smith, John", "¥1,234.50", "line 1\nline 2"],
      ['He said "hi"', "5", "x"],
    ]);
  });

  it("reads CRLF line ends", () => {
    expect(parseCsv("a,b\r\n1,2\r\n").rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("keeps blank lines inside the table (row numbers stay right) and drops trailing ones", () => {
    const t = parseCsv("a,b\n1,2\n\n3,4\n\n\n");
    expect(t.rows).toEqual([["a", "b"], ["1", "2"], [""], ["3", "4"]]);
  });

  it("honours Excel's sep= line and does not count it as a row", () => {
    const t = parseCsv("sep=;\na;b\n1,5;2\n");
    expect(t.delimiter).toBe(";");
    expect(t.rows).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
    expect(t.firstRowNumber).toBe(1);
  });

  it("reads a one-column file", () => {
    expect(parseCsv("customer\nA\nB").rows).toEqual([["customer"], ["A"], ["B"]]);
  });
});
