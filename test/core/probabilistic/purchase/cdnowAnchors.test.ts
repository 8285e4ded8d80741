// The published CDNOW figures (Fader, Hardie and Lee 2005 and Hardie's spreadsheet; Batislam et
// al.'s MBG/NBD as BTYDplus fits it), reproduced from the summary lifetimes ships.
import {
  conditionalExpectedPurchases,
  expectedPurchasesNewCustomer,
  fitBgNbd,
  probabilityAlive,
  purchaseLogLikelihood,
} from "../../../../src/core/probabilistic";
import { cdnowPurchases, cdnowSummary } from "../cdnowSummary";
import { expectSignificant } from "../expectSignificant";

describe("BG/NBD on CDNOW (weeks)", () => {
  const history = cdnowPurchases();
  const fit = fitBgNbd(history);

  it("reproduces r 0.2426, alpha 4.4135, a 0.7929, b 2.4258 and log-likelihood -9582.43", () => {
    expect(fit.converged).toBe(true);
    expect(fit.message).toBeNull();
    expect(fit.customers).toBe(2357);
    expect(fit.model).toBe("bgnbd");
    expectSignificant(fit.params.r, 0.2426, 4);
    expectSignificant(fit.params.alpha, 4.4135, 5);
    expectSignificant(fit.params.a, 0.7929, 4);
    expectSignificant(fit.params.b, 2.4258, 5);
    expect(Math.abs(fit.logLikelihood - -9582.43)).toBeLessThan(0.1);
  });

  it("reports the log-likelihood of its own parameters", () => {
    expect(purchaseLogLikelihood(history, fit.params)).toBeCloseTo(fit.logLikelihood, 6);
  });

  it("gives the paper's 1.226 purchases in 39 weeks for x = 2, t_x = 30.43, T = 38.86", () => {
    const one = {
      frequency: Float64Array.of(2),
      recency: Float64Array.of(30.43),
      T: Float64Array.of(38.86),
    };
    expect(conditionalExpectedPurchases(39, one, fit.params)[0]).toBeCloseTo(1.226, 3);
  });

  // The spreadsheet's figures come from its own Solver fit; they agree to 3 decimals (as in
  // lifetimes' test of the same figures).
  it("gives the spreadsheet's E[X(t)] for a new customer", () => {
    const times = Float64Array.of(0.1429, 1, 3, 31.8571, 32, 78);
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    const actual = expectedPurchasesNewCustomer(times, fit.params);
    expected.forEach((e, i) => expect(actual[i]).toBeCloseTo(e, 3));
  });

  it("gives P(alive) = 1 to every customer without repeat purchases", () => {
    const alive = probabilityAlive(history, fit.params);
    history.frequency.forEach((x, i) => {
      if (x === 0) expect(alive[i]).toBe(1);
      else expect(alive[i]).toBeLessThan(1);
    });
  });

  it("fits the same on the summary with spend (same customers, same purchases)", () => {
    const other = fitBgNbd(cdnowSummary());
    expect(other.logLikelihood).toBeCloseTo(fit.logLikelihood, 6);
  });
});

describe("MBG/NBD on CDNOW (weeks)", () => {
  const history = cdnowPurchases();
  const fit = fitBgNbd(history, { model: "mbgnbd" });

  it("reproduces BTYDplus's r 0.525, alpha 6.183, a 0.891, b 1.614", () => {
    expect(fit.converged).toBe(true);
    expect(fit.model).toBe("mbgnbd");
    expect(fit.params.r).toBeCloseTo(0.525, 3);
    expect(fit.params.alpha).toBeCloseTo(6.183, 3);
    expect(fit.params.a).toBeCloseTo(0.891, 3);
    expect(fit.params.b).toBeCloseTo(1.614, 3);
  });

  it("gives one-time buyers a P(alive) below 1, lower the longer ago they bought", () => {
    const T = Float64Array.of(10, 30, 60);
    const zeros = new Float64Array(3);
    const alive = probabilityAlive({ frequency: zeros, recency: zeros, T }, fit.params, "mbgnbd");
    expect(alive[0]).toBeLessThan(1);
    expect(alive[1]).toBeLessThan(alive[0]);
    expect(alive[2]).toBeLessThan(alive[1]);
  });
});
