// When a fit fails or the spend model has q <= 1, segment() says so and shows no wrong number:
// the fits are replaced here by reports of those outcomes, the rest of the core is real.
import type * as Probabilistic from "../../../src/core/probabilistic";
import type { GammaGammaFitReport, PurchaseFitReport } from "../../../src/core/probabilistic";
import { segment } from "../../../src/core/segment";
import { STAGES } from "../../../src/core/types";
import { cdnowSheet } from "./cdnowInput";

const actual = jest.requireActual<typeof Probabilistic>("../../../src/core/probabilistic");
let purchaseOutcome: ((real: PurchaseFitReport) => PurchaseFitReport) | null = null;
let spendOutcome: ((real: GammaGammaFitReport) => GammaGammaFitReport) | null = null;

jest.mock("../../../src/core/probabilistic", () => ({
  ...jest.requireActual("../../../src/core/probabilistic"),
  // The pipeline fits every purchase model through fitPurchaseModel.
  fitPurchaseModel: (...args: Parameters<typeof Probabilistic.fitPurchaseModel>) => {
    const real = actual.fitPurchaseModel(...args);
    return purchaseOutcome ? purchaseOutcome(real) : real;
  },
  fitGammaGamma: (...args: Parameters<typeof Probabilistic.fitGammaGamma>) => {
    const real = actual.fitGammaGamma(...args);
    return spendOutcome ? spendOutcome(real) : real;
  },
}));

const input = cdnowSheet("19970930");
const options = { clv: { model: "probabilistic" as const }, asOf: "1997-09-30" };
const simple = segment(input, { asOf: "1997-09-30" });

afterEach(() => {
  purchaseOutcome = null;
  spendOutcome = null;
});

describe("segment() when the probabilistic fits cannot be used", () => {
  it("falls back to the simple CLV with no figures when BG/NBD does not converge", () => {
    purchaseOutcome = (real) => ({ ...real, converged: false, message: "fit.notConverged" });
    const res = segment(input, options);
    const p = res.probabilistic!;
    expect(res.warnings).toContainEqual({
      code: "probabilisticFitFailed",
      params: { model: "BG/NBD" },
    });
    expect(p.fit.converged).toBe(false);
    expect(p.clvDefined).toBe(false);
    for (const column of [p.expectedPurchases, p.pAlive, p.expectedSpend, p.clv])
      expect(column.every((v) => Number.isNaN(v))).toBe(true);
    expect(res.clvModel).toBe("simple");
    expect(Array.from(res.clv)).toEqual(Array.from(simple.clv));
    // Without P(alive) the stages are the simple ones.
    expect(Array.from(res.stage)).toEqual(Array.from(simple.stage));
  });

  it("names the model that failed (MBG/NBD)", () => {
    purchaseOutcome = (real) => ({ ...real, converged: false, message: "fit.notConverged" });
    const res = segment(input, {
      ...options,
      clv: { model: "probabilistic", probabilistic: { purchaseModel: "mbgnbd" } },
    });
    expect(res.warnings).toContainEqual({
      code: "probabilisticFitFailed",
      params: { model: "MBG/NBD" },
    });
  });

  it("reports q <= 1, gives no spend or CLV, and still uses P(alive)", () => {
    spendOutcome = (real) => ({
      ...real,
      params: { ...real.params, q: 0.8 },
      spendDefined: false,
      warnings: ["fit.spendUndefined"],
    });
    const res = segment(input, options);
    const p = res.probabilistic!;
    expect(res.warnings).toContainEqual({ code: "spendModelUnusable", params: { q: 0.8 } });
    expect(p.expectedSpend.every((v) => Number.isNaN(v))).toBe(true);
    expect(p.clv.every((v) => Number.isNaN(v))).toBe(true);
    expect(res.clvModel).toBe("simple");
    expect(Array.from(res.clv)).toEqual(Array.from(simple.clv));
    expect(p.pAlive.some((v) => v < 0.5)).toBe(true);
    for (let k = 0; k < res.customers.n; k++)
      if (p.pAlive[k] < 0.5) expect(["atRisk", "lost"]).toContain(STAGES[res.stage[k]]);
  });

  it("reports a Gamma-Gamma fit that does not converge", () => {
    spendOutcome = (real) => ({ ...real, converged: false, message: "fit.notConverged" });
    const res = segment(input, options);
    expect(res.warnings).toContainEqual({
      code: "probabilisticFitFailed",
      params: { model: "Gamma-Gamma" },
    });
    expect(res.probabilistic!.clv.every((v) => Number.isNaN(v))).toBe(true);
    expect(res.clvModel).toBe("simple");
  });

  it("passes on the warning that frequency and spend are correlated", () => {
    spendOutcome = (real) => ({
      ...real,
      frequencyMonetaryCorrelation: 0.456,
      warnings: ["fit.frequencySpendCorrelated"],
    });
    const res = segment(input, options);
    expect(res.warnings).toContainEqual({ code: "spendCorrelated", params: { correlation: 0.46 } });
    expect(res.clvModel).toBe("probabilistic");
  });
});
