// Reading and writing the cells of a range the way Range.values / formulas / numberFormat do.
import { Rect, lastCol, lastRow } from "./address";
import {
  CellError,
  FORMULA,
  ReadValue,
  ValueType,
  interpretWrite,
  valueTypeOf,
} from "./cellValues";
import { RangeRef, SheetEntity } from "./entities";
import { officeError } from "./errors";
import { WorkbookModel } from "./workbookModel";

/**
 * A cell's value as office.js reports it: formulas evaluated (#NAME? without an evaluator), and
 * an empty cell under a formula's spilled array shows that array's value.
 */
export function cellValue(
  model: WorkbookModel,
  sheet: SheetEntity,
  row: number,
  col: number
): ReadValue | CellError | undefined {
  const stored = sheet.cells.get(row, col);
  if (stored === undefined) return model.calculation.spilledValue(sheet, row, col);
  if (stored !== FORMULA) return stored as ReadValue | CellError;
  return model.calculation.formulaValue(sheet, row, col);
}

function toRead(value: ReadValue | CellError | undefined): ReadValue {
  if (value === undefined) return "";
  return value instanceof CellError ? value.text : value;
}

export function cellText(
  model: WorkbookModel,
  sheet: SheetEntity,
  row: number,
  col: number
): string {
  return String(toRead(cellValue(model, sheet, row, col)));
}

function grid<T>(rect: Rect, cell: (row: number, col: number) => T): T[][] {
  const out: T[][] = new Array(rect.rows);
  for (let r = 0; r < rect.rows; r++) {
    const line: T[] = new Array(rect.cols);
    for (let c = 0; c < rect.cols; c++) line[c] = cell(rect.row + r, rect.col + c);
    out[r] = line;
  }
  return out;
}

export function readValues(model: WorkbookModel, ref: RangeRef): ReadValue[][] {
  return grid(ref.rect, (r, c) => toRead(cellValue(model, ref.sheet, r, c)));
}

export function readValueTypes(model: WorkbookModel, ref: RangeRef): ValueType[][] {
  return grid(ref.rect, (r, c) => valueTypeOf(cellValue(model, ref.sheet, r, c)));
}

/** Formula text for formula cells, otherwise the constant (a quote prefix is not reported, as in office.js). */
export function readFormulas(model: WorkbookModel, ref: RangeRef): ReadValue[][] {
  const cells = ref.sheet.cells;
  return grid(ref.rect, (r, c) => cells.formula(r, c) ?? toRead(cellValue(model, ref.sheet, r, c)));
}

export function readNumberFormats(ref: RangeRef): string[][] {
  return grid(ref.rect, (r, c) => ref.sheet.cells.format(r, c));
}

/** office.js accepts either a 2-D array of exactly the range's shape or one scalar for every cell. */
function cellSource(
  input: unknown,
  rect: Rect,
  location: string
): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rowsOk = input.length === rect.rows;
  const colsOk = rowsOk && input.every((line) => Array.isArray(line) && line.length === rect.cols);
  if (!colsOk) {
    const got = `${input.length}x${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw officeError(
      "InvalidArgument",
      location,
      `array is ${got}, range is ${rect.rows}x${rect.cols}`
    );
  }
  const rows = input as unknown[][];
  return (r, c) => rows[r][c];
}

/** Writes values or formulas (same parsing in Excel); returns the number of cells written. */
export function writeCells(ref: RangeRef, input: unknown, location: string): number {
  const source = cellSource(input, ref.rect, location);
  const cells = ref.sheet.cells;
  const { rect } = ref;
  // Validate everything first so a bad element leaves the range untouched.
  const writes = grid(rect, (r, c) =>
    interpretWrite(source(r - rect.row, c - rect.col), cells.format(r, c), location)
  );
  for (let r = 0; r < rect.rows; r++) {
    const line = writes[r];
    for (let c = 0; c < rect.cols; c++) cells.write(rect.row + r, rect.col + c, line[c]);
  }
  return rect.rows * rect.cols;
}

export function writeNumberFormats(ref: RangeRef, input: unknown, location: string): number {
  const source = cellSource(input, ref.rect, location);
  const { rect, sheet } = ref;
  for (let r = rect.row; r <= lastRow(rect); r++) {
    for (let c = rect.col; c <= lastCol(rect); c++) {
      const format = source(r - rect.row, c - rect.col);
      if (format === null || format === undefined) continue;
      if (typeof format !== "string")
        throw officeError("InvalidArgument", location, "number format must be a string");
      sheet.cells.setFormat(r, c, format);
    }
  }
  return rect.rows * rect.cols;
}
