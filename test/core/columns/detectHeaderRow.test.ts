import { detectHeaderRow } from "../../../src/core/columns/detectHeaderRow";
import type { CellValue } from "../../../src/core/types";

const DATA: CellValue[][] = [
  ["C001", "2024-01-05", 120.5],
  ["C002", "2024-01-06", 88],
  ["C001", "2024-02-01", 35.2],
];

describe("detectHeaderRow", () => {
  it("finds a header on the first row", () => {
    expect(detectHeaderRow([["客户", "日期", "金额"], ...DATA])).toBe(0);
    expect(detectHeaderRow([["Customer ID", "Order Date", "Amount"], ...DATA])).toBe(0);
  });

  it("finds the header under two title rows", () => {
    const values: CellValue[][] = [
      ["2024年客户订单明细"],
      ["导出人：张三", null, null],
      ["客户", "日期", "金额"],
      ...DATA,
    ];
    expect(detectHeaderRow(values)).toBe(2);
  });

  it("skips a blank row and a one-cell title before the header", () => {
    expect(
      detectHeaderRow([[], ["Sales report"], [null, "customer", "date", "amount"], ...DATA])
    ).toBe(2);
  });

  it("takes the row naming the most roles", () => {
    const values: CellValue[][] = [["客户订单", "金额单位：元"], ["客户", "日期", "金额"], ...DATA];
    expect(detectHeaderRow(values)).toBe(1);
  });

  it("is null when the first row is already data", () => {
    expect(detectHeaderRow(DATA)).toBeNull();
    expect(
      detectHeaderRow([
        [4, 1, 19970101, 2, 29.33],
        [4, 1, 19970118, 2, 29.73],
      ])
    ).toBeNull();
  });

  it("without synonyms, takes a text row over numbers or dates", () => {
    const values: CellValue[][] = [
      ["foo", "bar", "baz"],
      ["x", 1, "2024-01-01"],
      ["y", 2, "2024-01-02"],
    ];
    expect(detectHeaderRow(values)).toBe(0);
  });

  it("is null for a table of text only, where nothing tells a header from data", () => {
    const values: CellValue[][] = [
      ["alpha", "north"],
      ["beta", "south"],
      ["gamma", "east"],
    ];
    expect(detectHeaderRow(values)).toBeNull();
  });

  it("does not count numbers, dates or money text as header text", () => {
    const values: CellValue[][] = [
      ["客户", "2024-01-05", "¥1,234.50"],
      ["C1", "2024-01-06", "¥12"],
    ];
    expect(detectHeaderRow(values)).toBeNull();
  });

  it("looks only at the first maxScan rows", () => {
    const filler: CellValue[][] = Array.from({ length: 11 }, () => [null, null, null]);
    const values = [...filler, ["客户", "日期", "金额"], ...DATA];
    expect(detectHeaderRow(values)).toBeNull();
    expect(detectHeaderRow(values, 12)).toBe(11);
  });

  it("accepts a one-column table's header", () => {
    expect(detectHeaderRow([["客户"], ["C1"], ["C2"]])).toBe(0);
  });

  it("is null for no rows", () => {
    expect(detectHeaderRow([])).toBeNull();
  });
});
