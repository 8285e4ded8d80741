// The expectations against the process they describe: customers simulated purchase by purchase
// (seeded), their future counted, and the model's predictions compared with the simulated means.
// Tolerances are 4 standard errors of the simulated mean, so a correct formula fails about once
// in 15,000 seeds and a wrong one by more than that is caught.
import { Random } from "../../../../data/generate/random";
import {
  conditionalExpectedPurchases,
  expectedPurchasesNewCustomer,
  probabilityAlive,
  simulateBgNbd,
  type BgNbdParams,
  type PurchaseModel,
} from "../../../../src/core/probabilistic";
import { expectWithinFourErrors } from "../withinFourErrors";

const PARAMS: BgNbdParams = { r: 0.5, alpha: 6, a: 0.7, b: 3 };
const CUSTOMERS = 20_000;
const HORIZON = 26;

describe.each<PurchaseModel>(["bgnbd", "mbgnbd"])("%s by simulation", (model) => {
  it("E[X(t)] of a new customer is the simulated mean of purchases in (0, t]", () => {
    const random = new Random(101);
    const sim = simulateBgNbd(PARAMS, new Float64Array(CUSTOMERS), () => random.next(), {
      model,
      horizon: HORIZON,
    });
    const expected = expectedPurchasesNewCustomer(HORIZON, PARAMS, model)[0];
    expectWithinFourErrors(sim.future.map((f) => f - expected));
  });

  describe("given each customer's history", () => {
    const random = new Random(model === "bgnbd" ? 202 : 303);
    const T = Float64Array.from({ length: CUSTOMERS }, () => 10 + 40 * random.next());
    const sim = simulateBgNbd(PARAMS, T, () => random.next(), { model, horizon: HORIZON });
    // Computed once for the four groups below.
    const predicted = conditionalExpectedPurchases(HORIZON, sim, PARAMS, model);
    const alive = probabilityAlive(sim, PARAMS, model);
    const groups: [string, (i: number) => boolean][] = [
      ["everyone", () => true],
      ["x = 0", (i) => sim.frequency[i] === 0],
      ["x = 1", (i) => sim.frequency[i] === 1],
      ["x >= 2", (i) => sim.frequency[i] >= 2],
    ];

    // E[future - E[Y(t) | history]] = 0 over any set of histories, since the prediction is the
    // mean of the future given the history: a check of the formula across all of them at once.
    it.each(groups)("conditional expected purchases match the simulated future (%s)", (_, keep) => {
      expectWithinFourErrors(
        sim.future.map((f, i) => f - predicted[i]),
        keep
      );
    });

    it.each(groups)("P(alive) matches the simulated share still active at T (%s)", (_, keep) => {
      expectWithinFourErrors(
        Float64Array.from(sim.alive, (a, i) => a - alive[i]),
        keep
      );
    });
  });
});
