// Typing into the grid, as in Excel: double-click or F2 edits the active cell, typing a character
// replaces it, Enter (down) or Tab (right) writes it and moves on, Escape leaves it unchanged,
// Delete clears the selection. Writes go through the Excel API, so formulas are evaluated and
// spill like anything the add-in writes.
import * as React from "react";
import type { InMemoryWorkbook } from "../../excelDouble";
import { MAX_COLUMNS, MAX_ROWS, formatAddress, type Rect } from "../../excelDouble/address";
import type { SheetEntity } from "../../excelDouble/entities";
import { clearContents, editText, writeTyped } from "./cellWrites";
import { editKeyAction, moveAfterCommit } from "./editKeys";

export interface EditState {
  row: number;
  col: number;
  text: string;
}

export interface CellEditor {
  editing: EditState | null;
  setText(text: string): void;
  /** Keys on the grid: true when they started an edit (or cleared cells). */
  onGridKey(event: React.KeyboardEvent): boolean;
  onGridDoubleClick(event: React.MouseEvent): void;
  onEditorKey(event: React.KeyboardEvent): void;
  /** Leaving the editor (a click elsewhere) keeps what was typed, as in Excel. */
  onEditorBlur(): void;
}

const cellRect = (row: number, col: number): Rect => ({ row, col, rows: 1, cols: 1 });

export function useCellEditor(
  workbook: InMemoryWorkbook,
  sheet: SheetEntity,
  focusGrid: () => void
): CellEditor {
  const [editing, setEditing] = React.useState<EditState | null>(null);
  // The latest state for handlers that run after a render (blur during a click elsewhere).
  const current = React.useRef<EditState | null>(null);
  current.current = editing;

  // Read when the key or click arrives: the grid redraws a frame later, and a key typed right after
  // an arrow key belongs to the cell the arrow moved to.
  const selection = (): Rect | null => {
    const ref = workbook.model.selection;
    return ref && ref.sheet === sheet ? ref.rect : null;
  };

  const start = (text: string | null): boolean => {
    const selected = selection();
    if (!selected) return false;
    const rect = cellRect(selected.row, selected.col);
    setEditing({ ...rect, text: text ?? editText(workbook, sheet.name, rect) });
    return true;
  };

  const commit = async (move: { rows: number; cols: number } | null): Promise<void> => {
    const edit = current.current;
    if (!edit) return;
    current.current = null;
    setEditing(null);
    await writeTyped(workbook, sheet.name, cellRect(edit.row, edit.col), edit.text);
    if (move) {
      const row = Math.min(MAX_ROWS - 1, Math.max(0, edit.row + move.rows));
      const col = Math.min(MAX_COLUMNS - 1, Math.max(0, edit.col + move.cols));
      workbook.select(formatAddress(sheet.name, cellRect(row, col)));
    }
  };

  const onGridKey = (event: React.KeyboardEvent): boolean => {
    const action = editKeyAction(event);
    const selected = selection();
    if (action === null || !selected) return false;
    event.preventDefault();
    if (action === "clear") void clearContents(workbook, sheet.name, selected);
    else start(action === "replace" ? event.key : null);
    return true;
  };

  const onGridDoubleClick = (event: React.MouseEvent): void => {
    if ((event.target as Element).closest('[role="gridcell"]')) start(null);
  };

  const onEditorKey = (event: React.KeyboardEvent): void => {
    // Keys typed into the editor are the editor's: the grid must not move the selection.
    event.stopPropagation();
    if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      void commit(moveAfterCommit(event.key, event.shiftKey)).then(focusGrid);
    } else if (event.key === "Escape") {
      event.preventDefault();
      current.current = null;
      setEditing(null);
      focusGrid();
    }
  };

  return {
    editing,
    setText: (text) => setEditing((e) => (e ? { ...e, text } : e)),
    onGridKey,
    onGridDoubleClick,
    onEditorKey,
    onEditorBlur: () => void commit(null),
  };
}
