import { cellBytes, jsonStringBytes, rowBytes } from "../../src/excel/payloadSize";

/** JSON with every non-ASCII character escaped: the largest form a host may send. */
const wire = (v: unknown): number =>
  JSON.stringify(v).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  ).length;

describe("payload sizes", () => {
  it.each(["", "abc", "客户名称", 'quote " and \\ slash', "emoji 😀", "tab\there", "é"])(
    "measures %j as its escaped JSON length",
    (s) => expect(jsonStringBytes(s)).toBe(wire(s))
  );

  it("measures a row as its JSON, commas and brackets included (one spare comma)", () => {
    const row = ["张三", 12.5, true, "", 3];
    expect(rowBytes(row)).toBe(wire(row) + 1);
    expect(cellBytes(Number.NaN)).toBe(5);
  });
});
