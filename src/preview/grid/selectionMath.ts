// Selection arithmetic for the grid: rectangles from an anchor and a focus cell, and keyboard moves.
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "../../excelDouble/address";

export interface Cell {
  row: number;
  col: number;
}

export function rectBetween(a: Cell, b: Cell): Rect {
  return {
    row: Math.min(a.row, b.row),
    col: Math.min(a.col, b.col),
    rows: Math.abs(a.row - b.row) + 1,
    cols: Math.abs(a.col - b.col) + 1,
  };
}

export const wholeColumn = (col: number): Rect => ({ row: 0, col, rows: MAX_ROWS, cols: 1 });
export const wholeRow = (row: number): Rect => ({ row, col: 0, rows: 1, cols: MAX_COLUMNS });

const STEPS: Record<string, Cell> = {
  ArrowUp: { row: -1, col: 0 },
  ArrowDown: { row: 1, col: 0 },
  ArrowLeft: { row: 0, col: -1 },
  ArrowRight: { row: 0, col: 1 },
};

/** The cell an arrow key moves to, kept inside the sheet; null for other keys. */
export function arrowMove(from: Cell, key: string): Cell | null {
  const step = STEPS[key];
  if (!step) return null;
  return {
    row: Math.min(MAX_ROWS - 1, Math.max(0, from.row + step.row)),
    col: Math.min(MAX_COLUMNS - 1, Math.max(0, from.col + step.col)),
  };
}
