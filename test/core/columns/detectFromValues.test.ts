import { detectFromValues } from "../../../src/core/columns/detectFromValues";
import { sampleRows } from "../../../src/core/columns/sampleRows";
import type { CellValue, ColumnMapping } from "../../../src/core/types";
import { readPublicCsv } from "../../../data/publicData";
import { readCdnow } from "./cdnow";

const YMD = { system: 1900, order: "ymd" } as const;

function detect(values: CellValue[][], known: ColumnMapping = {}, firstDataRow = 0): ColumnMapping {
  return detectFromValues(values, undefined, firstDataRow, known, YMD);
}

/** n rows built by a function of the row number. */
function rows(n: number, make: (i: number) => CellValue[]): CellValue[][] {
  return Array.from({ length: n }, (_, i) => make(i));
}

describe("detectFromValues on public data", () => {
  it("reads CDNOW rows [id, id, yyyymmdd, cds, dollars] given as numbers", () => {
    expect(detect(readCdnow(false))).toEqual({ customer: 0, date: 2, amount: 4 });
  });

  it("reads the same rows given as texts", () => {
    expect(detect(readCdnow(true))).toEqual({ customer: 0, date: 2, amount: 4 });
  });

  it("reads the R rfm orders without their header (names, ISO dates, whole amounts)", () => {
    const values = readPublicCsv("rfm-r/rfm_data_orders.csv");
    expect(detect(values, {}, 1)).toEqual({ customer: 0, date: 1, amount: 2 });
  });
});

describe("detectFromValues: dates", () => {
  const base = (i: number): CellValue[] => [`C${i % 7}`, 10 + (i % 13) + 0.5];

  it("finds Date objects", () => {
    const values = rows(30, (i) => [...base(i), new Date(Date.UTC(2024, 0, 1 + i))]);
    expect(detect(values).date).toBe(2);
  });

  it.each([
    ["ISO text", (i: number) => `2024-01-${String(1 + (i % 28)).padStart(2, "0")} 10:30`],
    ["slashes", (i: number) => `2024/1/${1 + (i % 28)}`],
    ["Chinese", (i: number) => `2024年1月${1 + (i % 28)}日`],
    ["d/m/yyyy, ambiguous under ymd", (i: number) => `${1 + (i % 12)}/3/2024`],
  ])("finds text dates: %s", (_name, make) => {
    const values = rows(30, (i) => [...base(i), make(i)]);
    expect(detect(values).date).toBe(2);
  });

  it("finds numbers under a date format, and not the same numbers without one", () => {
    const values = rows(30, (i) => [...base(i), 45292 + i]);
    const formats = Array.from({ length: 30 }, () => [null, "0.00", "yyyy-mm-dd"]);
    expect(detectFromValues(values, formats, 0, {}, YMD).date).toBe(2);
    expect(detect(values).date).toBeUndefined();
  });

  it("does not take a column with too few dates", () => {
    const values = rows(30, (i) => [...base(i), i % 2 === 0 ? "2024-01-05" : "later"]);
    expect(detect(values).date).toBeUndefined();
  });
});

describe("detectFromValues: amounts", () => {
  it("prefers a column with fractions to whole numbers", () => {
    const values = rows(40, (i) => [`C${i % 5}`, 1 + (i % 3), 1000 + i * 37, 9.99 + i]);
    expect(detect(values).amount).toBe(3);
  });

  it("among whole numbers, prefers the wider spread", () => {
    const values = rows(40, (i) => [`C${i % 5}`, 1 + (i % 3), 100 + i * 50]);
    expect(detect(values).amount).toBe(2);
  });

  it("reads money text", () => {
    const values = rows(40, (i) => [`C${i % 5}`, `¥1,${100 + i}.50`]);
    expect(detect(values).amount).toBe(1);
  });

  it("needs mostly positive values", () => {
    const values = rows(40, (i) => [`C${i % 5}`, -(i + 0.5)]);
    expect(detect(values).amount).toBeUndefined();
  });

  it("keeps a few returns and text mistakes in an amount column", () => {
    const values = rows(40, (i) => [`C${i % 5}`, i % 10 === 0 ? -5.5 : i === 3 ? "n/a" : i + 0.25]);
    expect(detect(values).amount).toBe(1);
  });

  it("does not take a column filled in under half of the rows", () => {
    const values = rows(40, (i) => [`C${i % 5}`, i % 3 === 0 ? i + 0.5 : null]);
    expect(detect(values).amount).toBeUndefined();
  });
});

describe("detectFromValues: customers and order ids", () => {
  it("takes the repeating id column with the most distinct ids", () => {
    // Column 0: 3 segments; column 1: 10 customers; column 2: unique row labels.
    const values = rows(40, (i) => [`S${i % 3}`, `C${i % 10}`, `row ${i}`, i + 0.5]);
    expect(detect(values)).toEqual({ customer: 1, amount: 3 });
  });

  it("takes repeating whole numbers as ids", () => {
    const values = rows(40, (i) => [1000 + (i % 8), i + 0.5]);
    expect(detect(values)).toEqual({ customer: 0, amount: 1 });
  });

  it("finds no customer when every id is different", () => {
    const values = rows(40, (i) => [`C${i}`, i + 0.5]);
    expect(detect(values).customer).toBeUndefined();
  });

  it("finds an obvious order id: id-shaped text, all different, next to a repeating customer", () => {
    const values = rows(40, (i) => [`SO-2024-${1000 + i}`, `C${i % 6}`, "2024-01-05", i + 0.5]);
    expect(detect(values)).toEqual({ orderId: 0, customer: 1, date: 2, amount: 3 });
  });

  it("does not take row numbers or repeating codes as order ids", () => {
    const plain = rows(40, (i) => [i + 1, `C${i % 6}`, i + 0.5]);
    expect(detect(plain).orderId).toBeUndefined();
    const repeating = rows(40, (i) => [`SO-${i % 20}`, `C${i % 6}`, i + 0.5]);
    expect(detect(repeating).orderId).toBeUndefined();
  });
});

