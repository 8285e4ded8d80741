// Plain cell data the layouts produce and the writers send to Excel.

/** A value Excel accepts in Range.values ("" clears the cell). */
export type OutValue = string | number | boolean;

export const FORMATS = {
  general: "General",
  integer: "0",
  money: "#,##0.00",
  share: "0.0%",
} as const;

export type FormatName = keyof typeof FORMATS;

/** A header row plus body rows, with one number format per column. */
export interface Grid {
  header: string[];
  formats: FormatName[];
  rows: OutValue[][];
  /** Stable names of the columns, for the charts drawn from them (the header is localised). */
  names?: readonly string[];
}

/** Body rows built on demand, a chunk at a time, so a million rows are never all in memory twice. */
export interface RowSource {
  header: string[];
  formats: FormatName[];
  rowCount: number;
  rows(from: number, to: number): OutValue[][];
}

export function gridSource(grid: Grid): RowSource {
  return {
    header: grid.header,
    formats: grid.formats,
    rowCount: grid.rows.length,
    rows: (from, to) => grid.rows.slice(from, to),
  };
}
