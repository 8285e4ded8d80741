// TIER.P_ALIVE, TIER.EXPECTED_PURCHASES and TIER.P_NO_PURCHASE: the core's BG/NBD or Pareto/NBD predictions per row,
// given the parameters (from TIER.BGNBD_FIT, TIER.PNBD_FIT or typed in). Times are in the unit of recency and T.
import {
  conditionalExpectedPurchases,
  probabilityAlive,
  probabilityNoPurchase,
  type PurchaseModel,
  type PurchaseParams,
} from "../core";
import { readPurchaseParams } from "./bgNbdParams";
import { guard } from "./guard";
import { displayLanguage } from "./language";
import { ROW_BLANK, ROW_OK, ROW_PROBLEM, numberAt } from "./numberRows";
import { problemError, type Problem } from "./problems";
import { readHistory, type HistoryRows } from "./purchaseHistory";
import { columnOf, laidOut, requireSameLength } from "./ranges";

type Predict = (read: HistoryRows, params: PurchaseParams, model: PurchaseModel) => Float64Array;

/** One prediction per row: blank rows blank, a row the model cannot use #VALUE!. */
function predicted(
  history: [unknown, unknown, unknown],
  params: unknown,
  predict: Predict
): unknown[][] {
  const language = displayLanguage();
  return guard(
    () => language,
    () => {
      const { model, params: p } = readPurchaseParams(params, "params");
      const read = readHistory(...history);
      const values = predict(read, p, model);
      const { rows } = read;
      const out = Array.from({ length: rows.n }, (_, i): unknown[] => {
        if (rows.status[i] === ROW_BLANK) return [""];
        if (rows.status[i] === ROW_OK) return [values[i]];
        return [problemError(rows.problems.get(i) as Problem, language)];
      });
      return laidOut(out, read.columns[0].across);
    }
  );
}

export function pAliveCells(
  frequency: unknown,
  recency: unknown,
  T: unknown,
  params: unknown
): unknown[][] {
  return predicted([frequency, recency, T], params, (read, p, model) =>
    probabilityAlive(read.history, p, model)
  );
}

/** A row whose history is usable but whose horizon is not becomes a problem row. */
function spoil(read: HistoryRows, row: number, problem: Problem): void {
  if (read.rows.status[row] !== ROW_OK) return;
  read.rows.status[row] = ROW_PROBLEM;
  read.rows.problems.set(row, problem);
}

/** t: one horizon for every row, or one per row; a number of at least 0. */
function horizons(t: unknown, read: HistoryRows): number | Float64Array {
  const column = columnOf(t, "t");
  // A 1x1 t is one horizon for every row, whatever the number of rows.
  const single = column.cells.length === 1;
  if (!single) requireSameLength([read.columns[0], column]);
  const values = new Float64Array(column.cells.length);
  for (let i = 0; i < values.length; i++) {
    const x = numberAt(column, i);
    const problem: Problem | null =
      typeof x !== "number"
        ? x
        : x < 0
          ? { key: "fn.cellNegative", params: { argument: "t", row: i + 1, value: x } }
          : null;
    values[i] = problem ? NaN : (x as number);
    if (!problem) continue;
    if (single) for (let k = 0; k < read.rows.n; k++) spoil(read, k, problem);
    else spoil(read, i, problem);
  }
  return single ? values[0] : values;
}

export function expectedPurchasesCells(
  t: unknown,
  frequency: unknown,
  recency: unknown,
  T: unknown,
  params: unknown
): unknown[][] {
  return predicted([frequency, recency, T], params, (read, p, model) =>
    conditionalExpectedPurchases(horizons(t, read), read.history, p, model)
  );
}

export function pNoPurchaseCells(
  t: unknown,
  frequency: unknown,
  recency: unknown,
  T: unknown,
  params: unknown
): unknown[][] {
  return predicted([frequency, recency, T], params, (read, p, model) =>
    probabilityNoPurchase(horizons(t, read), read.history, p, model)
  );
}
