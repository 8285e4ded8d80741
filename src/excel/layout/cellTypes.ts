// Plain cell data the layouts produce and the writers send to Excel.
import { type Currency, SHARE_FORMAT } from "../../core";

/** A value Excel accepts in Range.values ("" clears the cell). */
export type OutValue = string | number | boolean;

export const FORMATS = {
  general: "General",
  integer: "0",
  money: "#,##0.00",
  /** A figure that is not money (a value score, expected purchases): never a currency. */
  number: "#,##0.00",
  /** One decimal, "<0.1%" for a hairline (core/text/shares.ts). */
  share: SHARE_FORMAT,
  /** A model parameter (r 0.2426, alpha 4.4135): four decimals, as the fit block shows them. */
  param: "0.0000",
} as const;

export type FormatName = keyof typeof FORMATS;

/**
 * The money format of a run: FORMATS.money with the data's currency ("¥#,##0.00" where the
 * amounts had ¥; '#,##0.00"元"' where they ended in 元), bare when the data had none.
 */
export function moneyFormat(currency: Currency | null): string {
  if (currency === null) return FORMATS.money;
  const sign = `"${currency.symbol}"`;
  return currency.before ? `${sign}${FORMATS.money}` : `${FORMATS.money}${sign}`;
}

/** The number format a column of this format name gets, with the run's money format. */
export function numberFormatOf(format: FormatName, money: string | undefined): string {
  return format === "money" && money !== undefined ? money : FORMATS[format];
}

/** A header row plus body rows, with one number format per column. */
export interface Grid {
  header: string[];
  formats: FormatName[];
  rows: OutValue[][];
  /** Stable names of the columns, for the charts drawn from them (the header is localised). */
  names?: readonly string[];
  /** The run's money format (moneyFormat()); FORMATS.money when not given. */
  moneyFormat?: string;
}

/** Body rows built on demand, a chunk at a time, so a million rows are never all in memory twice. */
export interface RowSource {
  header: string[];
  formats: FormatName[];
  rowCount: number;
  rows(from: number, to: number): OutValue[][];
  moneyFormat?: string;
}

export function gridSource(grid: Grid): RowSource {
  return {
    header: grid.header,
    formats: grid.formats,
    rowCount: grid.rows.length,
    rows: (from, to) => grid.rows.slice(from, to),
    ...(grid.moneyFormat === undefined ? {} : { moneyFormat: grid.moneyFormat }),
  };
}
