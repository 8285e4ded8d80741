import fc from "fast-check";
import {
  purchaseDayCounts,
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

describe("purchaseDayCounts", () => {
  it("counts distinct purchase days inside the window only", () => {
    const r = rows([
      [0, 10, 5],
      [0, 11, 5],
      [0, 11, 7],
      [0, 12, -5],
      [0, 20, 1],
      [1, 5, 3],
      [1, 15, 0],
    ]);
    expect(Array.from(purchaseDayCounts(r, 3, { afterDay: 10, endDay: 15 }))).toEqual([1, 1, 0]);
    expect(Array.from(purchaseDayCounts(r, 3, { afterDay: -Infinity, endDay: 99 }))).toEqual([
      3, 2, 0,
    ]);
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
