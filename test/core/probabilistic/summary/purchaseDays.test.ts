import fc from "fast-check";
import {
  purchasesBetweenOf,
  summaryFromTransactions,
  type PurchaseRows,
} from "../../../../src/core/probabilistic/summary";

type Row = [customer: number, day: number, amount: number];

function rows(list: Row[]): PurchaseRows {
  return {
    count: list.length,
    customer: Int32Array.from(list, (r) => r[0]),
    day: Int32Array.from(list, (r) => r[1]),
    amount: Float64Array.from(list, (r) => r[2]),
  };
}

/** The definition, written the slow obvious way: a map of day totals per customer. */
function naiveSummary(list: Row[], customers: number, endDay: number) {
  const days = new Map<number, Map<number, number>>();
  for (const [c, d, a] of list) {
    if (a < 0 || d > endDay) continue;
    const perDay = days.get(c) ?? new Map<number, number>();
    perDay.set(d, (perDay.get(d) ?? 0) + a);
    days.set(c, perDay);
  }
  const out: number[][] = [];
  for (let c = 0; c < customers; c++) {
    const perDay = days.get(c);
    if (!perDay) continue;
    const sorted = [...perDay.keys()].sort((x, y) => x - y);
    const repeat = sorted.slice(1).map((d) => perDay.get(d) as number);
    const mean = repeat.length ? repeat.reduce((s, v) => s + v, 0) / repeat.length : 0;
    out.push([
      c,
      sorted.length - 1,
      sorted[sorted.length - 1] - sorted[0],
      endDay - sorted[0],
      mean,
    ]);
  }
  return out;
}

describe("purchasesBetweenOf", () => {
  it("counts distinct purchase days and sums their value inside the window only", () => {
    const r = rows([
      [0, 10, 5],
      [0, 11, 5],
      [0, 11, 7],
      [0, 12, -5],
      [0, 20, 1],
      [1, 5, 3],
      [1, 15, 0],
    ]);
    const inside = purchasesBetweenOf(r, 3, { afterDay: 10, endDay: 15 });
    expect(Array.from(inside.days)).toEqual([1, 1, 0]);
    expect(Array.from(inside.spend)).toEqual([12, 0, 0]);
    const all = purchasesBetweenOf(r, 3, { afterDay: -Infinity, endDay: 99 });
    expect(Array.from(all.days)).toEqual([3, 2, 0]);
    expect(Array.from(all.spend)).toEqual([18, 3, 0]);
  });
});

describe("summaryFromTransactions against its definition", () => {
  it("agrees with a map-based summary on random transactions", () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 7 }),
      fc.integer({ min: 0, max: 60 }),
      fc.oneof(
        fc.integer({ min: -50, max: 500 }).map((c) => c / 4),
        fc.constant(0)
      )
    );
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.integer({ min: 0, max: 60 }),
        (list, end) => {
          const out = summaryFromTransactions(rows(list), 8, { endDay: end, unit: "days" });
          const ours = Array.from(out.customer, (c, j) => [
            c,
            out.summary.frequency[j],
            out.summary.recency[j],
            out.summary.T[j],
            out.summary.monetary[j],
          ]);
          const expected = naiveSummary(list, 8, end);
          expect(ours.length).toBe(expected.length);
          ours.forEach((o, j) => {
            expect(o.slice(0, 4)).toEqual(expected[j].slice(0, 4));
            expect(o[4]).toBeCloseTo(expected[j][4], 9);
          });
        }
      )
    );
  });
});

describe("the summary's value sums", () => {
  // Amounts with cents: a running sum of doubles depends on the order rows come in (0.1 + 0.2 +
  // 0.3 is not 0.3 + 0.2 + 0.1), so DuckDB's threads and the core could give another monetary.
  it("do not depend on the order of the rows, to the last bit", () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100)
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 40 }), fc.nat(), (list, seed) => {
        const shuffled = [...list].sort(
          (a, b) => ((a[2] * 7919 + seed) % 13) - ((b[2] * 7919 + seed) % 13)
        );
        const one = summaryFromTransactions(rows(list), 4, { endDay: 6, unit: "days" });
        const two = summaryFromTransactions(rows(shuffled), 4, { endDay: 6, unit: "days" });
        expect(Array.from(two.summary.monetary)).toEqual(Array.from(one.summary.monetary));
        const w = { afterDay: 2, endDay: 6 };
        expect(Array.from(purchasesBetweenOf(rows(shuffled), 4, w).spend)).toEqual(
          Array.from(purchasesBetweenOf(rows(list), 4, w).spend)
        );
      })
    );
  });
});
