import {
  DAYS_IN_UNIT,
  summaryFromTransactions,
  type PurchaseRows,
} from "../../../../src/core/probabilistic/summary";
import { readPublicCsv } from "../../../../data/publicData";
import { dayOfYmd, readCdnow } from "./cdnowTransactions";

/** Rounds half-up to 2 dp, as the published file is; the epsilon absorbs binary noise (22.345). */
function twoDp(x: number): string {
  return (Math.floor(x * 100 + 0.5 + 1e-7) / 100).toFixed(2);
}

function rows(list: [customer: number, day: number, amount: number][]): PurchaseRows {
  return {
    count: list.length,
    customer: Int32Array.from(list, (r) => r[0]),
    day: Int32Array.from(list, (r) => r[1]),
    amount: Float64Array.from(list, (r) => r[2]),
  };
}

describe("summaryFromTransactions on the CDNOW sample", () => {
  const cdnow = readCdnow();
  const published = readPublicCsv("lifetimes/cdnow_customers_summary_with_transactions.csv");
  const s = summaryFromTransactions(cdnow, cdnow.ids.length, {
    endDay: dayOfYmd("19970930"),
    unit: "weeks",
  });

  it("has every one of the 2,357 customers, in the published order", () => {
    expect(published[0]).toEqual(["ID", "x", "t_x", "T", "zbar"]);
    expect(s.summary.n).toBe(2357);
    expect(Array.from(s.customer, (k) => String(cdnow.ids[k]))).toEqual(
      published.slice(1).map((r) => r[0])
    );
  });

  it("reproduces x, t_x, T and zbar of every customer to the published 2 dp", () => {
    const ours = Array.from(s.customer, (_, j) => [
      String(cdnow.ids[s.customer[j]]),
      String(s.summary.frequency[j]),
      twoDp(s.summary.recency[j]),
      twoDp(s.summary.T[j]),
      twoDp(s.summary.monetary[j]),
    ]);
    expect(ours).toEqual(published.slice(1));
  });

  it("agrees with the frequency/recency/T file and its 946 repeat customers", () => {
    const plain = readPublicCsv("lifetimes/cdnow_customers_summary.csv");
    expect(plain.length - 1).toBe(s.summary.n);
    let repeat = 0;
    for (let j = 0; j < s.summary.n; j++) {
      const [, x, tx, T] = plain[j + 1];
      // This file is written by pandas ("0.0"): compare the numbers.
      const ours = [s.summary.frequency[j], s.summary.recency[j], s.summary.T[j]];
      expect(ours.map((v) => Number(twoDp(v)))).toEqual([x, tx, T].map(Number));
      if (s.summary.frequency[j] > 0) repeat++;
    }
    expect(repeat).toBe(946);
  });
});

describe("summaryFromTransactions rules", () => {
  const END = 100;

  it("merges same-day purchases, summing their values, and averages the repeat days", () => {
    // Customer 0: day 10 (5 + 7), day 17 (20 + 10), day 31 (30): 3 purchase days.
    const r = rows([
      [0, 17, 20],
      [0, 10, 5],
      [0, 31, 30],
      [0, 10, 7],
      [0, 17, 10],
    ]);
    const s = summaryFromTransactions(r, 1, { endDay: END, unit: "days" }).summary;
    expect(s.frequency[0]).toBe(2);
    expect(s.recency[0]).toBe(21);
    expect(s.T[0]).toBe(90);
    // Repeat days: 30 and 30; the first day's 12 is left out.
    expect(s.monetary[0]).toBe(30);
  });

  it("gives frequency, recency and monetary 0 to a one-day customer", () => {
    const s = summaryFromTransactions(
      rows([
        [0, 40, 9],
        [0, 40, 1],
      ]),
      1,
      {
        endDay: END,
        unit: "weeks",
      }
    ).summary;
    expect([s.frequency[0], s.recency[0], s.monetary[0]]).toEqual([0, 0, 0]);
    expect(s.T[0]).toBeCloseTo(60 / 7, 12);
  });

  it("drops purchases after the end and customers with none before it", () => {
    const r = rows([
      [0, 50, 10],
      [0, END, 20],
      [0, END + 1, 99],
      [1, END + 5, 40],
      [2, 90, 8],
    ]);
    const out = summaryFromTransactions(r, 3, { endDay: END, unit: "days" });
    expect(Array.from(out.customer)).toEqual([0, 2]);
    expect(Array.from(out.firstDay)).toEqual([50, 90]);
    expect(Array.from(out.summary.frequency)).toEqual([1, 0]);
    expect(Array.from(out.summary.monetary)).toEqual([20, 0]);
    expect(Array.from(out.summary.T)).toEqual([50, 10]);
  });

  it("counts a $0 order as a purchase but not a return", () => {
    // Day 60 has only a refund: not a purchase day. Day 70's $0 order is one (as in CDNOW).
    const r = rows([
      [0, 50, 10],
      [0, 60, -10],
      [0, 70, 0],
      [0, 80, 25],
      [1, 55, -3],
    ]);
    const out = summaryFromTransactions(r, 2, { endDay: END, unit: "days" });
    expect(Array.from(out.customer)).toEqual([0]);
    expect(out.summary.frequency[0]).toBe(2);
    expect(out.summary.recency[0]).toBe(30);
    expect(out.summary.monetary[0]).toBe(12.5);
  });

  it("states times in the unit asked for: a month is 30 days", () => {
    expect(DAYS_IN_UNIT).toEqual({ days: 1, weeks: 7, months: 30 });
    const r = rows([
      [0, 0, 10],
      [0, 45, 10],
    ]);
    const inUnit = (unit: "days" | "weeks" | "months") =>
      summaryFromTransactions(r, 1, { endDay: 90, unit }).summary;
    expect([inUnit("days").recency[0], inUnit("days").T[0]]).toEqual([45, 90]);
    expect([inUnit("weeks").recency[0], inUnit("weeks").T[0]]).toEqual([45 / 7, 90 / 7]);
    expect([inUnit("months").recency[0], inUnit("months").T[0]]).toEqual([1.5, 3]);
    expect(inUnit("months").unit).toBe("months");
  });

  it("keeps customers in index order whatever order the rows come in", () => {
    const r = rows([
      [2, 30, 1],
      [0, 20, 1],
      [1, 10, 1],
      [2, 40, 1],
    ]);
    const out = summaryFromTransactions(r, 3, { endDay: END, unit: "days" });
    expect(Array.from(out.customer)).toEqual([0, 1, 2]);
    expect(Array.from(out.summary.frequency)).toEqual([0, 0, 1]);
  });

  it("returns an empty summary for no purchases", () => {
    const out = summaryFromTransactions(rows([]), 4, { endDay: END, unit: "days" });
    expect(out.summary.n).toBe(0);
    expect(out.customer.length).toBe(0);
  });
});
