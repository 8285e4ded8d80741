// Reads equally long columns of numbers row by row, with the core's number parsing (numbers,
// money text such as "¥1,200"). A row whose cells are all blank is a blank row (blank results); a
// row with a cell that is blank or not a number has a problem (#VALUE! in that row only).
import { cellIssue, isBlank, parseAmount } from "../core";
import type { Problem } from "./problems";
import type { Column } from "./ranges";

export const ROW_OK = 0;
export const ROW_BLANK = 1;
export const ROW_PROBLEM = 2;

export interface NumberRows {
  n: number;
  /** One array per column; NaN where the row is not ROW_OK. */
  values: Float64Array[];
  status: Uint8Array;
  problems: Map<number, Problem>;
}

export function isBlankRow(columns: Column[], i: number): boolean {
  for (const column of columns) if (!isBlank(column.cells[i])) return false;
  return true;
}

/** The number in row i, or the problem with it in the words the core uses for rejected rows. */
export function numberAt(column: Column, i: number): number | Problem {
  const cell = column.cells[i];
  const x = parseAmount(cell, false);
  if (!Number.isNaN(x)) return x;
  const issue = cellIssue(cell, "missingValue", "badNumber");
  return {
    key: "fn.cell",
    params: { argument: column.argument, row: i + 1 },
    reason: { key: `reason.${issue.reason}`, params: issue.params },
  };
}

/**
 * F must be a whole, non-negative number of purchases, as in the core's summary reader; null
 * when f is one.
 */
export function frequencyProblem(column: Column, i: number, f: number): Problem | null {
  if (Number.isInteger(f) && f >= 0) return null;
  if (f < 0) {
    return {
      key: "fn.cell",
      params: { argument: column.argument, row: i + 1 },
      reason: { key: "reason.negativeFrequency", params: { value: f } },
    };
  }
  return { key: "fn.notInteger", params: { argument: column.argument, row: i + 1, value: f } };
}

export function readNumberRows(columns: Column[], n: number): NumberRows {
  const values = columns.map(() => new Float64Array(n).fill(NaN));
  const status = new Uint8Array(n);
  const problems = new Map<number, Problem>();
  for (let i = 0; i < n; i++) {
    if (isBlankRow(columns, i)) {
      status[i] = ROW_BLANK;
      continue;
    }
    for (let c = 0; c < columns.length; c++) {
      const x = numberAt(columns[c], i);
      if (typeof x !== "number") {
        status[i] = ROW_PROBLEM;
        problems.set(i, x);
        break;
      }
      values[c][i] = x;
    }
    if (status[i] === ROW_PROBLEM) for (const column of values) column[i] = NaN;
  }
  return { n, values, status, problems };
}
