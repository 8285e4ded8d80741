import { dayFromYmd } from "../../../src/core/cells/dayNumber";
import {
  AMBIGUOUS_DATE,
  type DateReadOptions,
  looksLikeDateText,
  readDate,
} from "../../../src/core/cells/parseDate";

const YMD: DateReadOptions = { system: 1900, order: "ymd" };
const DMY: DateReadOptions = { system: 1900, order: "dmy" };
const MDY: DateReadOptions = { system: 1900, order: "mdy" };
const MAC: DateReadOptions = { system: 1904, order: "ymd" };
const JAN_5_2024 = 19727;

describe("readDate: numbers", () => {
  it("reads Excel serials in the workbook's date system", () => {
    expect(readDate(45296, YMD)).toBe(JAN_5_2024);
    expect(readDate(45296.75, YMD)).toBe(JAN_5_2024);
    expect(readDate(43834, MAC)).toBe(JAN_5_2024);
    expect(readDate(61, YMD)).toBe(dayFromYmd(1900, 3, 1));
  });

  it("rejects serials Excel cannot show as a date", () => {
    expect(readDate(60, YMD)).toBeNaN();
    expect(readDate(0, YMD)).toBeNaN();
    expect(readDate(-5, YMD)).toBeNaN();
    expect(readDate(2958466, YMD)).toBeNaN();
    expect(readDate(NaN, YMD)).toBeNaN();
    expect(readDate(Infinity, YMD)).toBeNaN();
  });

  it("reads eight-digit yyyymmdd integers (CDNOW data)", () => {
    expect(readDate(19970101, YMD)).toBe(dayFromYmd(1997, 1, 1));
    expect(readDate(19980630, MAC)).toBe(dayFromYmd(1998, 6, 30));
    expect(readDate(20240105, YMD)).toBe(JAN_5_2024);
    expect(readDate(99991231, YMD)).toBe(dayFromYmd(9999, 12, 31));
  });

  it("rejects yyyymmdd integers that are no calendar date", () => {
    expect(readDate(19970230, YMD)).toBeNaN();
    expect(readDate(19971301, YMD)).toBeNaN();
    expect(readDate(20240100, YMD)).toBeNaN();
    expect(readDate(18991231, YMD)).toBeNaN();
    expect(readDate(19970101.5, YMD)).toBeNaN();
    expect(readDate(100000000, YMD)).toBeNaN();
  });

  it("keeps serials below the largest serial as serials", () => {
    expect(readDate(2958465, YMD)).toBe(dayFromYmd(9999, 12, 31));
    expect(readDate(1000000, YMD)).toBe(1000000 - 25569);
  });
});

describe("readDate: Date objects", () => {
  it("takes the UTC calendar day and drops the time", () => {
    expect(readDate(new Date(Date.UTC(2024, 0, 5)), YMD)).toBe(JAN_5_2024);
    expect(readDate(new Date(Date.UTC(2024, 0, 5, 23, 59, 59, 999)), YMD)).toBe(JAN_5_2024);
    expect(readDate(new Date(Date.UTC(2024, 0, 5)), MAC)).toBe(JAN_5_2024);
  });

  it("rejects invalid dates and years outside 1900..9999", () => {
    expect(readDate(new Date(NaN), YMD)).toBeNaN();
    expect(readDate(new Date(Date.UTC(1899, 11, 31)), YMD)).toBeNaN();
  });
});

describe("readDate: year-first text", () => {
  it.each([
    "2024-01-05",
    "2024-1-5",
    "2024/1/5",
    "2024/01/05",
    "2024.1.5",
    "2024-01-05 10:30",
    "2024-01-05 10:30:15",
    "2024-01-05 00:00:00.000",
    "2024/1/5 9:05",
    "2024/1/5 9:05 PM",
    "2024-01-05T10:30:00",
    "2024-01-05T10:30:00Z",
    "2024-01-05T23:30:00-08:00",
    "2024-01-05T00:30:00+08:00",
    "2024-01-05T10:30:00.123+0800",
    "  2024-01-05  ",
    "20240105",
    "2024年1月5日",
    "2024年01月05日",
    "2024 年 1 月 5 日",
    "2024年1月5日 10:30",
    "2024年1月5日10:30:15",
    "２０２４年１月５日",
    "２０２４－０１－０５",
  ])("reads %p as 2024-01-05 whatever the order option", (text) => {
    expect(readDate(text, YMD)).toBe(JAN_5_2024);
    expect(readDate(text, DMY)).toBe(JAN_5_2024);
    expect(readDate(text, MDY)).toBe(JAN_5_2024);
  });

  it("rejects calendar dates that do not exist", () => {
    for (const text of [
      "2023-02-29",
      "2024-02-30",
      "2024-13-01",
      "2024-00-10",
      "2024/4/31",
      "2023年2月29日",
      "20230229",
      "1899-12-31",
    ]) {
      expect(readDate(text, YMD)).toBeNaN();
    }
  });

  it("accepts leap days", () => {
    expect(readDate("2024-02-29", YMD)).toBe(dayFromYmd(2024, 2, 29));
    expect(readDate("2000/2/29", YMD)).toBe(dayFromYmd(2000, 2, 29));
  });
});

