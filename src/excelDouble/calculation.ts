// Formula results of the in-memory workbook, with Excel's dynamic-array spills. The double does
// not understand formulas itself: a FormulaEvaluator registered by the host (the browser preview
// evaluates =TIER.* calls) returns a value or a 2-D array. An array spills from its formula cell
// over the cells to the right and below, if they are all empty and no earlier spill claims them;
// otherwise the formula cell shows #SPILL!, as in Excel. Results are computed when first read and
// kept until the workbook changes (invalidate()), so a grid of a thousand spilled cells costs one
// evaluation, and every change re-evaluates what depends on the changed cells.
import {
  Rect,
  cellAddress,
  containsCell,
  intersects,
  lastCol,
  lastRow,
  MAX_COLUMNS,
  MAX_ROWS,
} from "./address";
import { CellError, NAME_ERROR, ReadValue, errorValue } from "./cellValues";
import type { SheetEntity } from "./entities";
import { cellKey } from "./sheetCells";

/** One value, or rows of values for a dynamic array; error values as their text ("#VALUE!"). */
export type FormulaResult = ReadValue | ReadValue[][];

export type FormulaEvaluator = (
  formula: string,
  sheetName: string,
  address: string
) => FormulaResult | undefined;

export type CellResult = ReadValue | CellError;

const SPILL_ERROR = errorValue("#SPILL!") as CellError;
const CALC_ERROR = errorValue("#CALC!") as CellError;
// Excel pads the short rows of a ragged array with #N/A.
const NA_ERROR = errorValue("#N/A") as CellError;

interface Anchor {
  row: number;
  col: number;
  /** Set once evaluated; undefined while pending or being evaluated (a circular reference). */
  values?: CellResult[][];
  evaluating: boolean;
  /** The cells it spills over (itself included), null when it does not spill; set with values. */
  spill?: Rect | null;
  blocked?: boolean;
}

function toCell(value: ReadValue | null | undefined): CellResult {
  if (value === null || value === undefined) return 0;
  return typeof value === "string" ? (errorValue(value) ?? value) : value;
}

/** A result as rows of cells: a value is 1x1; an empty array is #CALC! as in Excel. */
function normalize(result: FormulaResult | undefined): CellResult[][] {
  if (result === undefined) return [[NAME_ERROR]];
  if (!Array.isArray(result)) return [[toCell(result)]];
  const width = Math.max(0, ...result.map((row) => (Array.isArray(row) ? row.length : 1)));
  if (result.length === 0 || width === 0) return [[CALC_ERROR]];
  return result.map((row) => {
    const cells = (Array.isArray(row) ? row : [row]).map(toCell);
    while (cells.length < width) cells.push(NA_ERROR);
    return cells;
  });
}

class SheetCalculation {
  /** Formula cells in row-major order: an earlier spill wins over a later one. */
  readonly anchors: Anchor[];
  /** The same anchors by cell key: every read of a formula cell looks here, not through the list. */
  private readonly byCell = new Map<number, Anchor>();

