// TIER.P_NO_PURCHASE against the core's P(no purchase in the next t) on the CDNOW sample (weeks),
// with the BG/NBD and the Pareto/NBD spills: the figure `tiering clv` gives as pNoPurchase.
import {
  fitBgNbd,
  probabilityNoPurchase,
  type ParetoNbdParams,
} from "../../src/core/probabilistic";
import { bgNbdFit, pNoPurchase, pnbdFit } from "../../src/functions/functions";
import { cdnowPurchases } from "../core/probabilistic/cdnowSummary";
import { column, expectError, firstColumn } from "./cells";

const history = cdnowPurchases();
const [xs, txs, Ts] = [history.frequency, history.recency, history.T].map((a) =>
  column(Array.from(a))
);
const NINETY_DAYS = 90 / 7;

describe("TIER.P_NO_PURCHASE", () => {
  it("is the core's figure per row under BG/NBD", async () => {
    const fitted = await bgNbdFit(xs, txs, Ts);
    const expected = probabilityNoPurchase(NINETY_DAYS, history, fitBgNbd(history).params);
    expect(firstColumn(pNoPurchase([[NINETY_DAYS]], xs, txs, Ts, fitted))).toEqual(
      Array.from(expected)
    );
  });

  it("reads a Pareto/NBD spill as Pareto/NBD", async () => {
    const fitted = await pnbdFit(xs, txs, Ts);
    const [r, alpha, s, beta] = fitted[1] as number[];
    const params: ParetoNbdParams = { r, alpha, s, beta };
    expect(firstColumn(pNoPurchase([[NINETY_DAYS]], xs, txs, Ts, fitted))).toEqual(
      Array.from(probabilityNoPurchase(NINETY_DAYS, history, params, "pnbd"))
    );
  });

  it("takes one span per row, and names a negative one", async () => {
    const fitted = await bgNbdFit(xs, txs, Ts);
    const first = (cells: unknown[][]) => cells.slice(0, 3).map((row) => row[0]);
    const three = [xs, txs, Ts].map((c) => c.slice(0, 3));
    const spans = [[0], [13], [-2]];
    const out = first(pNoPurchase(spans, three[0], three[1], three[2], fitted));
    expect(out[0]).toBe(1);
    const params = fitBgNbd(history).params;
    const one = {
      frequency: history.frequency.subarray(1, 2),
      recency: history.recency.subarray(1, 2),
      T: history.T.subarray(1, 2),
    };
    expect(out[1]).toBe(probabilityNoPurchase(13, one, params)[0]);
    expectError(out[2], "row 3", "negative");
  });
});
