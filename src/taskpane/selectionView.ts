// What the pane makes of a selection before any run: its columns, which required roles nobody
// could find, and the user's mapping cut to the columns this data has (a mapping chosen for
// another table must not point into this one).
import {
  cellText,
  columnLetter,
  DEFAULT_OPTIONS,
  detectColumns,
  label,
  missingRoles,
  type DetectedColumns,
  type Language,
  type Role,
} from "../core";
import type { SelectionPeek } from "../excel";

export type Mapping = Partial<Record<Role, string>>;

export interface SelectionView {
  peek: SelectionPeek;
  detected: DetectedColumns;
  /** The user's choices that name a column of this data. */
  mapping: Mapping;
  /** Required roles with no column: Segment waits until they are mapped. */
  missing: Role[];
  /** Names for the columns as the pickers offer them: the header, else the sheet's letter. */
  columnNames: string[];
}

function isEmpty(peek: SelectionPeek): boolean {
  return peek.peek.values.every((row) => (row ?? []).every((v) => cellText(v).trim() === ""));
}

/** The view of a selection, or null when it holds nothing at all. */
export function viewOf(peek: SelectionPeek, mapping: Mapping): SelectionView | null {
  if (isEmpty(peek)) return null;
  const base = { ...DEFAULT_OPTIONS, mapping: {} };
  const plain = detectColumns(peek.peek, base);
  const columnNames = plain.headers.map((h, c) => h || columnLetter(peek.source.columnIndex + c));
  const usable: Mapping = {};
  for (const [role, column] of Object.entries(mapping) as [Role, string][])
    if (columnNames.includes(column)) usable[role] = column;
  const detected =
    Object.keys(usable).length === 0
      ? plain
      : detectColumns(peek.peek, { ...base, mapping: usable });
  return { peek, detected, mapping: usable, missing: missingRoles(detected), columnNames };
}

/** The missing roles in the user's language, as a list. */
export function missingRoleNames(view: SelectionView, language: Language): string {
  return view.missing
    .map((r) => label(`role.${r}`, language))
    .join(label("list.separator", language));
}
