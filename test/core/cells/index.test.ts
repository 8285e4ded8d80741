import * as cells from "../../../src/core/cells";

describe("cells index", () => {
  it("re-exports the public readers", () => {
    expect(cells.parseAmount("¥1,234.50", false)).toBe(1234.5);
    expect(cells.readDate("2024-01-05", { system: 1900, order: "ymd" })).toBe(19727);
    expect(cells.readDate("5/1/2024", { system: 1900, order: "ymd" })).toBe(cells.AMBIGUOUS_DATE);
    expect(cells.looksLikeDateText("2024年1月5日")).toBe(true);
    expect(cells.isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(cells.cellText(1001)).toBe("1001");
    expect(cells.isBlank(" ")).toBe(true);
    expect(cells.excelError("#N/A")).toBe("#N/A");
    expect(cells.dayToIso(cells.serialToDay(45296, 1900))).toBe("2024-01-05");
    expect(cells.dayToSerial(cells.isoToDay("2024-01-05"), 1904)).toBe(43834);
    expect(cells.dayFromYmd(1970, 1, 2)).toBe(1);
    expect(cells.toHalfWidth("１")).toBe("1");
  });
});
