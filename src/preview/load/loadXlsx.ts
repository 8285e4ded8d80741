// The first visible sheet of an XLSX file into a new sheet: values as stored (text stays text),
// numbers with their number formats, dates as serials with a date format. exceljs's browser
// build is loaded only here, when a user picks an .xlsx, so the preview's first load stays small.
import { xlsxCellValue } from "../../core";
import { interpretWrite } from "../../excelDouble/cellValues";
import { dateToSerial } from "../format/formatCell";
import type { LoadedSheet } from "./loadCsv";
import { sheetNameFromFile } from "./sheetName";
import { BatchRunner, SheetRows, WriteCell, writeNewSheet } from "./writeSheet";

const DATE_FORMAT = "yyyy-mm-dd";
const GENERAL = /^(general)?$/i;

/**
 * A text cell that Excel would turn into something else if typed ("001", "=x", "TRUE") gets a
 * leading apostrophe, as Excel shows a text cell loaded from a file: text, left as it was.
 */
export function asTypedText(text: string): string {
  const write = interpretWrite(text, "General", "preview.loadXlsx");
  return write.kind === "text" && !write.quotePrefix ? text : `'${text}`;
}

export interface XlsxCell {
  value: unknown;
  numFmt?: string;
}

/** One cell as written through Range.values and Range.numberFormat. */
export function xlsxWrite(cell: XlsxCell): { value: WriteCell; format: string | null } {
  const value = xlsxCellValue(cell.value);
  if (value === null || value === undefined) return { value: "", format: null };
  // An error cell ({ error: "#N/A" }) is written as its text, which Excel reads as the error.
  const isError = typeof cell.value === "object" && cell.value !== null && "error" in cell.value;
  if (isError) return { value: String(value), format: null };
  if (value instanceof Date) return { value: dateToSerial(value), format: DATE_FORMAT };
  if (typeof value === "string") return { value: asTypedText(value), format: null };
  const format = typeof value === "number" && cell.numFmt && !GENERAL.test(cell.numFmt);
  return { value, format: format ? (cell.numFmt ?? null) : null };
}

async function readFirstSheet(bytes: Uint8Array): Promise<SheetRows | null> {
  const { Workbook } = await import("exceljs");
  const workbook = new Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const sheet = workbook.worksheets.find((s) => s.state === "visible") ?? workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) return null;
  const rows: SheetRows = { values: [], numberFormats: [] };
  // Rows and columns keep their places from A1, as in the file.
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    const line: WriteCell[] = [];
    const formats: (string | null)[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row?.findCell(c);
      const { value, format } = xlsxWrite({ value: cell?.value, numFmt: cell?.numFmt });
      line.push(value);
      formats.push(format);
    }
    rows.values.push(line);
    rows.numberFormats?.push(formats);
  }
  return rows;
}

export async function loadXlsxFile(
  workbook: BatchRunner,
  fileName: string,
  bytes: Uint8Array
): Promise<LoadedSheet> {
  const rows = await readFirstSheet(bytes);
  if (!rows) throw new Error("empty");
  const sheetName = await writeNewSheet(workbook, sheetNameFromFile(fileName), rows);
  return { sheetName, rows: rows.values.length };
}
