import { cellBytes, jsonStringBytes, rowBytes } from "../../src/excel/payloadSize";

const utf8 = (v: unknown): number => new TextEncoder().encode(JSON.stringify(v)).length;

describe("payload sizes", () => {
  it.each(["", "abc", "客户名称", 'quote " and \\ slash', "emoji 😀", "tab\there", "é"])(
    "measures %j as its UTF-8 JSON length",
    (s) => expect(jsonStringBytes(s)).toBe(utf8(s))
  );

  it("measures a row as its JSON, commas and brackets included (one spare comma)", () => {
    const row = ["张三", 12.5, true, "", 3];
    expect(rowBytes(row)).toBe(utf8(row) + 1);
    expect(cellBytes(Number.NaN)).toBe(5);
  });
});
