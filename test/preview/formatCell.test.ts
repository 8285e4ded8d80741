// Shown text of cells by number format, as Excel would display them in a wide enough column.
import { dateToSerial, formatCell, formatGeneralNumber } from "../../src/preview/format/formatCell";

describe("General", () => {
  test.each([
    [0, "0"],
    [42, "42"],
    [-7, "-7"],
    [0.1 + 0.2, "0.3"],
    [1234.5678, "1234.5678"],
    [1 / 3, "0.333333333"],
    [123456789012, "1.23457E+11"],
    [0.0000000001234, "1.234E-10"],
  ])("%p shows as %p", (value, shown) => {
    expect(formatGeneralNumber(value)).toBe(shown);
    expect(formatCell(value, "General")).toBe(shown);
  });

  test("text, booleans and blanks", () => {
    expect(formatCell("陆宇佳", "General")).toBe("陆宇佳");
    expect(formatCell("001", "0.00")).toBe("001");
    expect(formatCell(true, "General")).toBe("TRUE");
    expect(formatCell(null, "0%")).toBe("");
    expect(formatCell("", "General")).toBe("");
  });
});

describe("number formats the add-in writes", () => {
  test.each([
    [3.6, "0", "4"],
    [2.5, "0", "3"],
    [0.1234, "0.0%", "12.3%"],
    [0.5, "0%", "50%"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [-1234.5, "#,##0.00", "-1,234.50"],
    [999.5, "#,##0", "1,000"],
    [0, "#,##0", "0"],
    [0.25, "0.00", "0.25"],
  ])("%p with %p shows %p", (value, format, shown) => {
    expect(formatCell(value, format)).toBe(shown);
  });

  test("literals: currency, quoted text, padding, negative sections", () => {
    expect(formatCell(332.5, "¥#,##0.00")).toBe("¥332.50");
    expect(formatCell(1500, "[$¥-804]#,##0")).toBe("¥1,500");
    expect(formatCell(12, '0" 单"')).toBe("12 单");
    expect(formatCell(1234, "#,##0_);(#,##0)")).toBe("1,234 ");
    expect(formatCell(-1234, "#,##0_);(#,##0)")).toBe("(1,234)");
  });
});

describe("dates from serials", () => {
  const jan4 = dateToSerial(new Date(Date.UTC(2024, 0, 4)));

  test("serials count days from 1899-12-30", () => {
    expect(jan4).toBe(45295);
  });

  test.each([
    ["yyyy-mm-dd", "2024-01-04"],
    ["m/d/yyyy", "1/4/2024"],
    ["yyyy年m月d日", "2024年1月4日"],
    ["[$-804]yyyy/mm/dd", "2024/01/04"],
    ["dd.mm.yy", "04.01.24"],
  ])("with %p", (format, shown) => {
    expect(formatCell(jan4, format)).toBe(shown);
  });

  test("mm after an hour is minutes", () => {
    expect(formatCell(jan4 + 0.5 + 5 / 1440, "yyyy-mm-dd hh:mm")).toBe("2024-01-04 12:05");
  });
});
