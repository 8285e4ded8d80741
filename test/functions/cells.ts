// Helpers for the custom functions' tests: ranges as Excel hands them, and error cells.
import { isFunctionError, type FunctionErrorValue } from "../../src/functions/runtime";

/** A column range: one cell per row. */
export function column(values: readonly unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** The first cell of each row. */
export function firstColumn(rows: unknown[][]): unknown[] {
  return rows.map((row) => row[0]);
}

export function expectError(cell: unknown, ...fragments: string[]): FunctionErrorValue {
  expect(isFunctionError(cell)).toBe(true);
  const error = cell as FunctionErrorValue;
  expect(error.code).toBe("#VALUE!");
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

/** A whole-call error: one cell holding #VALUE!. */
export function expectCallError(rows: unknown[][], ...fragments: string[]): FunctionErrorValue {
  expect(rows).toHaveLength(1);
  expect(rows[0]).toHaveLength(1);
  return expectError(rows[0][0], ...fragments);
}
