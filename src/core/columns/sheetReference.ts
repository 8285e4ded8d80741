// A sheet's name before the "!" of a reference, as Excel writes it: the one rule behind every
// address we show (the pane's "3,429 rows in 'Tier summary'!A1:E3430"), the in-memory workbook's
// Range.address and the addresses the adapter builds. Excel quotes a name unless it is made of word
// characters (letters of any script, so 订单 and École stay bare; digits; "_") and dots, starts
// with a letter or "_", and cannot be read as a cell (A1, XFD1048576, R1C1): "Tier summary",
// "2025", "分级汇总（订单）" (full-width parentheses are not word characters) and "Q1" are quoted,
// and a quote inside the name is doubled. Observed in Excel's own files by XlsxWriter
// (github.com/jmcnamara/XlsxWriter/issues/1078).
import { columnLetter } from "./columnLetter";

const PLAIN = /^[\p{L}_][\p{L}\p{M}\p{N}_.]*$/u;
const A1_CELL = /^([A-Za-z]{1,3})(\d+)$/;
const R1C1_CELL = /^[Rr]\d*[Cc]\d*$/;

function looksLikeCell(name: string): boolean {
  if (R1C1_CELL.test(name)) return true;
  const cell = A1_CELL.exec(name);
  return cell !== null && cell[1].length <= 3;
}

export function quoteSheetName(name: string): string {
  return PLAIN.test(name) && !looksLikeCell(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "'Tier summary'!B2:D10" (or "订单!B2" for one cell) from 0-based indexes. */
export function sheetAddress(
  sheetName: string,
  row: number,
  column: number,
  rowCount = 1,
  columnCount = 1
): string {
  const first = `${columnLetter(column)}${row + 1}`;
  const cells =
    rowCount === 1 && columnCount === 1
      ? first
      : `${first}:${columnLetter(column + columnCount - 1)}${row + rowCount}`;
  return `${quoteSheetName(sheetName)}!${cells}`;
}
