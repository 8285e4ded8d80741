// The data's currency, read from the amount column's formats or text (so money columns can show it).
import { currencyOf } from "../../../src/core/cells/currency";
import { segment } from "../../../src/core";

const column = (cells: (string | number)[]): (string | number)[][] => cells.map((c) => [c]);

describe("currencyOf", () => {
  test.each([
    ["¥#,##0.00", { symbol: "¥", before: true }],
    ['"¥"#,##0.00;-"¥"#,##0.00', { symbol: "¥", before: true }],
    ["[$€-407] #,##0.00", { symbol: "€", before: true }],
    ['#,##0.00"元"', { symbol: "元", before: false }],
    ["\\$#,##0", { symbol: "$", before: true }],
    ["#,##0.00", null],
    ["General", null],
  ])("number format %s", (format, expected) => {
    const values = column([12, 30, 45]);
    const formats = values.map(() => [format]);
    expect(currencyOf(values, formats, 0, 0)).toEqual(expected);
  });

  test("text amounts: the sign before or after, full-width ￥ read as ¥", () => {
    expect(currencyOf(column(["￥1,200", "￥30.50", "-￥5"]), undefined, 0, 0)).toEqual({
      symbol: "¥",
      before: true,
    });
    expect(currencyOf(column(["1 234,50 €", "12 €"]), undefined, 0, 0)).toEqual({
      symbol: "€",
      before: false,
    });
  });

  test("most rows decide; plain numbers win a tie against nothing; no column, none", () => {
    expect(currencyOf(column(["$12", 30, 45]), undefined, 0, 0)).toBeNull();
    expect(currencyOf(column(["$12", "$30", 45]), undefined, 0, 0)).toEqual({
      symbol: "$",
      before: true,
    });
    expect(currencyOf(column(["$12"]), undefined, undefined, 0)).toBeNull();
  });

  test("the header row is not data", () => {
    expect(currencyOf(column(["金额 ¥", 3, 4]), undefined, 0, 1)).toBeNull();
  });

  test("segment() reports the currency of the amount column", () => {
    const values = [
      ["客户", "日期", "金额"],
      ["张三", "2024-01-02", "¥1,200.00"],
      ["李四", "2024-02-03", "¥300.00"],
      ["张三", "2024-03-04", "¥80.00"],
    ];
    expect(segment({ values }, { asOf: "2024-04-01" }).currency).toEqual({
      symbol: "¥",
      before: true,
    });
    const plain = values.map((r, i) =>
      i === 0 ? r : [r[0], r[1], Number(r[2].replace(/[¥,]/g, ""))]
    );
    expect(segment({ values: plain }, { asOf: "2024-04-01" }).currency).toBeNull();
  });
});
