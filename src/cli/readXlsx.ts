// The first visible (or the named) worksheet of an XLSX workbook as a SheetInput, streamed: the
// sheet's XML is parsed as it inflates, shared strings are held once, and only cells with a
// value are kept, so a 1,048,575 x 12 sheet or a tiny file claiming XFD1048576 both fit.
import { CancelledError, type SheetInput } from "../core";
import { CliError } from "./cliError";
import { cellFormats } from "./xlsx/cellFormats";
import { workbookParts, type SheetEntry } from "./xlsx/packageParts";
import { sharedStrings } from "./xlsx/sharedStrings";
import { sheetRows } from "./xlsx/sheetRows";
import { openZip, type ZipParts } from "./xlsx/zipEntries";

export interface XlsxSheet {
  input: SheetInput;
  sheetName: string;
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  date1904: boolean;
}

function pickSheet(sheets: SheetEntry[], name: string | null, file: string): SheetEntry {
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

async function readSheet(
  zip: ZipParts,
  sheetName: string | null,
  file: string,
  signal: { readonly aborted: boolean }
): Promise<XlsxSheet> {
  const parts = await workbookParts(zip);
  const sheet = pickSheet(parts.sheets, sheetName, file);
  const stream = sheet.part === null ? null : await zip.open(sheet.part);
  if (stream === null) throw new Error(`no part for sheet "${sheet.name}"`);
  const strings = await sharedStrings(zip, parts.sharedStrings);
  const formats = await cellFormats(zip, parts.styles);
  const cells = await sheetRows(stream, { strings, formats, signal });
  if (cells.values.length === 0) throw new CliError("file.emptySheet", { file, sheet: sheet.name });
  return {
    input: {
      values: cells.values,
      numberFormats: cells.numberFormats,
      firstRowNumber: cells.top + 1,
      firstColumnIndex: cells.left,
    },
    sheetName: sheet.name,
    date1904: parts.date1904,
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
  signal: { readonly aborted: boolean } = { aborted: false }
): Promise<XlsxSheet> {
  let zip: ZipParts | null = null;
  try {
    zip = await openZip(bytes);
    return await readSheet(zip, sheetName, file, signal);
  } catch (error) {
    if (error instanceof CliError || error instanceof CancelledError) throw error;
    throw new CliError("file.badXlsx", {
      file,
      reason: error instanceof Error ? error.message : String(error),
    });
  } finally {
    zip?.close();
  }
}
