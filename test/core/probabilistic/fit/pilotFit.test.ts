// Many distinct histories: the starts run on a sample and the full fit starts from its optimum
// (fitPurchaseModel's pilotThenFull). The answer must be the optimum every start on all the data
// finds, for each purchase model, and the sample must stand for the data it was drawn from.
import { Random } from "../../../../data/generate/random";
import {
  fitBgNbd,
  fitParetoNbd,
  simulateBgNbd,
  type BgNbdParams,
  type PurchaseFitReport,
} from "../../../../src/core/probabilistic";
import {
  groupHistories,
  sampleGroupedRows,
} from "../../../../src/core/probabilistic/purchase/groupHistories";
import { fitPurchaseModel } from "../../../../src/core/probabilistic/fit/fitPurchaseModel";
import { paretoStarts } from "../../../../src/core/probabilistic/pareto/fitParetoNbd";
import { paretoLogLikelihood } from "../../../../src/core/probabilistic/pareto/paretoLogLikelihood";
import type { ParetoNbdParams } from "../../../../src/core/probabilistic";
import { readRfmOrdersHistory } from "../../../../data/rfmOrders";

const CDNOW_LIKE: BgNbdParams = { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258 };

/** Continuous times: no two histories alike, so every customer is a distinct row. */
function simulated(n: number, seed: number) {
  const random = new Random(seed);
  const T = Float64Array.from({ length: n }, () => 27 + 12 * random.next());
  return simulateBgNbd(CDNOW_LIKE, T, () => random.next());
}

function expectSameOptimum(pilot: PurchaseFitReport, full: PurchaseFitReport): void {
  expect(pilot.converged).toBe(true);
  expect(full.converged).toBe(true);
  expect(pilot.logLikelihood).toBeCloseTo(full.logLikelihood, 4);
  const p = pilot.params as unknown as Record<string, number>;
  const f = full.params as unknown as Record<string, number>;
  const se = full.standardErrors as unknown as Record<string, number>;
  const pilotSe = pilot.standardErrors as unknown as Record<string, number>;
  for (const k of Object.keys(f)) {
    // Within a thousandth of a standard error: the same optimum, not a nearby point.
    expect(Math.abs(p[k] - f[k])).toBeLessThan(se[k] / 1000);
    expect(pilotSe[k] / se[k]).toBeCloseTo(1, 3);
  }
}

describe("a fit over many distinct histories", () => {
  const data = simulated(25_000, 3);

  it("has more rows than the pilot takes, so the pilot runs", () => {
    expect(groupHistories(data).rows).toBeGreaterThan(20_000);
  });

  it.each(["bgnbd", "mbgnbd"] as const)("%s ends at the all-starts optimum", (model) => {
    expectSameOptimum(fitBgNbd(data, { model }), fitBgNbd(data, { model, pilot: false }));
  });

  it("Pareto/NBD ends at the all-starts optimum", () => {
    expectSameOptimum(fitParetoNbd(data), fitParetoNbd(data, { pilot: false }));
  });

  it("reports progress from 0 to 1 in order", () => {
    const seen: number[] = [];
    fitBgNbd(data, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
  });
});

/** rfm_data_orders.csv `copies` times over, each T moved by up to half a week: distinct rows. */
function manyOrders(copies: number, seed: number) {
  const one = readRfmOrdersHistory();
  const n = one.frequency.length * copies;
  const random = new Random(seed);
  const at = (a: Float64Array) => Float64Array.from({ length: n }, (_, i) => a[i % a.length]);
  const T = at(one.T).map((t) => t + 0.5 * random.next());
  return { frequency: at(one.frequency), recency: at(one.recency), T };
}

describe("a fit over many distinct histories that runs to the edge of its parameters", () => {
  // Every purchase model runs off towards its Poisson limit on rfm_data_orders.csv.
  it("says so after the sample's starts and one run on all the data", () => {
    const data = manyOrders(21, 5);
    const grouped = groupHistories(data);
    expect(grouped.rows).toBeGreaterThan(20_000);
    let fullEvaluations = 0;
    const fit = fitPurchaseModel<ParetoNbdParams>(
      data,
      grouped,
      {
        model: "pnbd",
        names: ["r", "alpha", "s", "beta"],
        logLikelihood: (g, p, gradient) => {
          if (g.rows === grouped.rows) fullEvaluations++;
          return paretoLogLikelihood(g, p, gradient);
        },
        starts: paretoStarts(grouped),
      },
      {}
    );
    expect(fit.converged).toBe(false);
    expect(fit.message).toBe("fit.atBound");
    // Every start run to the edge again on all the data took some 600 evaluations there; one run
    // on from the sample's end point takes about 70.
    expect(fullEvaluations).toBeLessThan(200);
  });
});

describe("sampleGroupedRows", () => {
  const grouped = groupHistories(simulated(5_000, 8));

  it("takes every k-th row and keeps the per-frequency totals consistent", () => {
    const sample = sampleGroupedRows(grouped, 1_000);
    expect(sample.rows).toBe(Math.ceil(grouped.rows / Math.ceil(grouped.rows / 1_000)));
    const step = Math.ceil(grouped.rows / 1_000);
    for (let i = 0; i < sample.rows; i++) {
      expect(sample.x[i]).toBe(grouped.x[i * step]);
      expect(sample.T[i]).toBe(grouped.T[i * step]);
      expect(sample.distinctX[sample.xIndex[i]]).toBe(sample.x[i]);
    }
    const total = (a: Float64Array) => a.reduce((s, v) => s + v, 0);
    expect(total(sample.weightOfX)).toBe(sample.customers);
    expect(total(sample.weight)).toBe(sample.customers);
  });

  it("keeps the spread of frequencies (zero and repeat buyers alike)", () => {
    const sample = sampleGroupedRows(grouped, 1_000);
    const zeroShare = (g: typeof grouped) => {
      let zero = 0;
      for (let i = 0; i < g.rows; i++) if (g.x[i] === 0) zero += g.weight[i];
      return zero / g.customers;
    };
    expect(zeroShare(sample)).toBeCloseTo(zeroShare(grouped), 2);
  });

  it("returns every row when there are fewer than asked for", () => {
    const sample = sampleGroupedRows(grouped, grouped.rows + 1);
    expect(sample.rows).toBe(grouped.rows);
    expect(sample.customers).toBe(grouped.customers);
  });
});
