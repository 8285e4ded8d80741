import { shortHistory, simpleClv } from "../../../src/core/clv/simpleClv";
import type { CustomerTable } from "../../../src/core/types";

const AS_OF = 20_000;

interface Row {
  m: number;
  f: number;
  firstDay: number;
  purchase?: boolean;
  profit?: number;
  annualSpend?: number;
}

function table(rows: Row[], withProfit = false, withAnnual = false): CustomerTable {
  const col = (pick: (r: Row) => number) => Float64Array.from(rows.map(pick));
  return {
    n: rows.length,
    ids: rows.map((_, i) => `c${i}`),
    names: null,
    firstRow: Int32Array.from(rows.map((_, i) => i + 2)),
    hasPurchase: Uint8Array.from(rows.map((r) => (r.purchase === false ? 0 : 1))),
    recencyDays: col(() => NaN),
    frequency: col((r) => r.f),
    monetary: col((r) => r.m),
    firstDay: col((r) => r.firstDay),
    lastDay: col(() => NaN),
    medianGapDays: col(() => NaN),
    rows: Int32Array.from(rows.map((r) => r.f)),
    profit: withProfit ? col((r) => r.profit ?? NaN) : null,
    annualSpend: withAnnual ? col((r) => r.annualSpend ?? NaN) : null,
    strategic: null,
  };
}

