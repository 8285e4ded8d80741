// fast-check arbitraries for small transaction tables as Excel hands them over: dates as serials
// and as text in several forms, amounts as numbers and as money text, negative amounts (returns),
// and garbage cells (blanks, error values, words, booleans) mixed in at random.
import fc from "fast-check";
import type { CellValue } from "../../../src/core/types";

/** Excel serial of 2024-01-01; the tables span about a year from there. */
const SERIAL_2024_01_01 = 45292;
const MS_PER_DAY = 86_400_000;
const DAYS = 400;

export const HEADERS = ["客户编号", "订单日期", "金额", "订单号"];

export interface Table {
  /** Header row first. */
  values: CellValue[][];
  customers: number;
  withOrderId: boolean;
}

const garbage: fc.Arbitrary<CellValue> = fc.constantFrom<CellValue>(
  null,
  undefined,
  "",
  "#N/A",
  "#VALUE!",
  "abc",
  true,
  false
);

/** A cell that is usually of the intended kind and sometimes garbage. */
function mostly(cell: fc.Arbitrary<CellValue>): fc.Arbitrary<CellValue> {
  return fc.oneof({ weight: 12, arbitrary: cell }, { weight: 1, arbitrary: garbage });
}

function dateCell(offset: number, form: number, minutes: number): CellValue {
  const date = new Date(Date.UTC(2024, 0, 1) + offset * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  const iso = date.toISOString().slice(0, 10);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  return [
    SERIAL_2024_01_01 + offset,
    iso,
    `${y}/${m}/${d}`,
    `${y}年${m}月${d}日`,
    `${iso} ${time}`,
  ][form];
}

const date: fc.Arbitrary<CellValue> = fc
  .tuple(
    fc.integer({ min: 0, max: DAYS - 1 }),
    fc.integer({ min: 0, max: 4 }),
    fc.integer({ min: 0, max: 1439 })
  )
  .map(([offset, form, minutes]) => dateCell(offset, form, minutes));

function grouped(cents: number): string {
  const [whole, fraction] = (Math.abs(cents) / 100).toFixed(2).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}

function amountCell(cents: number, form: number): CellValue {
  const sign = cents < 0 ? "-" : "";
  if (form === 0) return cents / 100;
  if (form === 1) return `${sign}¥${grouped(cents)}`;
  if (form === 2 && cents < 0) return `(${grouped(cents)})`;
  return String(cents / 100);
}

/** Mostly purchases (round amounts often, so that customers tie on M), some returns, a few zero amounts. */
const cents = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(10_000, 20_000, 50_000) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 500_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -50_000, max: 0 }) }
);
const amount: fc.Arbitrary<CellValue> = fc
  .tuple(cents, fc.integer({ min: 0, max: 3 }))
  .map(([c, form]) => amountCell(c, form));

const blankRow: fc.Arbitrary<CellValue[]> = fc.constant([null, "", undefined, null]);

function row(customers: number): fc.Arbitrary<CellValue[]> {
  const customer = fc
    .integer({ min: 1, max: customers })
    .map((k): CellValue => `C${String(k).padStart(3, "0")}`);
  const order = fc.integer({ min: 1, max: 40 }).map((n): CellValue => `SO${n}`);
  const mixed = fc.tuple(mostly(customer), mostly(date), mostly(amount), mostly(order));
  return fc.oneof({ weight: 15, arbitrary: mixed }, { weight: 1, arbitrary: blankRow });
}

function cleanRow(customers: number): fc.Arbitrary<CellValue[]> {
  return fc
    .tuple(fc.integer({ min: 1, max: customers }), date, fc.integer({ min: 1, max: 100_000 }))
    .map(([k, d, cents]) => [`C${String(k).padStart(3, "0")}`, d, cents / 100, "SO0"]);
}

/** 1 to 60 data rows over 1 to 12 customers; at least one row is usable, so segment() has someone to score. */
export const tables: fc.Arbitrary<Table> = fc
  .record({ customers: fc.integer({ min: 1, max: 12 }), withOrderId: fc.boolean() })
  .chain(({ customers, withOrderId }) =>
    fc
      .tuple(
        cleanRow(customers),
        fc.array(row(customers), { maxLength: 59, size: "max" }),
        fc.nat()
      )
      .map(([usable, rows, at]): Table => {
        const data = [...rows];
        data.splice(at % (rows.length + 1), 0, usable);
        const width = withOrderId ? 4 : 3;
        return {
          values: [HEADERS.slice(0, width), ...data.map((r) => r.slice(0, width))],
          customers,
          withOrderId,
        };
      })
  );

/** A row holding nothing at all (what the core must count as blank, not reject). */
export function isBlankRow(row: CellValue[]): boolean {
  return row.every((v) => v === null || v === undefined || v === "");
}