describe("detectFromValues: order lines and customers", () => {
  const day = (k: number): string => `2024-01-${String(1 + (k % 28)).padStart(2, "0")}`;

  it("tells order lines (one date per id) from customers, though orders have more ids", () => {
    // Order k has 1 to 3 lines on one day; customer k % 10 buys on different days.
    const values: CellValue[][] = [];
    for (let k = 0; k < 60; k++) {
      for (let line = 0; line <= k % 3; line++)
        values.push([`SO-${k}`, `C${k % 10}`, day(k), 5 + line + 0.5]);
    }
    expect(detect(values)).toEqual({ orderId: 0, customer: 1, date: 2, amount: 3 });
  });

  it("takes integer order numbers as order lines too", () => {
    const values: CellValue[][] = [];
    for (let k = 0; k < 60; k++) {
      for (let line = 0; line < 2; line++)
        values.push([536365 + k, 12000 + (k % 10), day(k), 5 + line + 0.5]);
    }
    expect(detect(values)).toEqual({ orderId: 0, customer: 1, date: 2, amount: 3 });
  });

  it("does not read every column as order lines in a one-day extract", () => {
    const values = rows(40, (i) => [`C${i % 5}`, 1 + (i % 3), "2024-01-05", i + 0.5]);
    expect(detect(values)).toEqual({ customer: 0, date: 2, amount: 3 });
  });

  it("reads past the sample when each customer shows once in it", () => {
    // 8,000 rows sorted by customer, two rows each: the sample (every 4th row) sees each once,
    // while a 3-value code column repeats in the sample.
    const values = rows(8000, (i) => [`S${i % 3}`, `C${Math.floor(i / 2)}`, day(i), i + 0.5]);
    expect(detect(values)).toEqual({ customer: 1, date: 2, amount: 3 });
  });

  it("reads past the sample to find order lines", () => {
    const values = rows(8000, (i) => [
      `C${Math.floor(i / 2) % 50}`,
      `SO-${Math.floor(i / 2)}`,
      day(i >> 1),
      i + 0.5,
    ]);
    expect(detect(values)).toEqual({ customer: 0, orderId: 1, date: 2, amount: 3 });
  });

  it("with one order per customer, takes the column with fewer ids as the customer", () => {
    // Customer k % 40 owns orders k and k + 40 on the same day: both columns keep their date.
    const values: CellValue[][] = [];
    for (let k = 0; k < 80; k++) {
      for (let line = 0; line < 2; line++)
        values.push([`SO-${k}`, `C${k % 40}`, day(k % 40), 1 + line + 0.5]);
    }
    expect(detect(values)).toEqual({ orderId: 0, customer: 1, date: 2, amount: 3 });
  });
});

describe("detectFromValues: the known mapping", () => {
  it("keeps known roles and never reuses their columns", () => {
    const values = rows(40, (i) => [`C${i % 5}`, "2024-01-05", i + 0.5, 2 + i * 3]);
    expect(detect(values, { amount: 3 })).toEqual({ amount: 3, customer: 0, date: 1 });
    expect(detect(values, { quantity: 2 })).toEqual({
      quantity: 2,
      customer: 0,
      date: 1,
      amount: 3,
    });
    expect(detect(values, { region: 0, date: 1, amount: 2 })).toEqual({
      region: 0,
      date: 1,
      amount: 2,
    });
  });

  it("does not change the known mapping object", () => {
    const known = { amount: 1 };
    detect(
      rows(10, (i) => [`C${i % 3}`, i + 0.5]),
      known
    );
    expect(known).toEqual({ amount: 1 });
  });

  it("ignores rows above firstDataRow", () => {
    const values = [
      ["id", "when", "what"],
      ...rows(30, (i) => [`C${i % 4}`, "2024-03-01", i + 0.5]),
    ];
    expect(detect(values, {}, 1)).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  it("returns the known mapping for no data", () => {
    expect(detect([], { customer: 0 })).toEqual({ customer: 0 });
    expect(detect([["a", "b"]], {}, 1)).toEqual({});
  });
});

describe("sampleRows", () => {
  it("takes every non-blank row of a small table", () => {
    expect(sampleRows([["h"], ["a"], [null], [""], ["b"]], 1)).toEqual([1, 4]);
  });

  it("takes at most 2,000 rows spread to the end of a large table", () => {
    const values = rows(100_000, (i) => [i]);
    const sample = sampleRows(values, 0);
    expect(sample.length).toBe(2000);
    expect(sample[0]).toBe(0);
    expect(sample[1]).toBe(50);
    expect(sample[1999]).toBe(99_950);
  });

  it("takes the next non-blank row within a stretch that starts blank", () => {
    const values = rows(4000, (i) => (i % 2 === 0 ? [null] : [i]));
    const sample = sampleRows(values, 0);
    expect(sample.length).toBe(2000);
    expect(sample.slice(0, 3)).toEqual([1, 3, 5]);
  });
});
