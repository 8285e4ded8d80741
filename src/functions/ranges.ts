// Range arguments as Excel hands them: rows of cells. A value given where a range is declared
// arrives as a 1x1 range in Excel; Node callers may pass the bare value, which is treated the same.
import type { CellValue } from "../core";
import { FormulaProblem } from "./problems";

/** One input range, known by the argument name it came from (for messages). */
export interface Column {
  argument: string;
  cells: CellValue[];
  /** Given as one row (1 x n) rather than one column: results are laid out across too. */
  across: boolean;
}

// Excel's own answer to arithmetic on an entity or other rich value ("=A1+1" on a Stocks cell).
const NOT_A_PLAIN_VALUE = "#VALUE!";

/**
 * A cell as the core's readers take it. Error cells arrive as CustomFunctions.Error objects once
 * the metadata sets allowErrorForDataTypeAny (learn.microsoft.com/office/dev/add-ins/excel/
 * custom-functions-json, "allowErrorForDataTypeAny"; custom-functions-errors): their code
 * ("#N/A") is an error value the core rejects with its row. A data-type entity or any other object
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts) is no
 * customer, date or amount: it is a bad value of its row, never "[object Object]".
 */
export function cellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : NOT_A_PLAIN_VALUE;
}

/** The rows of a range argument; undefined when the argument was left out. */
export function rowsOf(value: unknown): unknown[][] | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [[null]];
  return value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
}

export function shapeOf(rows: unknown[][]): string {
  return `${rows.length}×${rows[0]?.length ?? 0}`;
}

/** A range argument that must be one column or one row (a single value is a 1-row column). */
export function columnOf(value: unknown, argument: string): Column {
  const rows = rowsOf(value) ?? [[null]];
  const width = rows[0].length;
  if (rows.every((row) => row.length === 1)) {
    return { argument, cells: rows.map((row) => cellValue(row[0])), across: false };
  }
  if (rows.length === 1) return { argument, cells: rows[0].map(cellValue), across: width > 1 };
  throw new FormulaProblem("fn.notVector", { argument, shape: shapeOf(rows) });
}

/** Every column must be as long as the first: rows are matched by position. */
export function requireSameLength(columns: Column[]): number {
  const [first] = columns;
  for (const column of columns) {
    if (column.cells.length !== first.cells.length) {
      throw new FormulaProblem("fn.lengthMismatch", {
        argument: column.argument,
        rows: column.cells.length,
        first: first.argument,
        expected: first.cells.length,
      });
    }
  }
  return first.cells.length;
}

/** Results are computed one row per input row; given across, they are handed back across too. */
export function laidOut(rows: unknown[][], across: boolean): unknown[][] {
  if (!across) return rows;
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c]));
}

/** An option argument: a single value (a 1x1 range is unwrapped); null when left out or blank. */
export function singleValue(value: unknown, argument: string): CellValue {
  const rows = rowsOf(value);
  if (rows === undefined) return null;
  if (rows.length !== 1 || rows[0].length !== 1)
    throw new FormulaProblem("fn.notSingle", { argument });
  const cell = cellValue(rows[0][0]);
  return typeof cell === "string" && cell.trim() === "" ? null : cell;
}
