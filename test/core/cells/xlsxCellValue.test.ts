import { xlsxCellValue } from "../../../src/core/cells/xlsxCellValue";

const day = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe("xlsxCellValue", () => {
  it("flattens every exceljs value kind", () => {
    expect(xlsxCellValue(undefined)).toBeNull();
    expect(xlsxCellValue(null)).toBeNull();
    expect(xlsxCellValue(3.5)).toBe(3.5);
    expect(xlsxCellValue("x")).toBe("x");
    expect(xlsxCellValue(false)).toBe(false);
    expect(xlsxCellValue(day(2024, 2, 29))).toEqual(day(2024, 2, 29));
    expect(xlsxCellValue({ error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(xlsxCellValue({ richText: [{ text: "a" }, { text: "b" }] })).toBe("ab");
    expect(xlsxCellValue({ formula: "A1", result: day(2024, 1, 1) })).toEqual(day(2024, 1, 1));
    expect(xlsxCellValue({ sharedFormula: "A1", result: "t" })).toBe("t");
    expect(xlsxCellValue({ formula: "A1" })).toBeNull();
    expect(xlsxCellValue({ text: { richText: [{ text: "link" }] }, hyperlink: "x" })).toBe("link");
  });
});
