// TIER.BGNBD_FIT when the core's fit does not converge: no parameters in the cells (they would
// be unreliable numbers), the reason and the best point found in the message.
import type { BgNbdFitReport } from "../../src/core/probabilistic";
import { bgNbdFit } from "../../src/functions/functions";
import { expectError } from "./cells";

const failed: BgNbdFitReport = {
  params: { r: 0.5, alpha: 3, a: 1e-9, b: 2 },
  logLikelihood: -100,
  iterations: 500,
  converged: false,
  message: "fit.atBound",
  model: "bgnbd",
  customers: 3,
  standardErrors: { r: NaN, alpha: NaN, a: NaN, b: NaN },
  lower95: { r: NaN, alpha: NaN, a: NaN, b: NaN },
  upper95: { r: NaN, alpha: NaN, a: NaN, b: NaN },
  logCovariance: null,
};

jest.mock("../../src/core/probabilistic", () => ({
  ...jest.requireActual<object>("../../src/core/probabilistic"),
  fitBgNbdSteps: function* () {
    yield;
    return failed;
  },
}));

describe("TIER.BGNBD_FIT without convergence", () => {
  it("gives errors, not numbers, with the reason and the best point found", async () => {
    const out = await bgNbdFit([[1], [0], [2]], [[3], [0], [4]], [[5], [6], [7]]);
    expect(out[0]).toEqual(["r", "alpha", "a", "b"]);
    for (const cell of out[1])
      expectError(cell, "did not converge", "edge of its parameters", "r 0.5000");
  });
});
