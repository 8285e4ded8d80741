// TIER.PNBD_FIT, and TIER.P_ALIVE and TIER.EXPECTED_PURCHASES given what it spills: the same figures
// as the core's Pareto/NBD on the CDNOW sample (weeks), whose fit lifetimes 0.11.3 gives as
// r 0.5533, alpha 10.577, s 0.6063, beta 11.669.
import {
  conditionalExpectedPurchases,
  probabilityAlive,
  type ParetoNbdParams,
} from "../../src/core/probabilistic";
import { expectedPurchases, pAlive, pnbdFit } from "../../src/functions/functions";
import { cdnowPurchases } from "../core/probabilistic/cdnowSummary";
import { column, firstColumn } from "./cells";

const history = cdnowPurchases();
const [xs, txs, Ts] = [history.frequency, history.recency, history.T].map((a) =>
  column(Array.from(a))
);

describe("TIER.PNBD_FIT", () => {
  let fitted: unknown[][];
  beforeAll(async () => {
    fitted = await pnbdFit(xs, txs, Ts);
  });

  it("spills r, alpha, s, beta over lifetimes' values (3 significant digits)", () => {
    expect(fitted[0]).toEqual(["r", "alpha", "s", "beta"]);
    expect((fitted[1] as number[]).map((v) => v.toPrecision(3))).toEqual([
      "0.553",
      "10.6",
      "0.606",
      "11.7",
    ]);
  });

  it("P_ALIVE and EXPECTED_PURCHASES read its spill as Pareto/NBD parameters", () => {
    const [r, alpha, s, beta] = fitted[1] as number[];
    const params: ParetoNbdParams = { r, alpha, s, beta };
    expect(firstColumn(pAlive(xs, txs, Ts, fitted))).toEqual(
      Array.from(probabilityAlive(history, params, "pnbd"))
    );
    expect(firstColumn(expectedPurchases([[39]], xs, txs, Ts, fitted))).toEqual(
      Array.from(conditionalExpectedPurchases(39, history, params, "pnbd"))
    );
    // The same four numbers read as BG/NBD (one row, no names) give other figures.
    const asBgNbd = firstColumn(pAlive(xs, txs, Ts, [fitted[1]]));
    expect(asBgNbd).not.toEqual(firstColumn(pAlive(xs, txs, Ts, fitted)));
  });
});
