// Standard errors from the observed information against lifetimes 0.11.3 on the CDNOW calibration
// summary (its summary table, run for reference), and the 95% intervals built from them.
import {
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  type BgNbdParams,
  type GammaGammaParams,
} from "../../../../src/core/probabilistic";
import { cdnowPurchases, cdnowSummary } from "../cdnowSummary";
import { expectSignificant } from "../expectSignificant";

describe("standard errors on CDNOW", () => {
  it("BG/NBD: se r 0.01256, alpha 0.3782, a 0.1857, b 0.7053 (2 significant digits)", () => {
    const fit = fitBgNbd(cdnowPurchases());
    const se = fit.standardErrors;
    const reference: BgNbdParams = { r: 0.01256, alpha: 0.3782, a: 0.1857, b: 0.7053 };
    for (const k of ["r", "alpha", "a", "b"] as const) expectSignificant(se[k], reference[k], 2);
    expect(fit.logCovariance).toHaveLength(4);
  });

  it("Gamma-Gamma: se p 1.190, q 0.2902, v 4.160 (2 significant digits)", () => {
    const s = cdnowSummary();
    const fit = fitGammaGamma({ frequency: s.frequency, monetary: s.monetary });
    const reference: GammaGammaParams = { p: 1.19, q: 0.2902, v: 4.16 };
    for (const k of ["p", "q", "v"] as const)
      expectSignificant(fit.standardErrors[k], reference[k], 2);
  });

  it("95% intervals hold the estimate, are positive and 1.96 se(ln p) either side in logs", () => {
    const fit = fitBgNbd(cdnowPurchases());
    for (const k of ["r", "alpha", "a", "b"] as const) {
      const [lo, hi, p, se] = [
        fit.lower95[k],
        fit.upper95[k],
        fit.params[k],
        fit.standardErrors[k],
      ];
      expect(lo).toBeGreaterThan(0);
      expect(lo).toBeLessThan(p);
      expect(hi).toBeGreaterThan(p);
      // exp(ln p +- 1.96 se(ln p)), se(ln p) = se / p.
      expect(hi / (p * Math.exp((1.959964 * se) / p))).toBeCloseTo(1, 6);
      expect((lo * hi) / (p * p)).toBeCloseTo(1, 6);
    }
  });

  it("Pareto/NBD has finite standard errors too", () => {
    const fit = fitParetoNbd(cdnowPurchases());
    const se = fit.standardErrors as unknown as Record<string, number>;
    expect(Object.keys(se)).toEqual(["r", "alpha", "s", "beta"]);
    expect(Object.values(se).every((v) => v > 0 && Number.isFinite(v))).toBe(true);
  });

  it("a failed fit has NaN standard errors and no covariance", () => {
    const fit = fitBgNbd({
      frequency: new Float64Array(0),
      recency: new Float64Array(0),
      T: new Float64Array(0),
    });
    expect(Number.isNaN(fit.standardErrors.r)).toBe(true);
    expect(fit.logCovariance).toBeNull();
  });
});
