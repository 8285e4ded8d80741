// segment() with the probabilistic CLV (method.md sections 4 and 6) on the CDNOW sample, whose
// published fits (Fader, Hardie and Lee 2005; Fader and Hardie 2013) are the anchors.
import { OptionError } from "../../../src/core/errors";
import { resolveOptions } from "../../../src/core/resolveOptions";
import {
  conditionalExpectedPurchases,
  conditionalExpectedSpend,
  MONTH_IN_UNIT,
} from "../../../src/core/probabilistic";
import { NO_CLV_TIER } from "../../../src/core/clv";
import { customerRecords } from "../../../src/core/records";
import { segment } from "../../../src/core/segment";
import { STAGES } from "../../../src/core/types";
import { readPublicCsv } from "../../../data/publicData";
import { cdnowSheet } from "./cdnowInput";
import type { BgNbdParams } from "../../../src/core/probabilistic";

const PROBABILISTIC = { clv: { model: "probabilistic" as const } };
const threeSignificant = (x: number): string => x.toPrecision(3);

describe("probabilistic CLV options", () => {
  it("defaults to the simple CLV, and to BG/NBD in weeks over 12 months at 1% a month", () => {
    const o = resolveOptions();
    expect(o.clv.model).toBe("simple");
    expect(o.clv.probabilistic).toEqual({
      purchaseModel: "bgnbd",
      unit: "weeks",
      horizonMonths: 12,
      monthlyDiscount: 0.01,
      noPurchaseDays: 90,
      intervalDraws: 200,
      calibrationEnd: null,
      groupBy: "none",
      minGroupCustomers: 100,
      minGroupRepeatBuyers: 20,
    });
  });

  it.each([
    [{ clv: { model: "lifetimes" } }, "badEnum", "clv.model"],
    [
      { clv: { probabilistic: { purchaseModel: "pareto" } } },
      "badEnum",
      "clv.probabilistic.purchaseModel",
    ],
    [{ clv: { probabilistic: { unit: "years" } } }, "badEnum", "clv.probabilistic.unit"],
    [
      { clv: { probabilistic: { horizonMonths: 0 } } },
      "outOfRange",
      "clv.probabilistic.horizonMonths",
    ],
    [
      { clv: { probabilistic: { horizonMonths: 6.5 } } },
      "badType",
      "clv.probabilistic.horizonMonths",
    ],
    [
      { clv: { probabilistic: { horizonMonths: "12" } } },
      "badType",
      "clv.probabilistic.horizonMonths",
    ],
    [
      { clv: { probabilistic: { monthlyDiscount: -0.01 } } },
      "outOfRange",
      "clv.probabilistic.monthlyDiscount",
    ],
    [
      { clv: { probabilistic: { calibrationEnd: "1997-02-30" } } },
      "badDate",
      "clv.probabilistic.calibrationEnd",
    ],
    [{ clv: { probabilistic: { horizon: 12 } } }, "unknownOption", "clv.probabilistic.horizon"],
    [
      { clv: { probabilistic: { noPurchaseDays: 0 } } },
      "outOfRange",
      "clv.probabilistic.noPurchaseDays",
    ],
    [
      { clv: { probabilistic: { minGroupCustomers: 1 } } },
      "outOfRange",
      "clv.probabilistic.minGroupCustomers",
    ],
    [
      { clv: { probabilistic: { minGroupCustomers: 50.5 } } },
      "badType",
      "clv.probabilistic.minGroupCustomers",
    ],
    [
      { clv: { probabilistic: { minGroupRepeatBuyers: "20" } } },
      "badType",
      "clv.probabilistic.minGroupRepeatBuyers",
    ],
    [
      { clv: { probabilistic: { minGroupCustomers: 10, minGroupRepeatBuyers: 11 } } },
      "aboveOther",
      "clv.probabilistic.minGroupRepeatBuyers",
    ],
    [{ lifecycle: { noPurchaseAtRisk: 1 } }, "outOfRange", "lifecycle.noPurchaseAtRisk"],
    [{ lifecycle: { noPurchaseAtRisk: "0.8" } }, "badType", "lifecycle.noPurchaseAtRisk"],
  ])("%j is a %s error at %s", (options, problem, path) => {
    const run = () => resolveOptions(options as never);
    expect(run).toThrow(OptionError);
    expect(run).toThrow(expect.objectContaining({ problem, path }));
  });
});

describe("segment() keeps the simple CLV by default", () => {
  it("has no probabilistic result and no extra record fields", () => {
    const res = segment(cdnowSheet("19970331"));
    expect(res.probabilistic).toBeNull();
    expect(res.clvModel).toBe("simple");
    expect(Object.keys(customerRecords(res, "en-US")[0])).not.toContain("pAlive");
  });
});

