// Rows a table filter hides take no space in the grid, as in Excel: the grid's display rows map to
// the sheet's rows around them. Without hidden rows both are the same.
export interface RowMap {
  /** Whether any row is hidden (row numbers then show in blue, as Excel shows a filtered range). */
  readonly filtered: boolean;
  /** The sheet row shown at a display row. */
  sheetRow(display: number): number;
  /** The display row of a sheet row (a hidden row: where the next shown row is). */
  displayRow(sheetRow: number): number;
}

/** How many of the ascending `values` satisfy `before` (which holds for a leading run of them). */
function countBefore(values: readonly number[], before: (value: number, i: number) => boolean) {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(values[mid], mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Binary searches, not scans: the grid asks for every row it draws at every render, and filtering
 * a customer table to one segment can hide tens of thousands of rows.
 */
export function rowMap(hidden: ReadonlySet<number>): RowMap {
  const sorted = [...hidden].sort((a, b) => a - b);
  return {
    filtered: sorted.length > 0,
    // Before the i-th hidden row h stand h - i shown rows: those hidden rows with h - i <= display
    // come before the shown row asked for.
    sheetRow: (display) => display + countBefore(sorted, (h, i) => h - i <= display),
    displayRow: (sheetRow) => sheetRow - countBefore(sorted, (h) => h < sheetRow),
  };
}
