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

export function rowMap(hidden: ReadonlySet<number>): RowMap {
  const sorted = [...hidden].sort((a, b) => a - b);
  return {
    filtered: sorted.length > 0,
    sheetRow(display) {
      let row = display;
      for (const h of sorted) {
        if (h <= row) row++;
        else break;
      }
      return row;
    },
    displayRow(sheetRow) {
      let before = 0;
      for (const h of sorted) {
        if (h < sheetRow) before++;
        else break;
      }
      return sheetRow - before;
    },
  };
}