describe("segment() with the probabilistic CLV on CDNOW to 1997-09-30", () => {
  const res = segment(cdnowSheet("19970930"), { ...PROBABILISTIC, asOf: "1997-09-30" });
  const p = res.probabilistic;
  if (p === null) throw new Error("no probabilistic result");
  const published = readPublicCsv("lifetimes/cdnow_customers_summary_with_transactions.csv");
  const index = new Map(res.customers.ids.map((id, k) => [id, k]));

  it("fits BG/NBD and Gamma-Gamma to the published parameters (3 significant digits)", () => {
    const f = p.fit.params as BgNbdParams;
    expect([f.r, f.alpha, f.a, f.b].map(threeSignificant)).toEqual([
      "0.243",
      "4.41",
      "0.793",
      "2.43",
    ]);
    expect(p.fit.logLikelihood).toBeCloseTo(-9582.43, 1);
    const s = p.spend?.params;
    expect(s && [s.p, s.q, s.v].map(threeSignificant)).toEqual(["6.25", "3.74", "15.4"]);
    expect(p.spend?.customers).toBe(946);
    expect(p.spend?.spendDefined).toBe(true);
    expect(p).toMatchObject({ unit: "weeks", model: "bgnbd", observationEnd: "1997-09-30" });
    expect(p.horizon).toBeCloseTo(12 * MONTH_IN_UNIT.weeks, 12);
  });

  it("summarises every customer as the published file, by customer id", () => {
    for (const [id, x, tx, T, zbar] of published.slice(1)) {
      const k = index.get(id) as number;
      expect(p.frequency[k]).toBe(Number(x));
      // Rounded half-up to 2 dp in the file: within half a cent (22.345 is published 22.35).
      for (const [ours, theirs] of [
        [p.recency[k], tx],
        [p.T[k], T],
        [p.monetary[k], zbar],
      ] as const)
        expect(Math.abs(ours - Number(theirs))).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it("computes each customer's CLV by method.md's sum over the horizon's months", () => {
    // CLV = sum_k E[spend] (E[Y(k u)] - E[Y((k-1) u)]) / (1 + d)^k, from the model's parts.
    const u = MONTH_IN_UNIT.weeks;
    const history = { frequency: p.frequency, recency: p.recency, T: p.T };
    const spend = conditionalExpectedSpend(p.frequency, p.monetary, p.spend!.params);
    let previous: Float64Array = new Float64Array(res.customers.n);
    const clv = new Float64Array(res.customers.n);
    for (let k = 1; k <= 12; k++) {
      const upTo = conditionalExpectedPurchases(k * u, history, p.fit.params);
      for (let i = 0; i < clv.length; i++)
        clv[i] += (spend[i] * (upTo[i] - previous[i])) / 1.01 ** k;
      previous = upTo;
    }
    for (let i = 0; i < clv.length; i++) expect(p.clv[i]).toBeCloseTo(clv[i], 6);
    expect(Array.from(p.expectedPurchases)).toEqual(Array.from(previous));
    expect(Array.from(p.expectedSpend)).toEqual(Array.from(spend));
  });

  it("drives the CLV column and tiers with the probabilistic CLV", () => {
    expect(res.clvModel).toBe("probabilistic");
    // Customer 87's only order is $0.00: a purchase for the models (as in the published
    // summary), no purchase for RFM, so it has figures but no CLV and no CLV tier.
    const k87 = index.get("87") as number;
    expect(res.customers.hasPurchase[k87]).toBe(0);
    expect(p.pAlive[k87]).toBe(1);
    expect(Number.isNaN(res.clv[k87])).toBe(true);
    expect(res.clvTier[k87]).toBe(NO_CLV_TIER);
    let purchasers = 0;
    for (let k = 0; k < res.customers.n; k++) {
      purchasers += res.customers.hasPurchase[k];
      expect(res.clv[k]).toBe(res.customers.hasPurchase[k] ? p.clv[k] : NaN);
    }
    const high = Array.from(res.clvTier).filter((t) => t === 0).length;
    expect(high).toBe(Math.ceil(0.2 * purchasers));
    expect(res.clvKind).toBe("revenue");
  });

  it("warns of churn for every customer with P(alive) below 0.5", () => {
    let below = 0;
    for (let k = 0; k < res.customers.n; k++) {
      if (!(p.pAlive[k] < 0.5)) continue;
      below++;
      expect(["atRisk", "lost"]).toContain(STAGES[res.stage[k]]);
      expect(res.churnWarning[k]).toBe(1);
    }
    expect(below).toBeGreaterThan(0);
  });

  it("warns of churn by P(no purchase in N days) instead, when lifecycle.noPurchaseAtRisk is set", () => {
    const byNoPurchase = segment(cdnowSheet("19970930"), {
      asOf: "1997-09-30",
      clv: { model: "probabilistic", probabilistic: { noPurchaseDays: 90 } },
      lifecycle: { noPurchaseAtRisk: 0.8 },
    });
    const q = byNoPurchase.probabilistic!;
    expect(q.noPurchaseDays).toBe(90);
    let gained = 0;
    let lost = 0;
    for (let k = 0; k < res.customers.n; k++) {
      // A customer without a purchase is a potential one, whatever the model says.
      if (q.pNoPurchase[k] > 0.8 && res.customers.hasPurchase[k])
        expect(byNoPurchase.churnWarning[k]).toBe(1);
      const before = res.churnWarning[k];
      const after = byNoPurchase.churnWarning[k];
      // The day rules are the same in both runs: only the model's rule can make a difference.
      if (after > before) {
        gained++;
        expect(q.pNoPurchase[k]).toBeGreaterThan(0.8);
      }
      if (after < before) {
        lost++;
        expect(p.pAlive[k]).toBeLessThan(0.5);
      }
    }
    // On CDNOW 84 customers are flagged by the new rule and none dropped.
    expect(gained).toBeGreaterThan(0);
    expect(lost).toBe(0);
  });

  it("adds the figures to each customer record", () => {
    const rec = customerRecords(res, "en-US")[index.get("1") as number];
    expect(rec).toMatchObject({
      customer: "1",
      pAlive: expect.any(Number),
      pNoPurchase: expect.any(Number),
      expectedPurchases: expect.any(Number),
      expectedSpend: expect.any(Number),
    });
    expect(rec.clv).toBeCloseTo(p.clv[index.get("1") as number], 5);
  });

  it("multiplies the CLV by the margin and calls it a profit CLV", () => {
    const withMargin = segment(cdnowSheet("19970930"), {
      clv: { model: "probabilistic", margin: 0.3 },
      asOf: "1997-09-30",
    });
    expect(withMargin.clvKind).toBe("profit");
    const q = withMargin.probabilistic!;
    for (let k = 0; k < res.customers.n; k++) expect(q.clv[k]).toBeCloseTo(0.3 * p.clv[k], 8);
  });
});

describe("segment() with the probabilistic CLV: calibration and fallbacks", () => {
  it("runs the calibration check over the rest of the data", () => {
    const res = segment(cdnowSheet(), {
      clv: { model: "probabilistic", probabilistic: { calibrationEnd: "1997-09-30" } },
    });
    const c = res.probabilistic?.calibration;
    expect(c).toMatchObject({
      calibrationEnd: "1997-09-30",
      holdoutEnd: "1998-06-30",
      holdoutLength: 39,
    });
    expect(res.probabilistic?.observationEnd).toBe("1998-06-30");
    expect(c?.fit.params.r.toPrecision(3)).toBe("0.243");
  });

  it("warns when the calibration end is outside the data", () => {
    const res = segment(cdnowSheet(), {
      clv: { model: "probabilistic", probabilistic: { calibrationEnd: "1998-06-30" } },
    });
    expect(res.probabilistic?.calibration).toBeNull();
    expect(res.warnings).toContainEqual({
      code: "calibrationOutside",
      params: { calibrationEnd: "1998-06-30", first: "1997-01-01", last: "1998-06-30" },
    });
  });

  it("warns and keeps the simple CLV for a customer summary (no dates)", () => {
    const values = [
      ["Customer", "Frequency", "Monetary", "Recency"],
      ["a", 3, 300, 10],
      ["b", 1, 50, 40],
    ];
    const res = segment({ values }, PROBABILISTIC);
    expect(res.shape).toBe("summary");
    expect(res.probabilistic).toBeNull();
    expect(res.clvModel).toBe("simple");
    expect(res.warnings).toContainEqual({ code: "probabilisticNeedsDates", params: {} });
  });

  it("states every figure in its unit: alpha scales with the unit, P(alive) does not", () => {
    const inUnit = (unit: "days" | "weeks" | "months") =>
      segment(cdnowSheet("19970930"), {
        clv: { model: "probabilistic", probabilistic: { unit } },
        asOf: "1997-09-30",
      }).probabilistic!;
    const days = inUnit("days");
    const months = inUnit("months");
    // The model is the same in any unit: alpha is a time (30 days to a month), r, a, b are not.
    expect(months.fit.params.alpha * 30).toBeCloseTo(days.fit.params.alpha, 2);
    expect(months.fit.params.r).toBeCloseTo(days.fit.params.r, 4);
    // The likelihood is a density in each of the x repeat purchase times: a unit 30 times
    // longer multiplies it by 30 per purchase.
    const repeats = days.frequency.reduce((sum, x) => sum + (Number.isNaN(x) ? 0 : x), 0);
    expect(months.fit.logLikelihood - days.fit.logLikelihood).toBeCloseTo(
      repeats * Math.log(30),
      1
    );
    for (let k = 0; k < days.pAlive.length; k += 97)
      expect(months.pAlive[k]).toBeCloseTo(days.pAlive[k], 4);
    // 12 months are 360 days in both (MONTH_IN_UNIT.days = 30, a month of the summary = 30 days).
    expect([days.horizon, months.horizon]).toEqual([360, 12]);
    for (let k = 0; k < days.clv.length; k += 97) expect(months.clv[k]).toBeCloseTo(days.clv[k], 3);
  });

  it("measures T to the last day of the data when no as-of date is given", () => {
    const res = segment(cdnowSheet("19970930"), PROBABILISTIC);
    expect(res.asOf).toBe("1997-10-01");
    expect(res.probabilistic?.observationEnd).toBe("1997-09-30");
  });
});
