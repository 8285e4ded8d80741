// The first visible (or the named) worksheet of an XLSX package as a block of cells, streamed:
// the sheet's XML is parsed as it inflates, shared strings are held once, and only cells with a
// value are kept, so a 1,048,575 x 12 sheet or a tiny file claiming XFD1048576 both fit.
import type { CellValue } from "../core";
import { cellFormats } from "./cellFormats";
import { workbookParts, type SheetEntry } from "./packageParts";
import { sharedStrings } from "./sharedStrings";
import { sheetRows, type SheetCells } from "./sheetRows";
import type { ReadSignal, XlsxPackage } from "./xlsxPackage";

export interface WorkbookSheet {
  cells: SheetCells;
  sheetName: string;
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  date1904: boolean;
}

/** Why a well-formed package gives no sheet; each face says it in its own words. */
export class XlsxSheetError extends Error {
  constructor(
    readonly code: "noSheets" | "unknownSheet" | "emptySheet",
    readonly params: { sheet?: string; sheets?: string }
  ) {
    super(code);
    this.name = "XlsxSheetError";
  }
}

export interface SheetRequest {
  /** The sheet's name (case-insensitive when no exact match); null: the first visible sheet. */
  name: string | null;

  signal?: ReadSignal;
  /** The sheet columns to keep, decided from the block's first rows (see SheetContext.keep). */
  keep?: (firstRows: CellValue[][]) => ReadonlySet<number> | null;
  keepAfterRows?: number;
}

function pickSheet(sheets: SheetEntry[], name: string | null): SheetEntry {
  if (sheets.length === 0) throw new XlsxSheetError("noSheets", {});
  if (name === null) return sheets.find((s) => s.state === "visible") ?? sheets[0];
  const found =
    sheets.find((s) => s.name === name) ??
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found)
    throw new XlsxSheetError("unknownSheet", {
      sheet: name,
      sheets: sheets.map((s) => s.name).join(", "),
    });
  return found;
}

/**
 * Reads one worksheet. Throws XlsxSheetError for a package without that sheet or with no value
 * in it, CancelledError when the signal is set meanwhile, and the parser's or inflater's Error
 * for a broken package.
 */
export async function readWorkbookSheet(
  pkg: XlsxPackage,
  request: SheetRequest
): Promise<WorkbookSheet> {
  const parts = await workbookParts(pkg);
  const sheet = pickSheet(parts.sheets, request.name);
  const part = sheet.part === null ? null : await pkg.open(sheet.part);
  if (part === null) throw new Error(`no part for sheet "${sheet.name}"`);
  const strings = await sharedStrings(pkg, parts.sharedStrings);
  const formats = await cellFormats(pkg, parts.styles);
  const cells = await sheetRows(part, {
    strings,
    formats,
    signal: request.signal,
    keep: request.keep,
    keepAfterRows: request.keepAfterRows,
  });
  if (cells.values.length === 0) throw new XlsxSheetError("emptySheet", { sheet: sheet.name });
  return { cells, sheetName: sheet.name, date1904: parts.date1904 };
}
