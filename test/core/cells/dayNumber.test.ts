import fc from "fast-check";
import {
  dayFromYmd,
  dayToIso,
  dayToSerial,
  isoToDay,
  MAX_DAY,
  MIN_DAY,
  serialToDay,
} from "../../../src/core/cells/dayNumber";

// Independent oracle: the platform's own UTC calendar.
const utcDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000;

describe("dayFromYmd", () => {
  it("gives days since 1970-01-01", () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(1969, 12, 31)).toBe(-1);
    expect(dayFromYmd(2024, 1, 5)).toBe(19727);
    expect(dayFromYmd(1900, 1, 1)).toBe(-25567);
    expect(dayFromYmd(9999, 12, 31)).toBe(2932896);
    expect(dayFromYmd(2000, 2, 29)).toBe(11016);
    expect(dayFromYmd(1997, 9, 30)).toBe(10134);
  });

  it("rejects dates that do not exist", () => {
    expect(dayFromYmd(2023, 2, 29)).toBeNaN();
    expect(dayFromYmd(1900, 2, 29)).toBeNaN(); // 1900 is not a leap year (divisible by 100)
    expect(dayFromYmd(2100, 2, 29)).toBeNaN();
    expect(dayFromYmd(2024, 2, 30)).toBeNaN();
    expect(dayFromYmd(2024, 4, 31)).toBeNaN();
    expect(dayFromYmd(2024, 13, 1)).toBeNaN();
    expect(dayFromYmd(2024, 0, 1)).toBeNaN();
    expect(dayFromYmd(2024, 1, 0)).toBeNaN();
    expect(dayFromYmd(2024, 1, 32)).toBeNaN();
    expect(dayFromYmd(2024, 1.5, 1)).toBeNaN();
    expect(dayFromYmd(NaN, 1, 1)).toBeNaN();
  });

  it("accepts leap days of leap years, including 2000 (divisible by 400)", () => {
    expect(dayFromYmd(2024, 2, 29)).toBe(19782);
    expect(dayFromYmd(2000, 2, 29)).toBe(dayFromYmd(2000, 3, 1) - 1);
  });

  it("rejects years outside 1900..9999", () => {
    expect(dayFromYmd(1899, 12, 31)).toBeNaN();
    expect(dayFromYmd(10000, 1, 1)).toBeNaN();
  });

  it("agrees with the UTC calendar on random dates", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (y, m, d) => {
          expect(dayFromYmd(y, m, d)).toBe(utcDay(y, m, d));
        }
      )
    );
  });
});

describe("dayToIso and isoToDay", () => {
  it("formats day numbers as YYYY-MM-DD", () => {
    expect(dayToIso(0)).toBe("1970-01-01");
    expect(dayToIso(19727)).toBe("2024-01-05");
    expect(dayToIso(-25567)).toBe("1900-01-01");
    expect(dayToIso(2932896)).toBe("9999-12-31");
    expect(dayToIso(11016)).toBe("2000-02-29");
    expect(dayToIso(-1)).toBe("1969-12-31");
  });

  it("gives an empty string for a non-finite day", () => {
    expect(dayToIso(NaN)).toBe("");
    expect(dayToIso(Infinity)).toBe("");
  });

  it("parses strict YYYY-MM-DD only", () => {
    expect(isoToDay("2024-01-05")).toBe(19727);
    expect(isoToDay("1970-01-01")).toBe(0);
    expect(isoToDay("2024-1-5")).toBeNaN();
    expect(isoToDay("2024/01/05")).toBeNaN();
    expect(isoToDay(" 2024-01-05")).toBeNaN();
    expect(isoToDay("2024-01-05T00:00")).toBeNaN();
    expect(isoToDay("2023-02-29")).toBeNaN();
    expect(isoToDay("")).toBeNaN();
  });

  it("round-trips every day in range", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (day) => {
        expect(isoToDay(dayToIso(day))).toBe(day);
        expect(dayToIso(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
      })
    );
  });
});

