// Issue 14: segment() never throws on cell content. Tables of fully random cells (any double,
// NaN, ±Infinity, ±1e308, -0, subnormals, huge and odd strings, invalid and out-of-range dates,
// date-formatted serials far outside Excel's range) either score, with every row accounted for
// and every figure finite, or stop with an InputError (nothing scorable): never anything else.
import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import type { SegmentResult } from "../../../src/core/result";
import { segment } from "../../../src/core/segment";
import type { CellValue } from "../../../src/core/types";

/** At least 2,000 tables in CI (issue 14); small ones, so the run stays quick. */
const RUNS = { numRuns: 2000 };

const HUGE = "客".repeat(20_000);
const specialNumbers = fc.constantFrom<CellValue>(
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -0,
  1e-320,
  5e-324,
  1e9,
  -1e9,
  2958466, // the day after 9999-12-31, Excel's last serial
  0,
  60 // Excel's 1900-02-29
);
const specialStrings = fc.constantFrom<CellValue>(
  HUGE,
  "",
  " ",
  "\u0000\u001b[2J",
  "9999-12-31",
  "0000-00-00",
  "275760-09-14",
  "+275760-09-13",
  "13/04/2024",
  "1e308",
  "-1e308",
  "¥1e400",
  "NaN",
  "Infinity",
  "#N/A",
  "=1/0",
  "2024-02-30"
);
const dates = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(
    new Date(NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(Date.UTC(10000, 0, 1))
  )
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.integer(),
  specialNumbers,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 6 }),
  specialStrings,
  dates,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined)
);
const formats = fc.constantFrom<string | null>(
  null,
  "yyyy-mm-dd",
  "General",
  "#,##0.00",
  "d/m/yyyy"
);
const headers = fc.oneof(
  fc.constant<CellValue[]>(["customer", "date", "amount"]),
  fc.constant<CellValue[]>(["客户编号", "订单日期", "金额", "订单号"]),
  fc.constant<CellValue[]>(["customer", "frequency", "recency", "T", "monetary"]),
  fc.array(cell, { minLength: 1, maxLength: 5 })
);

/** Cells that often make a usable row (a few customers, 2024 dates, amounts), so the scoring after the reading is exercised too. */
const plausible: fc.Arbitrary<CellValue>[] = [
  fc.constantFrom<CellValue>("A", "B", "C", 7),
  fc.oneof(fc.integer({ min: 45292, max: 45657 }), fc.constantFrom<CellValue>("2024-03-01", 1e9)),
  fc.oneof(fc.double({ min: -1e4, max: 1e4, noNaN: true }), specialNumbers),
];
const cellAt = (c: number): fc.Arbitrary<CellValue> =>
  c < plausible.length
    ? fc.oneof({ weight: 3, arbitrary: plausible[c] }, { weight: 1, arbitrary: cell })
    : cell;

const tables = headers.chain((header) =>
  fc.record({
    values: fc.array(fc.tuple(...header.map((_, c) => cellAt(c))), {
      minLength: 0,
      maxLength: 8,
    }),
    formats: fc.array(formats, { minLength: header.length, maxLength: header.length }),
    header: fc.constant(header),
  })
);

function checkResult(res: SegmentResult, dataRows: number): void {
  const c = res.counts;
  expect(c.used + c.rejected + c.blank).toBe(c.input);
  expect(c.input).toBeLessThanOrEqual(dataRows + 1);
  for (let k = 0; k < res.customers.n; k++) {
    expect(Number.isFinite(res.abcValue[k])).toBe(true);
  }
  for (const g of res.summary.abc) {
    expect(Number.isFinite(g.value)).toBe(true);
    expect(Number.isFinite(g.valueShare)).toBe(true);
  }
}

describe("segment() over fully random cells", () => {
  it("never throws on cell content: a result with finite figures, or an InputError", () => {
    fc.assert(
      fc.property(tables, (t) => {
        const values = [t.header, ...t.values];
        const numberFormats = values.map(() => t.formats);
        let res: SegmentResult;
        try {
          res = segment({ values, numberFormats }, { language: "en-US" });
        } catch (error) {
          if (error instanceof InputError) return;
          throw error;
        }
        checkResult(res, t.values.length);
      }),
      RUNS
    );
  });
});