describe("readDate: day/month text", () => {
  it("reads d/m/yyyy with day-first order", () => {
    expect(readDate("5/1/2024", DMY)).toBe(JAN_5_2024);
    expect(readDate("05/01/2024", DMY)).toBe(JAN_5_2024);
    expect(readDate("5.1.2024", DMY)).toBe(JAN_5_2024);
    expect(readDate("05-01-2024", DMY)).toBe(JAN_5_2024);
    expect(readDate("25/1/2024", DMY)).toBe(dayFromYmd(2024, 1, 25));
    expect(readDate("5/1/2024 10:30", DMY)).toBe(JAN_5_2024);
  });

  it("reads m/d/yyyy with month-first order", () => {
    expect(readDate("5/1/2024", MDY)).toBe(dayFromYmd(2024, 5, 1));
    expect(readDate("1/5/2024", MDY)).toBe(JAN_5_2024);
    expect(readDate("1/25/2024 3:15 PM", MDY)).toBe(dayFromYmd(2024, 1, 25));
  });

  it("follows the order even when a part above 12 says otherwise", () => {
    expect(readDate("25/1/2024", MDY)).toBeNaN();
    expect(readDate("1/25/2024", DMY)).toBeNaN();
    expect(readDate("31/4/2024", DMY)).toBeNaN();
  });

  it("never guesses with year-first order", () => {
    expect(readDate("5/1/2024", YMD)).toBe(AMBIGUOUS_DATE);
    expect(readDate("25/1/2024", YMD)).toBe(AMBIGUOUS_DATE);
    expect(readDate("1/25/2024", YMD)).toBe(AMBIGUOUS_DATE);
    expect(readDate("5.1.2024", YMD)).toBe(AMBIGUOUS_DATE);
  });

  it("reports a date valid in neither order as not a date", () => {
    expect(readDate("40/40/2024", YMD)).toBeNaN();
    expect(readDate("13/13/2024", YMD)).toBeNaN();
  });

  it("keeps AMBIGUOUS_DATE apart from every real day number", () => {
    expect(AMBIGUOUS_DATE).toBeLessThan(dayFromYmd(1900, 1, 1));
  });
});

describe("readDate: other cells and junk", () => {
  it("rejects blanks, booleans and non-date text", () => {
    for (const v of [
      null,
      undefined,
      "",
      "   ",
      true,
      false,
      "#N/A",
      "abc",
      "2024",
      "2024-01",
      "1/5",
      "5/1/24",
      "45296",
      "2024-01-05x",
      "2024-01/05",
      "2024-01-05 garbage",
      "2024年1月5",
      "1234567",
      "123456789",
      "2024-01-05 10",
      "2024--01-05",
    ]) {
      expect(readDate(v, YMD)).toBeNaN();
    }
  });
});

describe("looksLikeDateText", () => {
  it("is true for every accepted text form, in any day/month order", () => {
    for (const text of [
      "2024-01-05",
      "2024/1/5",
      "2024.1.5",
      "2024-01-05 10:30",
      "2024-01-05T10:30:00Z",
      "2024年1月5日",
      "2024年1月5日 10:30",
      "20240105",
      "5/1/2024",
      "25/1/2024",
      "1/25/2024",
      "05.01.2024",
    ]) {
      expect(looksLikeDateText(text)).toBe(true);
    }
  });

  it("looks at the form, not the calendar, except for eight digits", () => {
    expect(looksLikeDateText("2024-13-45")).toBe(true);
    expect(looksLikeDateText("20241345")).toBe(false);
    expect(looksLikeDateText("12345678")).toBe(false);
  });

  it("is false for ids, amounts and words", () => {
    for (const text of [
      "",
      "C001",
      "1001",
      "1,234.50",
      "¥12",
      "2024",
      "45296",
      "abc",
      "1/5",
      "12:30",
      "5/1/24",
    ]) {
      expect(looksLikeDateText(text)).toBe(false);
    }
  });
});
