// The standard check on the CDNOW sample (Fader, Hardie and Lee 2005; lifetimes' example):
// calibration to 1997-09-30, holdout to 1998-06-30, weeks.
import {
  calibrationCheck,
  splitCalibration,
  type CalibrationReport,
} from "../../../../src/core/probabilistic/calibration";
import type { PurchaseRows } from "../../../../src/core/probabilistic/summary";
import { dayOfYmd, readCdnow } from "../summary/cdnowTransactions";
import type { BgNbdParams } from "../../../../src/core/probabilistic";

const CAL_END = "19970930";
const HOLDOUT_END = "19980630";

/** Holdout purchase days per sample_id straight from the raw lines, for an independent count. */
function naiveHoldout(lines: { id: number; ymd: string }[]): Map<number, number> {
  const days = new Map<number, Set<string>>();
  for (const l of lines) {
    if (l.ymd <= CAL_END || l.ymd > HOLDOUT_END) continue;
    const set = days.get(l.id) ?? new Set<string>();
    set.add(l.ymd);
    days.set(l.id, set);
  }
  return new Map([...days].map(([id, set]) => [id, set.size]));
}

function threeSignificant(x: number): string {
  return x.toPrecision(3);
}

describe("splitCalibration on CDNOW", () => {
  const cdnow = readCdnow();
  const split = splitCalibration(cdnow, cdnow.ids.length, {
    calibrationEndDay: dayOfYmd(CAL_END),
    holdoutEndDay: dayOfYmd(HOLDOUT_END),
    unit: "weeks",
  });

  it("summarises all 2,357 customers to the calibration end over a 39-week holdout", () => {
    expect(split.calibration.summary.n).toBe(2357);
    expect(split.holdoutLength).toBe(39);
  });

  it("counts each customer's holdout purchase days as a direct count does", () => {
    const expected = naiveHoldout(cdnow.lines);
    split.calibration.customer.forEach((k, j) => {
      expect(split.holdoutPurchases[j]).toBe(expected.get(cdnow.ids[k]) ?? 0);
    });
  });
});

describe("calibrationCheck on CDNOW", () => {
  const cdnow = readCdnow();
  const report: CalibrationReport = calibrationCheck(cdnow, cdnow.ids.length, {
    calibrationEndDay: dayOfYmd(CAL_END),
    holdoutEndDay: dayOfYmd(HOLDOUT_END),
    unit: "weeks",
    model: "bgnbd",
  });
  const split = splitCalibration(cdnow, cdnow.ids.length, {
    calibrationEndDay: dayOfYmd(CAL_END),
    holdoutEndDay: dayOfYmd(HOLDOUT_END),
    unit: "weeks",
  });

  /** Sample standard deviation of the holdout purchases of each group's customers. */
  function groupSd(group: number): number {
    const f = split.calibration.summary.frequency;
    const values = split.holdoutPurchases.filter((_, j) => Math.min(f[j], 7) === group);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    return Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
  }

  it("fits the calibration period to the published parameters (3 significant digits)", () => {
    const p = report.fit.params as BgNbdParams;
    expect(report.fit.converged).toBe(true);
    expect([p.r, p.alpha, p.a, p.b].map(threeSignificant)).toEqual([
      "0.243",
      "4.41",
      "0.793",
      "2.43",
    ]);
    expect(report.fit.logLikelihood).toBeCloseTo(-9582.43, 1);
  });

  it("states the period: dates, unit and holdout length", () => {
    expect(report).toMatchObject({
      calibrationEnd: "1997-09-30",
      holdoutEnd: "1998-06-30",
      unit: "weeks",
      holdoutLength: 39,
      customers: 2357,
    });
    expect(report.groups.reduce((s, g) => s + g.customers, 0)).toBe(2357);
    expect(report.totalActual).toBe(split.holdoutPurchases.reduce((s, v) => s + v, 0));
  });

  // Each group's actual mean is itself a sample mean of n customers, with standard error sd/√n.
  // A model that tracks the data predicts within that noise: 3 standard errors is the 99.7%
  // band. (The BG/NBD is known to run a little low for customers with 1-2 repeat purchases on
  // this sample; it stays inside the band.)
  it("predicts each frequency group's holdout purchases within 3 standard errors", () => {
    for (const g of report.groups) {
      const se = groupSd(g.frequency) / Math.sqrt(g.customers);
      const gap = Math.abs((g.meanActual as number) - (g.meanPredicted as number));
      expect({ group: g.frequency, withinBand: gap <= 3 * se }).toEqual({
        group: g.frequency,
        withinBand: true,
      });
    }
  });

  it("predicts the total within 3 standard errors of the actual total", () => {
    // The variance of a sum of independent customers is the sum of their variances, taken here
    // within each frequency group.
    const variance = report.groups.reduce((s, g) => s + g.customers * groupSd(g.frequency) ** 2, 0);
    const gap = Math.abs(report.totalActual - (report.totalPredicted as number));
    expect(gap).toBeLessThanOrEqual(3 * Math.sqrt(variance));
  });

  it("gives the same report from a split the caller made already (model selection's)", () => {
    const given = calibrationCheck(cdnow, cdnow.ids.length, {
      calibrationEndDay: dayOfYmd(CAL_END),
      holdoutEndDay: dayOfYmd(HOLDOUT_END),
      unit: "weeks",
      model: "bgnbd",
      split,
    });
    expect(given).toEqual(report);
  });

  it("rises with calibration frequency, as the actual means do", () => {
    const predicted = report.groups.map((g) => g.meanPredicted as number);
    for (let i = 1; i < predicted.length; i++)
      expect(predicted[i]).toBeGreaterThan(predicted[i - 1]);
  });
});

describe("calibrationCheck edge cases", () => {
  function rows(list: [number, number, number][]): PurchaseRows {
    return {
      count: list.length,
      customer: Int32Array.from(list, (r) => r[0]),
      day: Int32Array.from(list, (r) => r[1]),
      amount: Float64Array.from(list, (r) => r[2]),
    };
  }

  it("leaves out customers who first buy in the holdout period", () => {
    const r = rows([
      [0, 1, 5],
      [0, 30, 5],
      [1, 60, 5],
      [1, 70, 5],
    ]);
    const split = splitCalibration(r, 2, {
      calibrationEndDay: 50,
      holdoutEndDay: 100,
      unit: "days",
    });
    expect(Array.from(split.calibration.customer)).toEqual([0]);
    expect(Array.from(split.holdoutPurchases)).toEqual([0]);
    expect(split.holdoutLength).toBe(50);
  });

  it("gives no predictions when the fit fails, never the failed fit's numbers", () => {
    const r = rows([[0, 60, 5]]);
    const report = calibrationCheck(r, 1, {
      calibrationEndDay: 50,
      holdoutEndDay: 100,
      unit: "days",
      model: "bgnbd",
    });
    expect(report.fit.converged).toBe(false);
    expect(report.customers).toBe(0);
    expect(report.totalPredicted).toBeNull();
    expect(report.groups.every((g) => g.meanPredicted === null)).toBe(true);
  });
});