describe("serialToDay, 1900 system", () => {
  it("maps known serials", () => {
    expect(serialToDay(45296, 1900)).toBe(19727); // 2024-01-05
    expect(serialToDay(25569, 1900)).toBe(0); // 1970-01-01
    expect(serialToDay(35431, 1900)).toBe(dayFromYmd(1997, 1, 1));
    expect(serialToDay(36585, 1900)).toBe(dayFromYmd(2000, 2, 29));
    expect(serialToDay(2958465, 1900)).toBe(dayFromYmd(9999, 12, 31));
  });

  it("handles Excel's fake 1900-02-29 (serial 60)", () => {
    expect(serialToDay(1, 1900)).toBe(dayFromYmd(1900, 1, 1));
    expect(serialToDay(59, 1900)).toBe(dayFromYmd(1900, 2, 28));
    expect(serialToDay(60, 1900)).toBeNaN();
    expect(serialToDay(60.5, 1900)).toBeNaN();
    expect(serialToDay(61, 1900)).toBe(dayFromYmd(1900, 3, 1));
  });

  it("drops the time of day", () => {
    expect(serialToDay(45296.999, 1900)).toBe(19727);
    expect(serialToDay(45296.5, 1900)).toBe(19727);
  });

  it("rejects serials outside the date range", () => {
    expect(serialToDay(0, 1900)).toBeNaN();
    expect(serialToDay(0.5, 1900)).toBeNaN(); // a time of day alone
    expect(serialToDay(-1, 1900)).toBeNaN();
    expect(serialToDay(2958466, 1900)).toBeNaN();
    expect(serialToDay(NaN, 1900)).toBeNaN();
    expect(serialToDay(Infinity, 1900)).toBeNaN();
  });
});

describe("serialToDay, 1904 system", () => {
  it("maps known serials", () => {
    expect(serialToDay(0, 1904)).toBe(dayFromYmd(1904, 1, 1));
    expect(serialToDay(1, 1904)).toBe(dayFromYmd(1904, 1, 2));
    expect(serialToDay(43834, 1904)).toBe(19727); // 2024-01-05
    expect(serialToDay(43834.75, 1904)).toBe(19727);
    expect(serialToDay(24107, 1904)).toBe(0); // 1970-01-01
  });

  it("rejects serials outside the date range", () => {
    expect(serialToDay(-1, 1904)).toBeNaN();
    expect(serialToDay(-0.5, 1904)).toBeNaN();
    expect(serialToDay(2957003, 1904)).toBe(dayFromYmd(9999, 12, 31));
    expect(serialToDay(2957004, 1904)).toBeNaN();
    expect(serialToDay(2958466, 1904)).toBeNaN();
  });

  it("differs from the 1900 system by 1462 days", () => {
    expect(serialToDay(45296 - 1462, 1904)).toBe(serialToDay(45296, 1900));
  });
});

describe("dayToSerial", () => {
  it("inverts known serials in both systems", () => {
    expect(dayToSerial(19727, 1900)).toBe(45296);
    expect(dayToSerial(19727, 1904)).toBe(43834);
    expect(dayToSerial(dayFromYmd(1900, 1, 1), 1900)).toBe(1);
    expect(dayToSerial(dayFromYmd(1900, 2, 28), 1900)).toBe(59);
    expect(dayToSerial(dayFromYmd(1900, 3, 1), 1900)).toBe(61);
    expect(dayToSerial(dayFromYmd(1904, 1, 1), 1904)).toBe(0);
  });

  it("gives NaN outside the range of the system", () => {
    expect(dayToSerial(MIN_DAY - 1, 1900)).toBeNaN();
    expect(dayToSerial(dayFromYmd(1903, 12, 31), 1904)).toBeNaN();
    expect(dayToSerial(MAX_DAY + 1, 1900)).toBeNaN();
    expect(dayToSerial(MAX_DAY + 1, 1904)).toBeNaN();
    expect(dayToSerial(NaN, 1900)).toBeNaN();
  });

  it("round-trips with serialToDay in the 1900 system (except serial 60)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        fc.pre(serial !== 60);
        expect(dayToSerial(serialToDay(serial, 1900), 1900)).toBe(serial);
      })
    );
  });

  it("round-trips with serialToDay in the 1904 system", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2957003 }), (serial) => {
        expect(dayToSerial(serialToDay(serial, 1904), 1904)).toBe(serial);
      })
    );
    fc.assert(
      fc.property(fc.integer({ min: dayFromYmd(1904, 1, 1), max: MAX_DAY }), (day) => {
        expect(serialToDay(dayToSerial(day, 1904), 1904)).toBe(day);
      })
    );
  });

  it("round-trips every day from 1900-01-01 in the 1900 system", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (day) => {
        expect(serialToDay(dayToSerial(day, 1900), 1900)).toBe(day);
      })
    );
  });
});
