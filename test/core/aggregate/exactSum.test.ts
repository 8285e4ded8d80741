// M summed exactly: the same total whatever the order of the rows (DuckDB's threads meet them in
// any order), equal purchases tie, and the total is the nearest double to the exact sum.
import fc from "fast-check";
import {
  ExactSums,
  exactTotal,
  millionthsPart,
  wholePart,
} from "../../../src/core/aggregate/exactSum";
import { segment } from "../../../src/core";

function total(xs: number[]): number {
  const s = new ExactSums(1);
  for (const x of xs) s.add(0, x);
  return s.totals()[0];
}

describe("exact sums", () => {
  it("adds decimals exactly, where a running sum of doubles does not", () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    expect(total([0.1, 0.2, 0.3])).toBe(0.6);
    expect(total([0.3, 0.2, 0.1])).toBe(0.6);
    expect(total([-12.5, 100.01, -0.01])).toBe(87.5);
    expect(total([1e15, 0.5, 1e15])).toBe(2e15 + 0.5);
  });

  it("splits an amount into a whole part and millionths, half away from zero", () => {
    expect([wholePart(-2.75), millionthsPart(-2.75)]).toEqual([-2, -750000]);
    expect([wholePart(593.3), millionthsPart(593.3)]).toEqual([593, 300000]);
    expect(millionthsPart(0.0000005)).toBe(1);
    expect(millionthsPart(-0.0000005)).toBe(-1);
  });

  it("forms totals past 2^53 millionths from the exact integer", () => {
    expect(exactTotal(9e9 + 1, 250000)).toBe(Number(9000000001250000n) / 1e6);
    expect(exactTotal(NaN, 0)).toBeNaN();
  });

  it("gives the same total in any order (amounts of up to six decimals)", () => {
    const cents = fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.array(cents, { minLength: 1, maxLength: 40 }), (xs) => {
        const reversed = [...xs].reverse();
        const sorted = [...xs].sort((a, b) => a - b);
        expect(total(reversed)).toBe(total(xs));
        expect(total(sorted)).toBe(total(xs));
        // The nearest double to the exact sum in cents.
        const exact = xs.reduce((s, x) => s + BigInt(Math.round(x * 100)), 0n);
        expect(total(xs)).toBe(Number(exact) / 100);
      })
    );
  });

  it("gives the same total in any order past 2^53 whole units (amounts near MAX_AMOUNT)", () => {
    // The whole parts' exact sum rounded once, then the millionths: what DuckDB's integer sums give.
    const expected = (xs: number[]) =>
      exactTotal(
        Number(xs.reduce((s, x) => s + BigInt(wholePart(x)), 0n)),
        xs.reduce((s, x) => s + millionthsPart(x), 0)
      );
    const big = fc
      .integer({ min: -1e15, max: 1e15 })
      .chain((whole) =>
        fc
          .integer({ min: 0, max: 99 })
          .map((cents) => whole + (Math.sign(whole || 1) * cents) / 100)
      );
    fc.assert(
      fc.property(fc.array(big, { minLength: 10, maxLength: 40 }), (xs) => {
        const reversed = [...xs].reverse();
        const sorted = [...xs].sort((a, b) => a - b);
        expect(total(xs)).toBe(expected(xs));
        expect(total(reversed)).toBe(total(xs));
        expect(total(sorted)).toBe(total(xs));
      })
    );
    // Ten amounts of 999,999,999,999,999.5 and one of -1: a running double sum loses the -1.
    const xs = [...Array.from({ length: 10 }, () => 999999999999999.5), -1];
    expect(total(xs)).toBe(expected(xs));
    expect(total([-1, ...xs.slice(0, 10)])).toBe(total(xs));
  });

  it("keeps a sum unknown once a NaN is added, past 2^53 too", () => {
    const s = new ExactSums(2);
    for (let i = 0; i < 10; i++) s.add(0, 1e15);
    s.add(0, NaN);
    s.add(0, 5);
    s.add(1, NaN);
    s.add(1, 1e15);
    expect(Array.from(s.totals())).toEqual([NaN, NaN]);
  });

  it("makes customers with the same purchases in another order tie in M", () => {
    const values = [
      ["customer", "date", "amount"],
      ["A", "2024-01-01", "0.1"],
      ["A", "2024-01-02", "0.2"],
      ["A", "2024-01-03", "0.3"],
      ["B", "2024-01-01", "0.3"],
      ["B", "2024-01-02", "0.2"],
      ["B", "2024-01-03", "0.1"],
    ];
    const r = segment({ values });
    expect(Array.from(r.customers.monetary)).toEqual([0.6, 0.6]);
  });
});
