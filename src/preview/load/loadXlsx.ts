// The first visible sheet of an XLSX file into a new sheet, read by the same streamed reader as
// the CLI (src/xlsx, over fflate here): values as stored (text stays text), numbers with their
// number formats, dates as serials with a date format, each cell in its place in the sheet.
import { excelError, isDateFormat, type CellValue } from "../../core";
import { interpretWrite } from "../../excelDouble/cellValues";
import { bytesPackage, readWorkbookSheet, type SheetCells } from "../../xlsx";
import { dateToSerial } from "../format/formatCell";
import type { LoadedSheet } from "./loadCsv";
import { sheetNameFromFile } from "./sheetName";
import { BatchRunner, SheetRows, WriteCell, writeNewSheet } from "./writeSheet";

const DATE_FORMAT = "yyyy-mm-dd";

/**
 * A text cell that Excel would turn into something else if typed ("001", "=x", "TRUE") gets a
 * leading apostrophe, as Excel shows a text cell loaded from a file: text, left as it was.
 */
export function asTypedText(text: string): string {
  const write = interpretWrite(text, "General", "preview.loadXlsx");
  return write.kind === "text" && !write.quotePrefix ? text : `'${text}`;
}

/** One cell as written through Range.values and Range.numberFormat. */
export function xlsxWrite(
  value: CellValue,
  numFmt: string | null | undefined
): { value: WriteCell; format: string | null } {
  if (value === null || value === undefined) return { value: "", format: null };
  // An error cell ("#N/A", as the reader keeps it) is written as its text, which Excel reads as the error.
  if (excelError(value) !== null) return { value: String(value), format: null };
  if (value instanceof Date) return { value: dateToSerial(value), format: DATE_FORMAT };
  if (typeof value === "string") return { value: asTypedText(value), format: null };
  if (typeof value === "number" && numFmt)
    return { value, format: isDateFormat(numFmt) ? DATE_FORMAT : numFmt };
  return { value, format: null };
}

/** The cells of an XLSX file's first visible sheet, exactly as the CLI reads them. */
export async function readXlsxCells(bytes: Uint8Array): Promise<SheetCells> {
  const sheet = await readWorkbookSheet(bytesPackage(bytes), { name: null });
  return sheet.cells;
}

function sheetRows(cells: SheetCells): SheetRows {
  const rows: SheetRows = {
    values: [],
    numberFormats: [],
    firstRow: cells.top,
    firstColumn: cells.left,
  };
  cells.values.forEach((line, r) => {
    const formats = cells.numberFormats[r];
    const written = line.map((value, c) => xlsxWrite(value, formats[c]));
    rows.values.push(written.map((w) => w.value));
    rows.numberFormats?.push(written.map((w) => w.format));
  });
  return rows;
}

export async function loadXlsxFile(
  workbook: BatchRunner,
  fileName: string,
  bytes: Uint8Array
): Promise<LoadedSheet> {
  const rows = sheetRows(await readXlsxCells(bytes));
  const sheetName = await writeNewSheet(workbook, sheetNameFromFile(fileName), rows);
  return { sheetName, rows: rows.values.length };
}
