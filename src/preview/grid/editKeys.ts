// Which keys start editing a cell, as in Excel: F2 edits what the cell holds, a printable
// character replaces it with that character, Delete clears the selection.

export type EditKeyAction = "edit" | "replace" | "clear" | null;

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function editKeyAction(event: KeyLike): EditKeyAction {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === "F2") return "edit";
  if (event.key === "Delete") return "clear";
  // One character (a letter, a digit, "=", a CJK character) is typing; named keys are not.
  return [...event.key].length === 1 ? "replace" : null;
}

/** Where Enter and Tab move after a commit (shift reverses), as Excel does. */
export function moveAfterCommit(key: string, shiftKey: boolean): { rows: number; cols: number } {
  if (key === "Tab") return { rows: 0, cols: shiftKey ? -1 : 1 };
  return { rows: shiftKey ? -1 : 1, cols: 0 };
}
