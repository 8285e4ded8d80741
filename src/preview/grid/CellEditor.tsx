// The text box over a cell being edited, placed where the cell is and wider as the text grows.
import * as React from "react";
import { HEADER_HEIGHT, ROW_HEIGHT, type ColumnLayout } from "./geometry";
import type { CellEditor as Editor } from "./useCellEditor";

interface Props {
  editor: Editor;
  layout: ColumnLayout;
  rowHeader: number;
  label: string;
}

export function CellEditor({ editor, layout, rowHeader, label }: Props): React.JSX.Element | null {
  const input = React.useRef<HTMLInputElement>(null);
  const edit = editor.editing;
  React.useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus();
    // Typing replaced the cell with one character: the caret goes after it, as in Excel.
    element.setSelectionRange(element.value.length, element.value.length);
  }, [edit?.row, edit?.col]);
  if (!edit) return null;
  const last = layout.offsets.length - 1;
  const left = layout.offsets[Math.min(edit.col, last)];
  const width = layout.offsets[Math.min(edit.col + 1, last)] - left;
  return (
    <input
      ref={input}
      className="cell-editor"
      aria-label={label}
      value={edit.text}
      spellCheck={false}
      style={{
        top: HEADER_HEIGHT + edit.row * ROW_HEIGHT,
        left: rowHeader + left,
        minWidth: width,
        width: `${Math.max(width, (edit.text.length + 2) * 8)}px`,
      }}
      onChange={(e) => editor.setText(e.target.value)}
      onKeyDown={editor.onEditorKey}
      onBlur={editor.onEditorBlur}
      onMouseDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