  constructor(
    readonly sheet: SheetEntity,
    private readonly evaluator: () => FormulaEvaluator | undefined
  ) {
    this.anchors = sheet.cells
      .formulaCells()
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([row, col]) => ({ row, col, evaluating: false }));
    for (const anchor of this.anchors) this.byCell.set(cellKey(anchor.row, anchor.col), anchor);
  }

  anchorAt(row: number, col: number): Anchor | undefined {
    return this.byCell.get(cellKey(row, col));
  }

  /** Evaluates a formula cell once; false while it is being evaluated (a circular reference). */
  settle(anchor: Anchor): boolean {
    if (anchor.values) return true;
    if (anchor.evaluating) return false;
    anchor.evaluating = true;
    try {
      const formula = this.sheet.cells.formula(anchor.row, anchor.col) ?? "";
      const address = cellAddress(anchor.row, anchor.col);
      anchor.values = normalize(this.evaluator()?.(formula, this.sheet.name, address));
    } finally {
      anchor.evaluating = false;
    }
    anchor.spill = this.spillOf(anchor, anchor.values);
    return true;
  }

  private spillOf(anchor: Anchor, values: CellResult[][]): Rect | null {
    const rect: Rect = {
      row: anchor.row,
      col: anchor.col,
      rows: values.length,
      cols: values[0].length,
    };
    if (rect.rows === 1 && rect.cols === 1) return null;
    anchor.blocked = !this.isFree(anchor, rect);
    return anchor.blocked ? null : rect;
  }

  /** Inside the sheet, every cell but the formula's own empty, and no earlier spill there. */
  private isFree(anchor: Anchor, rect: Rect): boolean {
    if (lastRow(rect) >= MAX_ROWS || lastCol(rect) >= MAX_COLUMNS) return false;
    const cells = this.sheet.cells;
    for (let r = rect.row; r <= lastRow(rect); r++)
      for (let c = rect.col; c <= lastCol(rect); c++)
        if ((r !== anchor.row || c !== anchor.col) && !cells.isEmpty(r, c)) return false;
    for (const earlier of this.anchors) {
      if (earlier === anchor) break;
      if (this.settle(earlier) && earlier.spill && intersects(earlier.spill, rect)) return false;
    }
    return true;
  }

  formulaValue(row: number, col: number): CellResult {
    const anchor = this.anchorAt(row, col);
    // A formula reading its own cell: Excel reports a circular reference and shows 0.
    if (!anchor || !this.settle(anchor)) return 0;
    const values = anchor.values as CellResult[][];
    return anchor.blocked ? SPILL_ERROR : values[0][0];
  }

  /** The value an earlier formula spills into this empty cell, if any. */
  spilledValue(row: number, col: number): CellResult | undefined {
    for (const anchor of this.anchors) {
      if (anchor.row > row) break;
      if (anchor.col > col || !this.settle(anchor) || !anchor.spill) continue;
      if (containsCell(anchor.spill, row, col))
        return (anchor.values as CellResult[][])[row - anchor.row][col - anchor.col];
    }
    return undefined;
  }

  /** Every array formula: the block it spills, or [[#SPILL!]] where it is blocked. */
  arrays(): { row: number; col: number; values: CellResult[][] }[] {
    const out: { row: number; col: number; values: CellResult[][] }[] = [];
    for (const anchor of this.anchors) {
      if (!this.settle(anchor)) continue;
      if (anchor.spill) out.push({ row: anchor.row, col: anchor.col, values: anchor.values ?? [] });
      else if (anchor.blocked)
        out.push({ row: anchor.row, col: anchor.col, values: [[SPILL_ERROR]] });
    }
    return out;
  }

  spills(): Rect[] {
    return this.anchors.flatMap((a) => (this.settle(a) && a.spill ? [a.spill] : []));
  }
}

export class Calculation {
  private readonly sheets = new Map<SheetEntity, SheetCalculation>();

  constructor(private readonly evaluator: () => FormulaEvaluator | undefined) {}

  /** Forgets every result: called whenever the workbook may have changed. */
  invalidate(): void {
    this.sheets.clear();
  }

  private of(sheet: SheetEntity): SheetCalculation {
    let calc = this.sheets.get(sheet);
    if (!calc) {
      calc = new SheetCalculation(sheet, this.evaluator);
      this.sheets.set(sheet, calc);
    }
    return calc;
  }

  /** The value a formula cell shows: its result, the corner of its spill, or #SPILL!. */
  formulaValue(sheet: SheetEntity, row: number, col: number): CellResult {
    return this.of(sheet).formulaValue(row, col);
  }

  /** What an empty cell shows: a value spilled into it, or undefined (empty). */
  spilledValue(sheet: SheetEntity, row: number, col: number): CellResult | undefined {
    // The common case, and the hot path of large reads: a sheet without formulas.
    if (sheet.cells.formulas.size === 0) return undefined;
    return this.of(sheet).spilledValue(row, col);
  }

  /** The cells each array formula of the sheet spills over. */
  spillRects(sheet: SheetEntity): Rect[] {
    return sheet.cells.formulas.size === 0 ? [] : this.of(sheet).spills();
  }

  /** Array formulas of the sheet with what they show, for snapshots. */
  arrays(sheet: SheetEntity): { row: number; col: number; values: CellResult[][] }[] {
    return sheet.cells.formulas.size === 0 ? [] : this.of(sheet).arrays();
  }
}
