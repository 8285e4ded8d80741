import { isDateFormat } from "../../../src/core/cells/dateFormat";
import { isDateFormat as fromParseDate } from "../../../src/core/cells/parseDate";

describe("isDateFormat", () => {
  it.each([
    "yyyy-mm-dd",
    "YYYY-MM-DD",
    "m/d/yyyy",
    "d/m/yyyy",
    "yyyy/m/d",
    'yyyy"年"m"月"d"日"',
    "yyyy\\年m\\月d\\日",
    "[$-409]mmmm d, yyyy",
    "[$-F800]dddd, mmmm dd, yyyy",
    '[DBNum1][$-804]yyyy"年"m"月"d"日"',
    "dd/mm/yy h:mm",
    "m/d/yyyy h:mm AM/PM",
    "d-mmm-yy",
    "mmm-yy",
    "mmmm",
    "mm/yyyy",
    "[Red]yyyy-mm-dd",
    "yyyy-mm-dd;@",
  ])("is true for %p", (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    "General",
    "0.00",
    "#,##0",
    "#,##0.00_);(#,##0.00)",
    "[h]:mm:ss",
    "h:mm",
    "h:mm AM/PM",
    "mm:ss",
    "mm:ss.0",
    "0%",
    '"¥"#,##0.00',
    "[$¥-804]#,##0.00",
    '#,##0 "days"',
    '0 "yd"',
    "0\\d",
    "@",
    "0.00E+00",
    "# ?/?",
    "",
  ])("is false for %p", (format) => {
    expect(isDateFormat(format)).toBe(false);
  });

  it("is false when there is no format", () => {
    expect(isDateFormat(null)).toBe(false);
    expect(isDateFormat(undefined)).toBe(false);
  });

  it("gives the same answer when asked again (cached)", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("0.00")).toBe(false);
    expect(isDateFormat("0.00")).toBe(false);
  });

  it("stays correct after the cache fills up", () => {
    for (let i = 0; i < 1200; i++)
      expect(isDateFormat(`0.${"0".repeat(i % 30)}"x${i}"`)).toBe(false);
    expect(isDateFormat("d/m/yyyy")).toBe(true);
  });

  it("is re-exported from parseDate", () => {
    expect(fromParseDate("m/d/yyyy")).toBe(true);
    expect(fromParseDate("General")).toBe(false);
  });
});
