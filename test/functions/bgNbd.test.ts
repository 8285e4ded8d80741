// TIER.BGNBD_FIT, TIER.P_ALIVE and TIER.EXPECTED_PURCHASES against the core's BG/NBD on the CDNOW
// sample (weeks), whose fit has published parameters (method.md section 4).
import {
  conditionalExpectedPurchases,
  fitBgNbd,
  probabilityAlive,
  type BgNbdParams,
} from "../../src/core/probabilistic";
import { bgNbdFit, expectedPurchases, pAlive } from "../../src/functions/functions";
import { cdnowPurchases } from "../core/probabilistic/cdnowSummary";
import { column, expectCallError, expectError, firstColumn } from "./cells";

// Frequency, recency, T in weeks (lifetimes' cdnow_customers_summary.csv).
const history = cdnowPurchases();
const [x, tx, T] = [history.frequency, history.recency, history.T].map((a) => Array.from(a));
const [xs, txs, Ts] = [x, tx, T].map(column);

let fitted: unknown[][];
let params: BgNbdParams;

beforeAll(async () => {
  fitted = await bgNbdFit(xs, txs, Ts);
  params = fitBgNbd(history).params;
});

describe("TIER.BGNBD_FIT", () => {
  it("spills the core's parameters under their names", () => {
    expect(fitted).toEqual([
      ["r", "alpha", "a", "b"],
      [params.r, params.alpha, params.a, params.b],
    ]);
  });

  it("reproduces the published CDNOW parameters to 3 significant digits", () => {
    const [r, alpha, a, b] = fitted[1] as number[];
    expect(r.toPrecision(3)).toBe("0.243");
    expect(alpha.toPrecision(3)).toBe("4.41");
    expect(a.toPrecision(3)).toBe("0.793");
    expect(b.toPrecision(3)).toBe("2.43");
  });

  it("will not fit data with an unusable row, naming it", async () => {
    const bad = [...tx];
    bad[4] = T[4] + 1;
    expectCallError(await bgNbdFit(xs, column(bad), Ts), "recency, row 5", "longer than T");
    const text = [...x] as unknown[];
    text[9] = "two";
    expectCallError(await bgNbdFit(column(text), txs, Ts), "frequency, row 10", '"two"');
  });

  it("skips blank rows and says when there is nothing to fit", async () => {
    expect(await bgNbdFit(column([...x, ""]), column([...tx, ""]), column([...T, ""]))).toEqual(
      fitted
    );
    expectCallError(await bgNbdFit(column([""]), column([""]), column([""])), "cannot be fitted");
  });
});

describe("TIER.P_ALIVE", () => {
  it("is the core's P(alive) per row, with the parameters as spilled or as one row", () => {
    const expected = Array.from(probabilityAlive(history, params));
    expect(firstColumn(pAlive(xs, txs, Ts, fitted))).toEqual(expected);
    expect(firstColumn(pAlive(xs, txs, Ts, [fitted[1]]))).toEqual(expected);
    // Down a column, and names in another order, read the same.
    const down = fitted[0].map((name, i) => [name, fitted[1][i]]);
    expect(firstColumn(pAlive(xs, txs, Ts, down))).toEqual(expected);
    const shuffled = [
      ["b", "a", "alpha", "r"],
      [params.b, params.a, params.alpha, params.r],
    ];
    expect(firstColumn(pAlive(xs, txs, Ts, shuffled))).toEqual(expected);
  });

  it("is 1 for a customer without repeat purchases under BG/NBD", () => {
    // The model's P(alive) formula has the factor a / (b + x - 1) only when x > 0.
    expect(pAlive([[0]], [[0]], [[30]], fitted)).toEqual([[1]]);
  });

  it("shows #VALUE! in rows the model cannot use, blank for blank rows", () => {
    const out = firstColumn(
      pAlive(column([1, 0, "", -1]), column([5, 3, "", 2]), column([9, 9, "", 9]), fitted)
    );
    expect(typeof out[0]).toBe("number");
    expectError(out[1], "recency, row 2", "without a repeat purchase");
    expect(out[2]).toBe("");
    expectError(out[3], "frequency, row 4", "negative");
  });

  it("names the parameters it wants", () => {
    for (const bad of [
      [[1, 2, 3]],
      [[1, 2, 3, -4]],
      [
        ["r", "alpha", "a", "c"],
        [1, 2, 3, 4],
      ],
    ])
      expectCallError(
        pAlive([[1]], [[1]], [[2]], bad),
        "params must be the four BG/NBD parameters"
      );
  });
});

describe("TIER.EXPECTED_PURCHASES", () => {
  it("is the core's conditional expectation, for one horizon or one per row", () => {
    expect(firstColumn(expectedPurchases([[39]], xs, txs, Ts, fitted))).toEqual(
      Array.from(conditionalExpectedPurchases(39, history, params))
    );
    const perRow = x.map((_, i) => (i % 5) + 1);
    expect(firstColumn(expectedPurchases(column(perRow), xs, txs, Ts, fitted))).toEqual(
      Array.from(conditionalExpectedPurchases(Float64Array.from(perRow), history, params))
    );
  });

  it("expects nothing in no time", () => {
    expect(
      firstColumn(expectedPurchases([[0]], xs.slice(0, 3), txs.slice(0, 3), Ts.slice(0, 3), fitted))
    ).toEqual([0, 0, 0]);
  });

  it("wants t of at least 0, per row or for all", () => {
    const one = expectedPurchases([[-1]], column([1, 2]), column([3, 4]), column([9, 9]), fitted);
    for (const [cell] of one) expectError(cell, "t, row 1", "negative");
    const each = firstColumn(
      expectedPurchases(column([1, "soon"]), column([1, 2]), column([3, 4]), column([9, 9]), fitted)
    );
    expect(typeof each[0]).toBe("number");
    expectError(each[1], "t, row 2", '"soon"');
    expectCallError(
      expectedPurchases(column([1, 2, 3]), column([1, 2]), column([3, 4]), column([9, 9]), fitted),
      "t has 3 rows"
    );
  });
});
