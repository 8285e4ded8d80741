// Selecting in the grid as in Excel: click a cell, shift-click or drag for a block, click a column
// letter or row number for the whole column or row, arrow keys (with shift to extend). The result
// goes to InMemoryWorkbook.select, which is what the pane reads as the user's selection.
import * as React from "react";
import type { InMemoryWorkbook } from "../../excelDouble";
import { formatAddress, type Rect } from "../../excelDouble/address";
import type { SheetEntity } from "../../excelDouble/entities";
import { ColumnLayout, HEADER_HEIGHT, ROW_HEIGHT, columnAt, rowAt } from "./geometry";
import type { RowMap } from "./rowMap";
import { Cell, arrowMove, rectBetween, wholeColumn, wholeRow } from "./selectionMath";

interface Options {
  workbook: InMemoryWorkbook;
  sheet: SheetEntity;
  scroller: React.RefObject<HTMLDivElement | null>;
  layout: ColumnLayout;
  rowHeader: number;
  size: { rows: number; cols: number };
  /** Display rows to sheet rows (a table filter hides some). */
  rows: RowMap;
}

type Hit =
  | { zone: "cell"; cell: Cell }
  | { zone: "column"; col: number }
  | { zone: "row"; row: number }
  | { zone: "none" };

export interface GridSelection {
  /** What to draw as selected: the block being dragged, else the workbook's selection here. */
  rect: Rect | null;
  onMouseDown(event: React.MouseEvent): void;
  onKeyDown(event: React.KeyboardEvent): void;
}

export function useGridSelection(options: Options): GridSelection {
  const { workbook, sheet, scroller, layout, rowHeader, size, rows } = options;
  const [drag, setDrag] = React.useState<{ anchor: Cell; focus: Cell } | null>(null);
  // The active cell and the far corner of the selection, kept across clicks for shift-click.
  const ends = React.useRef<{ anchor: Cell; focus: Cell } | null>(null);

  const selection = workbook.model.selection;
  const selected = selection && selection.sheet === sheet ? selection.rect : null;

  /** The remembered ends when they still describe the selection; else its top-left cell. */
  const currentEnds = (): { anchor: Cell; focus: Cell } => {
    const known = ends.current;
    if (known && selected && sameRect(rectBetween(known.anchor, known.focus), selected))
      return known;
    // A selection made elsewhere (the pane, the hook) restarts from its top-left cell.
    const start = selected ? { row: selected.row, col: selected.col } : { row: 0, col: 0 };
    return { anchor: start, focus: start };
  };

  const hitAt = (clientX: number, clientY: number, clamp: boolean): Hit => {
    const element = scroller.current;
    if (!element) return { zone: "none" };
    const box = element.getBoundingClientRect();
    const [vx, vy] = [clientX - box.left, clientY - box.top];
    if (!clamp && (vx > element.clientWidth || vy > element.clientHeight)) return { zone: "none" };
    const x = vx + element.scrollLeft - rowHeader;
    const y = vy + element.scrollTop - HEADER_HEIGHT;
    const col = columnAt(layout, Math.max(0, x));
    const row = rows.sheetRow(rowAt(Math.max(0, y), size.rows));
    if (!clamp && vy < HEADER_HEIGHT)
      return vx < rowHeader ? { zone: "none" } : { zone: "column", col };
    if (!clamp && vx < rowHeader) return { zone: "row", row };
    return { zone: "cell", cell: { row, col } };
  };

  const commit = (rect: Rect): void => {
    workbook.select(formatAddress(sheet.name, rect));
  };

  const onMouseDown = (event: React.MouseEvent): void => {
    if (event.button !== 0) return;
    const hit = hitAt(event.clientX, event.clientY, false);
    if (hit.zone === "none") return;
    event.preventDefault();
    scroller.current?.focus();
    if (hit.zone === "column") return commit(wholeColumn(hit.col));
    if (hit.zone === "row") return commit(wholeRow(hit.row));
    const anchor = event.shiftKey ? currentEnds().anchor : hit.cell;
    let current = { anchor, focus: hit.cell };
    setDrag(current);
    const move = (e: MouseEvent): void => {
      const over = hitAt(e.clientX, e.clientY, true);
      if (over.zone !== "cell") return;
      current = { anchor, focus: over.cell };
      setDrag(current);
    };
    const up = (): void => {
      window.removeEventListener("mousemove", move);
      window.removeEventListener("mouseup", up);
      ends.current = current;
      setDrag(null);
      commit(rectBetween(current.anchor, current.focus));
    };
    window.addEventListener("mousemove", move);
    window.addEventListener("mouseup", up);
  };

  const scrollIntoView = (cell: Cell): void => {
    const element = scroller.current;
    if (!element) return;
    const top = rows.displayRow(cell.row) * ROW_HEIGHT;
    const bottom = top + ROW_HEIGHT;
    const view = element.clientHeight - HEADER_HEIGHT;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (bottom > element.scrollTop + view) element.scrollTop = bottom - view;
    const left = layout.offsets[Math.min(cell.col, layout.offsets.length - 1)];
    const right = layout.offsets[Math.min(cell.col + 1, layout.offsets.length - 1)];
    const width = element.clientWidth - rowHeader;
    if (left < element.scrollLeft) element.scrollLeft = left;
    else if (right > element.scrollLeft + width) element.scrollLeft = right - width;
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    const current = currentEnds();
    const next = arrowMove(current.focus, event.key);
    if (!next) return;
    event.preventDefault();
    ends.current = event.shiftKey
      ? { anchor: current.anchor, focus: next }
      : { anchor: next, focus: next };
    commit(rectBetween(ends.current.anchor, ends.current.focus));
    scrollIntoView(next);
  };

  return { rect: drag ? rectBetween(drag.anchor, drag.focus) : selected, onMouseDown, onKeyDown };
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}
