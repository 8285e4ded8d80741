// Random tables and settings for the SQL faces' property tests: cells drawn from every form
// method.md section 1 reads (and some it rejects), few customers and few days so that ties,
// shared scores and equal ABC values are the rule.
import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import type { DeepPartial, SegmentOptions } from "../../../src/core/options";
import { coreRecords, differences, type CustomerRow, type TestTable } from "./sqlTables";

/** A date in one of the written forms, of a day in early 2024 (or a far one now and then). */
const dateCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 120 }).map(isoDay) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 6 }))
      .map(([d, form]) => writtenDay(isoDay(d), form)),
  },
  {
    // Day-first or month-first: read only under that date order, ambiguous otherwise.
    weight: 1,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 120 }), fc.boolean()).map(([d, dayFirst]) => {
      const [y, m, dd] = isoDay(d).split("-").map(Number);
      return dayFirst ? `${dd}/${m}/${y}` : `${m}/${dd}/${y}`;
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("", "#N/A", "2024-02-30", "someday", "9999-12-31", "1900-01-01"),
  }
);

function isoDay(d: number): string {
  return new Date(Date.UTC(2024, 0, d)).toISOString().slice(0, 10);
}

/** The same day written another way: yyyy/m/d, dotted, 年月日, compact, with a time, padded. */
function writtenDay(iso: string, form: number): string {
  const [y, m, d] = iso.split("-");
  const [mm, dd] = [String(Number(m)), String(Number(d))];
  switch (form) {
    case 0:
      return `${y}/${mm}/${dd}`;
    case 1:
      return `${y}.${mm}.${dd}`;
    case 2:
      return `${y}年${mm}月${dd}日`;
    case 3:
      return `${y}${m}${d}`;
    case 4:
      return `${iso} 10:30`;
    case 5:
      return `${iso}T23:59:59Z`;
    default:
      return ` ${iso} `;
  }
}

/** An amount as text: plain, money text, a return, a share, a few amounts repeated (ties). */
const amountCell = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom("10", "25", "25.5", "100", "0.1", "0.2", "0.3") },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.integer({ min: -500_00, max: 5000_00 }), fc.integer({ min: 0, max: 5 }))
      .map(([cents, form]) => moneyText(cents, form)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "0",
      "#VALUE!",
      "lots",
      "50%",
      "1e300",
      "1 000",
      "1.234,50",
      "12,5"
    ),
  }
);

function moneyText(cents: number, form: number): string {
  const plain = (Math.abs(cents) / 100).toFixed(2);
  const grouped = Number(plain).toLocaleString("en-US", { minimumFractionDigits: 2 });
  const minus = cents < 0;
  switch (form) {
    case 0:
      return `${minus ? "-" : ""}${plain}`;
    case 1:
      return `${minus ? "-" : ""}¥${grouped}`;
    case 2:
      return minus ? `(${grouped})` : grouped;
    case 3:
      return `${minus ? "-" : ""}${plain}元`;
    case 4:
      return `${minus ? "-" : ""}USD ${grouped}`;
    default:
      return `${minus ? "－" : ""}${plain.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}`;
  }
}

const customerCell = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("A", "B", "C", "D", "E", "F", "G", "张三", "007") },
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 30 }).map((k) => `K${k}`) },
  { weight: 1, arbitrary: fc.constantFrom("", "  ", " A ", "#N/A", "\\N", "NULL", " \\N") }
);

// Database exports' NULL marks (\N, NULL) are no order id, as a blank is.
const orderCell = fc.oneof(
  fc.constant(""),
  fc.constantFrom("o1", "o2", "o3", "o4", "o5"),
  fc.constantFrom("\\N", "NULL")
);

export const randomTable = fc
  .array(fc.tuple(customerCell, dateCell, amountCell, orderCell), { minLength: 4, maxLength: 80 })
  .map((rows): TestTable => ({
    name: "random",
    rows: [["customer", "date", "amount", "order"], ...rows],
    columns: { customer: "customer", date: "date", amount: "amount", orderId: "order" },
  }));

export const randomSettings: fc.Arbitrary<DeepPartial<SegmentOptions>> = fc.record({
  rfm: fc.record({ scoring: fc.constantFrom("quantile", "fixed", "rfm-r") }),
  scheme: fc.constantFrom("four", "eight", "named", "value-tiers"),
  abc: fc.record({
    mode: fc.constantFrom("value", "count", "absolute"),
    basis: fc.constantFrom("monetary", "clv"),
  }),
  clv: fc.record({ margin: fc.constantFrom(null, 0.3), lifespanYears: fc.constantFrom(1, 3) }),
  asOf: fc.constantFrom(null, "2024-03-31"),
  language: fc.constantFrom("en-US", "zh-CN"),
  dates: fc.record({ order: fc.constantFrom("ymd", "dmy", "mdy") }),
  decimalComma: fc.boolean(),
});

/** The core's records, or null where it finds no usable row (segment() refuses the table). */
function coreOrNone(t: TestTable, options: DeepPartial<SegmentOptions>) {
  try {
    return coreRecords(t, options);
  } catch (error) {
    if (error instanceof InputError && error.code === "noUsableRows") return null;
    throw error;
  }
}

/** The query's rows agree with segment(): every customer's record, or none where it finds no usable row. */
export function expectCoreAnswer(
  rows: CustomerRow[],
  t: TestTable,
  options: DeepPartial<SegmentOptions>
): void {
  const core = coreOrNone(t, options);
  if (core === null) expect(rows).toEqual([]);
  else expect(differences(rows, core)).toEqual([]);
}