describe("simpleClv", () => {
  it("computes AOV x purchases per year x lifespan x margin by hand", () => {
    // AOV 1200/4 = 300; 4 purchases over 2 years = 2 a year; 300 x 2 x 3 x 0.25 = 450.
    const r = simpleClv(table([{ m: 1200, f: 4, firstDay: AS_OF - 730 }]), AS_OF, {
      lifespanYears: 3,
      minTenureDays: 365,
      margin: 0.25,
    });
    expect(r.clv[0]).toBeCloseTo(450, 9);
    expect(r.kind).toBe("profit");
    expect(r.missingFirstDay).toBe(0);
  });

  it("gives a revenue CLV (margin 1) without a profit column or a margin", () => {
    const r = simpleClv(table([{ m: 1200, f: 4, firstDay: AS_OF - 730 }]), AS_OF, {
      lifespanYears: 3,
      minTenureDays: 365,
      margin: null,
    });
    expect(r.kind).toBe("revenue");
    expect(r.clv[0]).toBeCloseTo(1800, 9);
  });

  it("annualises over at least one year (the default minimum tenure)", () => {
    // 10 days or none observed count as a year: 300 a year x 2 years = 600 (1/12 year gave 7,200).
    const r = simpleClv(
      table([
        { m: 300, f: 1, firstDay: AS_OF - 10 },
        { m: 300, f: 1, firstDay: AS_OF },
      ]),
      AS_OF,
      { lifespanYears: 2, minTenureDays: 365, margin: null }
    );
    expect(r.clv[0]).toBeCloseTo(600, 9);
    expect(r.clv[1]).toBeCloseTo(600, 9);
  });

  it("puts a burst of orders in a few weeks below years of steady buying", () => {
    // 1,407 orders worth 140,700 in 42 days against 277 orders worth 600,000 over three years
    // (annualised over 42 days, the burst came to 3.7 million).
    const r = simpleClv(
      table([
        { m: 140_700, f: 1407, firstDay: AS_OF - 42 },
        { m: 600_000, f: 277, firstDay: AS_OF - 1095 },
      ]),
      AS_OF,
      { lifespanYears: 3, minTenureDays: 365, margin: null }
    );
    expect(r.clv[0]).toBeCloseTo(422_100, 6);
    expect(r.clv[0]).toBeLessThan(r.clv[1]);
  });

  it("takes a shorter minimum tenure when the user sets one", () => {
    // 73 days = 0.2 year, above a 30-day minimum: 100 / 0.2 = 500 a year, x 1 year.
    const r = simpleClv(table([{ m: 100, f: 2, firstDay: AS_OF - 73 }]), AS_OF, {
      lifespanYears: 1,
      minTenureDays: 30,
      margin: null,
    });
    expect(r.clv[0]).toBeCloseTo(500, 9);
  });

  it("flags short histories: purchasers with first purchase under the given days", () => {
    const t = table([
      { m: 100, f: 1, firstDay: AS_OF - 89 },
      { m: 100, f: 1, firstDay: AS_OF - 90 },
      { m: 100, f: 0, firstDay: AS_OF - 5, purchase: false },
      { m: 100, f: 1, firstDay: NaN },
    ]);
    expect(Array.from(shortHistory(t, AS_OF, 90))).toEqual([1, 0, 0, 0]);
  });

  it("takes the margin from a profit column per customer (profit / M)", () => {
    // 1200 over 2 years = 600 a year x 3 years x (300 / 1200) = 450; second: 200 a year x 3 x 0.5 = 300.
    const r = simpleClv(
      table(
        [
          { m: 1200, f: 4, firstDay: AS_OF - 730, profit: 300 },
          { m: 200, f: 1, firstDay: AS_OF - 365, profit: 100 },
        ],
        true
      ),
      AS_OF,
      { lifespanYears: 3, minTenureDays: 365, margin: null }
    );
    expect(r.kind).toBe("profit");
    expect(r.clv[0]).toBeCloseTo(450, 9);
    expect(r.clv[1]).toBeCloseTo(300, 9);
  });

  it("falls back to the global margin where the profit is unknown, else NaN", () => {
    const rows = [{ m: 365, f: 1, firstDay: AS_OF - 365 }];
    expect(
      simpleClv(table(rows, true), AS_OF, { lifespanYears: 1, minTenureDays: 365, margin: 0.1 })
        .clv[0]
    ).toBeCloseTo(36.5, 9);
    const r = simpleClv(table(rows, true), AS_OF, {
      lifespanYears: 1,
      minTenureDays: 365,
      margin: null,
    });
    expect(r.kind).toBe("profit");
    expect(r.clv[0]).toBeNaN();
  });

  it("gives NaN to customers without a purchase", () => {
    const r = simpleClv(table([{ m: -50, f: 0, firstDay: NaN, purchase: false }]), AS_OF, {
      lifespanYears: 3,
      minTenureDays: 365,
      margin: null,
    });
    expect(r.clv[0]).toBeNaN();
    expect(r.missingFirstDay).toBe(0);
  });

  it("gives 0 when returns outweigh purchases (M <= 0)", () => {
    const r = simpleClv(
      table([
        { m: -40, f: 1, firstDay: AS_OF - 100 },
        { m: 0, f: 1, firstDay: AS_OF - 100 },
      ]),
      AS_OF,
      { lifespanYears: 3, minTenureDays: 365, margin: 0.3 }
    );
    expect(Array.from(r.clv)).toEqual([0, 0]);
  });

  it("uses annual spend when the first purchase day is unknown", () => {
    const r = simpleClv(
      table([{ m: 5000, f: 3, firstDay: NaN, annualSpend: 2000 }], false, true),
      AS_OF,
      { lifespanYears: 3, minTenureDays: 365, margin: 0.2 }
    );
    expect(r.clv[0]).toBeCloseTo(1200, 9);
    expect(r.missingFirstDay).toBe(0);
  });

  it("prefers the first purchase day to annual spend when both are known", () => {
    const r = simpleClv(
      table([{ m: 730, f: 2, firstDay: AS_OF - 730, annualSpend: 9999 }], false, true),
      AS_OF,
      { lifespanYears: 1, minTenureDays: 365, margin: null }
    );
    expect(r.clv[0]).toBeCloseTo(365, 9);
  });

  it("counts customers with neither first day nor annual spend in missingFirstDay", () => {
    const r = simpleClv(
      table(
        [
          { m: 100, f: 1, firstDay: NaN },
          { m: 100, f: 1, firstDay: NaN, annualSpend: NaN },
          { m: 100, f: 1, firstDay: AS_OF - 365 },
        ],
        false,
        true
      ),
      AS_OF,
      { lifespanYears: 1, minTenureDays: 365, margin: null }
    );
    expect(r.clv[0]).toBeNaN();
    expect(r.clv[1]).toBeNaN();
    expect(r.clv[2]).toBeCloseTo(100, 9);
    expect(r.missingFirstDay).toBe(2);
  });
});
