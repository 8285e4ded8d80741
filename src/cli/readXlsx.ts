// The first visible (or the named) worksheet of an XLSX workbook as a SheetInput, through the
// reader the browser preview shares (src/xlsx), over a package yauzl opens.
import { CancelledError, HEADER_SCAN_ROWS, type SheetInput } from "../core";
import { readWorkbookSheet, XlsxSheetError, type SheetRequest } from "../xlsx";
import { CliError } from "./cliError";
import { openZip, type ZipParts } from "./xlsx/zipEntries";

export interface XlsxSheet {
  input: SheetInput;
  sheetName: string;
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  date1904: boolean;
}

function sheetError(error: XlsxSheetError, file: string): CliError {
  if (error.code === "noSheets") return new CliError("file.noSheets", { file });
  if (error.code === "emptySheet")
    return new CliError("file.emptySheet", { file, sheet: error.params.sheet ?? "" });
  return new CliError("file.unknownSheet", {
    file,
    sheet: error.params.sheet ?? "",
    sheets: error.params.sheets ?? "",
  });
}

async function readSheet(zip: ZipParts, request: SheetRequest): Promise<XlsxSheet> {
  const sheet = await readWorkbookSheet(zip, request);
  const cells = sheet.cells;
  return {
    input: {
      values: cells.values,
      numberFormats: cells.numberFormats,
      firstRowNumber: cells.top + 1,
      firstColumnIndex: cells.left,
    },
    sheetName: sheet.sheetName,
    date1904: sheet.date1904,
  };
}

/**
 * Reads an XLSX file's bytes. Throws CliError for a broken workbook, an unknown or empty sheet,
 * CancelledError when `signal` is aborted meanwhile.
 */
export async function readXlsx(
  bytes: Buffer,
  sheetName: string | null,
  file: string,
  signal: { readonly aborted: boolean } = { aborted: false },
  keep?: SheetRequest["keep"]
): Promise<XlsxSheet> {
  let zip: ZipParts | null = null;
  try {
    zip = await openZip(bytes);
    return await readSheet(zip, { name: sheetName, signal, keep, keepAfterRows: HEADER_SCAN_ROWS });
  } catch (error) {
    if (error instanceof CliError || error instanceof CancelledError) throw error;
    if (error instanceof XlsxSheetError) throw sheetError(error, file);
    throw new CliError("file.badXlsx", {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  } finally {
    zip?.close();
  }
}
