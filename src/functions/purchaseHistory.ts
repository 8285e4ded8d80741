// The per-customer history the BG/NBD model reads (method.md section 4, as lifetimes defines it):
// frequency = repeat purchase days, recency = time from the first to the last purchase, T = time
// from the first purchase to the end of observation, all in one time unit. A row the model cannot
// use (not numbers, recency longer than T...) is a problem of that row, in the core's words.
import { isValidHistory, type MessageKey, type PurchaseHistory } from "../core";
import {
  frequencyProblem,
  readNumberRows,
  ROW_OK,
  ROW_PROBLEM,
  type NumberRows,
} from "./numberRows";
import type { Problem } from "./problems";
import { columnOf, requireSameLength, type Column } from "./ranges";

export interface HistoryRows {
  columns: Column[];
  rows: NumberRows;
  history: PurchaseHistory;
}

/** Why a row of numbers is no history the model can use (isValidHistory says that it is not). */
function historyProblem(columns: Column[], i: number, x: number, tx: number, T: number): Problem {
  const at = (c: number) => ({ argument: columns[c].argument, row: i + 1 });
  const cell = (c: number, key: MessageKey, params: Record<string, number>): Problem => ({
    key: "fn.cell",
    params: at(c),
    reason: { key, params },
  });
  const badFrequency = frequencyProblem(columns[0], i, x);
  if (badFrequency) return badFrequency;
  if (tx < 0) return cell(1, "reason.negativeValue", { value: tx });
  if (T < 0) return cell(2, "reason.negativeValue", { value: T });
  if (tx > T) return cell(1, "reason.recencyAfterT", { recency: tx, T });
  return cell(1, "reason.recencyWithoutRepeat", { recency: tx });
}

export function readHistory(frequency: unknown, recency: unknown, T: unknown): HistoryRows {
  const columns = [
    columnOf(frequency, "frequency"),
    columnOf(recency, "recency"),
    columnOf(T, "T"),
  ];
  const n = requireSameLength(columns);
  const rows = readNumberRows(columns, n);
  const [x, tx, age] = rows.values;
  for (let i = 0; i < n; i++) {
    if (rows.status[i] !== ROW_OK || isValidHistory(x[i], tx[i], age[i])) continue;
    rows.problems.set(i, historyProblem(columns, i, x[i], tx[i], age[i]));
    rows.status[i] = ROW_PROBLEM;
    x[i] = tx[i] = age[i] = NaN;
  }
  return { columns, rows, history: { frequency: x, recency: tx, T: age } };
}
