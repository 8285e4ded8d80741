// Issue 14: a date far outside the data (9999-12-31, a 1900 serial, a year typed 2204) is a
// rejected row with its row, column and reason; it never sets the as-of date (method.md 1).
import fc from "fast-check";
import { dateWindow, dateWindowOfCounts } from "../../../src/core/ingest/dateWindow";
import { rejectedMessage } from "../../../src/core/i18n";
import { isoToDay } from "../../../src/core/cells";
import { segment } from "../../../src/core/segment";
import type { CellValue } from "../../../src/core/types";

const header: CellValue[] = ["Customer", "Order date", "Amount"];
// Twelve orders, one a month: the three far dates below are a fifth of the rows.
const year2024: CellValue[][] = Array.from({ length: 12 }, (_, m) => [
  "abcd"[m % 4],
  `2024-${String(m + 1).padStart(2, "0")}-15`,
  10 * (m + 1),
]);

describe("dateWindow", () => {
  it("reaches three interquartile ranges beyond the quartiles, at least the minimum years", () => {
    const days = Float64Array.from([0, 100, 200, 300, 400]); // Q1 100, Q3 300
    expect(dateWindow(days.slice(), 0.1)).toEqual({ low: 100 - 600, high: 300 + 600 });
    // 10 years are 3,652.5 days; the window keeps whole days inside it.
    expect(dateWindow(days.slice(), 10)).toEqual({ low: -3552, high: 3952 });
  });

  it("is open without dates and keeps both dates of a two-row table", () => {
    expect(dateWindow(new Float64Array(0), 10)).toEqual({ low: -Infinity, high: Infinity });
    const two = Float64Array.from([isoToDay("1990-01-01"), isoToDay("2024-01-01")]);
    const w = dateWindow(two.slice(), 10);
    expect(w.low).toBeLessThanOrEqual(two[0]);
    expect(w.high).toBeGreaterThanOrEqual(two[1]);
  });
});

describe("dates far outside the data in segment()", () => {
  const values = [
    header,
    ...year2024,
    ["e", "9999-12-31", 40],
    ["f", 1, 60], // Excel serial 1: 1900-01-01
    ["b", "2204-02-01", 10],
  ];
  const res = segment({ values, firstRowNumber: 3, firstColumnIndex: 1 });

  it("rejects each far date with its sheet row and column, and scores the rest", () => {
    expect(res.rejected.map((r) => [r.row, r.column, r.reason])).toEqual([
      [16, "C", "dateFarOutside"],
      [17, "C", "dateFarOutside"],
      [18, "C", "dateFarOutside"],
    ]);
    expect(res.counts).toMatchObject({ input: 15, used: 12, rejected: 3, blank: 0 });
  });

  it("takes the as-of date from the plausible dates only", () => {
    expect(res.asOf).toBe("2024-12-16");
    expect(res.customers.ids).toEqual(["a", "b", "c", "d"]);
  });

  it("says why in en-US and zh-CN", () => {
    expect(rejectedMessage(res.rejected[0], "en-US")).toBe(
      "Row 16, column C (Order date): the date 9999-12-31 is far outside the data's dates (plausible from 2014-03-31 to 2034-10-31)"
    );
    expect(rejectedMessage(res.rejected[1], "zh-CN")).toContain(
      "日期 1900-01-01 远在数据的日期范围之外（合理范围 2014-03-31 至 2034-10-31）"
    );
  });

  it("keeps a long history: twenty years of orders are all plausible", () => {
    const long: CellValue[][] = [header];
    for (let y = 2004; y <= 2024; y++) long.push([`c${y % 7}`, `${y}-06-01`, 10]);
    const r = segment({ values: long });
    expect(r.rejected).toEqual([]);
    expect(r.counts.used).toBe(21);
  });

  it("judges the window on the rows up to a given as-of date, as a run on that day would", () => {
    const withLate = [header, ...year2024, ["e", "2040-01-01", 5]];
    const r = segment({ values: withLate }, { asOf: "2024-12-31" });
    expect(r.rejected.map((x) => x.reason)).toEqual(["dateAfterAsOf"]);
  });

  it("rejects a far last purchase date in a customer summary", () => {
    const summary: CellValue[][] = [
      ["Customer", "Frequency", "Last purchase date", "Monetary"],
      ["a", 3, "2024-05-01", 100],
      ["b", 1, "2024-06-01", 50],
      ["c", 2, "2024-07-01", 70],
      ["d", 4, "9999-12-31", 20],
      ["e", 2, "2024-03-01", 40],
      ["f", 1, "2024-04-01", 30],
    ];
    const r = segment({ values: summary }, { shape: "summary" });
    expect(r.rejected.map((x) => [x.row, x.column, x.reason])).toEqual([
      [5, "C", "dateFarOutside"],
    ]);
    expect(r.asOf).toBe("2024-07-02");
  });
});

describe("dateWindowOfCounts", () => {
  it("gives dateWindow's window from a histogram of the same days", () => {
    const day = fc.integer({ min: -30000, max: 60000 });
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 0, maxLength: 60 }),
        fc.integer({ min: 0, max: 5 }),
        (days, years) => {
          const counts = new Map<number, number>();
          for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
          const keys = [...counts.keys()];
          expect(
            dateWindowOfCounts(
              keys,
              keys.map((k) => counts.get(k) ?? 0),
              years
            )
          ).toEqual(dateWindow(Int32Array.from(days), years));
        }
      )
    );
  });
});
