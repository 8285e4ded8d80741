// The first (or the named) worksheet of an XLSX workbook as a SheetInput.
import { Workbook, type Row, type Worksheet } from "exceljs";
import { type CellValue, type SheetInput, xlsxCellValue } from "../core";
import { CliError } from "./cliError";

export interface XlsxSheet {
  input: SheetInput;
  sheetName: string;
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  date1904: boolean;
}

function pickSheet(workbook: Workbook, name: string | null, file: string): Worksheet {
  const sheets = workbook.worksheets;
  if (sheets.length === 0) throw new CliError("file.noSheets", { file });
  if (name === null) return sheets.find((s) => s.state === "visible") ?? sheets[0];
  const found =
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found)
    throw new CliError("file.unknownSheet", {
      file,
      sheet: name,
      sheets: sheets.map((s) => s.name).join(", "),
    });
  return found;
}

const GENERAL = /^(general|@)?$/i;

interface Block {
  values: CellValue[][];
  numberFormats: (string | null | undefined)[][];
}

/** Copies one sheet row; a number keeps its format so the core can tell a date serial. */
function readRow(row: Row | undefined, left: number, width: number, block: Block): void {
  const values: CellValue[] = new Array(width).fill(null);
  const formats: (string | null)[] = [];
  if (row) {
    const raw = row.values as unknown[];
    for (let c = 0; c < width; c++) {
      const value = xlsxCellValue(raw[left + c]);
      values[c] = value;
      if (typeof value !== "number") continue;
      const format = row.findCell(left + c)?.numFmt;
      if (format && !GENERAL.test(format)) formats[c] = format;
    }
  }
  block.values.push(values);
  block.numberFormats.push(formats);
}

/** Reads an XLSX file's bytes. Throws CliError for a broken workbook or an unknown sheet. */
export async function readXlsx(
  bytes: Buffer,
  sheetName: string | null,
  file: string
): Promise<XlsxSheet> {
  const workbook = new Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads at run time.
    await workbook.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  } catch (error) {
    throw new CliError("file.badXlsx", {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  const sheet = pickSheet(workbook, sheetName, file);
  if (sheet.actualRowCount === 0)
    throw new CliError("file.emptySheet", { file, sheet: sheet.name });
  const { top, left, bottom, right } = sheet.dimensions;
  const block: Block = { values: [], numberFormats: [] };
  for (let r = top; r <= bottom; r++) readRow(sheet.findRow(r), left, right - left + 1, block);
  return {
    input: { ...block, firstRowNumber: top, firstColumnIndex: left - 1 },
    sheetName: sheet.name,
    date1904: workbook.properties?.date1904 === true,
  };
}
