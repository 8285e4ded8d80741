// What the core is given: a block of cells as Excel or a CSV/XLSX reader hands it over, and
// which column holds which role.
import type { Role } from "../vocabulary";

/** A cell as Excel (or a CSV/XLSX reader) hands it over. */
export type CellValue = string | number | boolean | null | undefined | Date;

/** What the core is given: a block of cells, usually with a header row on top. */
export interface SheetInput {
  values: CellValue[][];
  /** Same shape as values; lets a number formatted as a date be read as an Excel serial. */
  numberFormats?: (string | null | undefined)[][];
  /** Sheet row number of values[0] (1-based, as Excel shows it). Default 1. */
  firstRowNumber?: number;
  /** 0-based sheet column of values[r][0], so messages can name column letters. Default 0. */
  firstColumnIndex?: number;
}

/** Role -> 0-based column index within SheetInput.values. */
export type ColumnMapping = Partial<Record<Role, number>>;
