// A file on disk to the core's SheetInput: CSV or XLSX, told apart by content and extension.
import { open, readFile } from "node:fs/promises";
import { extname } from "node:path";
import { columnLetter, type CellValue, type QuotePosition, type SheetInput } from "../core";
import { CliError } from "./cliError";
import { systemReason } from "./errorText";
import { decodeText, type EncodingChoice } from "./decodeText";
import { parseCsv } from "./readCsv";

export interface LoadedInput {
  input: SheetInput;
  kind: "csv" | "xlsx";
  /** CSV: the text encoding used. */
  encoding?: string;
  /** CSV: the delimiter found. */
  delimiter?: string;
  /** XLSX: the sheet read. */
  sheetName?: string;
  /** XLSX: the workbook uses the 1904 date system. */
  date1904: boolean;
  /** Physical records (sheet rows from the first to the last used one): every one becomes a row. */
  records: number;
}

export interface ReadSettings {
  encoding: EncodingChoice;
  sheet: string | null;
  /** Aborted by Ctrl-C: a long XLSX read stops between chunks. */
  signal?: { readonly aborted: boolean };
  /** XLSX: the sheet columns the run needs, from the first rows (all when absent or null). */
  keep?: (firstRows: CellValue[][]) => ReadonlySet<number> | null;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: the old binary .xls. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
/** ZIP packages that are not XLSX workbooks. */
const OTHER_ZIPS = new Set([".xlsb", ".ods", ".numbers", ".docx", ".pptx", ".zip"]);

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT") throw new CliError("file.notFound", { file });
    if (code === "EISDIR") throw new CliError("file.isFolder", { file });
    throw new CliError("file.unreadable", { file, reason: systemReason(error) });
  }
}

/** "EncryptionInfo" in UTF-16LE, the name of a stream in every CFB container of an encrypted package. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

/**
 * A password-protected XLSX is not a ZIP but an OLE compound file holding EncryptionInfo and
 * EncryptedPackage streams (MS-OFFCRYPTO 2.3.4); an old .xls holds a Workbook stream instead.
 */
function isEncryptedPackage(bytes: Buffer): boolean {
  return bytes.includes(ENCRYPTION_INFO);
}

/** Text files have no NUL bytes (UTF-16 ones have a BOM and are handled before this check). */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  return bytes.subarray(0, 8192).includes(0);
}

async function loadXlsx(bytes: Buffer, file: string, settings: ReadSettings): Promise<LoadedInput> {
  // The XLSX reader (fflate, saxes, yauzl: 20 modules) loads only for an XLSX input.
  const { readXlsx } = await import("./readXlsx");
  const sheet = await readXlsx(bytes, settings.sheet, file, settings.signal, settings.keep);
  return {
    input: sheet.input,
    kind: "xlsx",
    sheetName: sheet.sheetName,
    date1904: sheet.date1904,
    records: sheet.input.values.length,
  };
}

/**
 * A CSV cell with text after its closing quote (`"Best" Shop`): refused, naming the cell, rather
 * than read one way by one reader and another by the next (both engines; a "sep=" line is no row).
 */
export function textAfterQuote(file: string, at: QuotePosition): CliError {
  return new CliError("file.textAfterQuote", {
    file,
    row: at.record + 1,
    column: columnLetter(at.field),
  });
}

function loadCsv(bytes: Buffer, file: string, settings: ReadSettings): LoadedInput {
  const decoded = decodeText(bytes, settings.encoding, file);
  if (decoded.text.trim() === "") throw new CliError("file.empty", { file });
  const table = parseCsv(decoded.text);
  if (table.textAfterQuote !== null) throw textAfterQuote(file, table.textAfterQuote);
  // Every physical record must become a row: the parser and an independent count must agree.
  if (table.records !== table.rows.length)
    throw new CliError("file.rowsLost", { file, records: table.records, rows: table.rows.length });
  return {
    input: { values: table.rows, firstRowNumber: table.firstRowNumber },
    kind: "csv",
    encoding: decoded.encoding,
    delimiter: table.delimiter,
    date1904: false,
    records: table.records,
  };
}

const PARQUET = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/** Whether the file starts as a Parquet file does (its first bytes only). */
async function startsAsParquet(file: string): Promise<boolean> {
  const bytes = Buffer.alloc(PARQUET.length);
  try {
    const handle = await open(file, "r");
    try {
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
      return bytesRead === PARQUET.length && startsWith(bytes, PARQUET);
    } finally {
      await handle.close();
    }
  } catch {
    return false; // a folder, a missing file: readBytes names what is wrong with it
  }
}

/**
 * A Parquet file DuckDB's typed reading left to the core (a customer summary, columns its first
 * rows do not name, no rows): its cells through DuckDB (loaded only here), so the core says
 * what it says of the same cells in a CSV, not that the file is no table.
 */
async function loadParquet(file: string): Promise<LoadedInput> {
  const { readParquetCells } = await import("./engine/parquetCells");
  const input = await readParquetCells(file);
  return { input, kind: "csv", encoding: "parquet", date1904: false, records: input.values.length };
}

/**
 * Reads FILE. Throws CliError naming what is wrong with it. Content decides before the
 * extension: ERP systems often save tab-separated text as ".xls", which reads fine as CSV.
 */
export async function readInput(file: string, settings: ReadSettings): Promise<LoadedInput> {
  if (await startsAsParquet(file)) return loadParquet(file);
  const bytes = await readBytes(file);
  if (bytes.length === 0) throw new CliError("file.empty", { file });
  const ext = extname(file).toLowerCase();
  if (startsWith(bytes, OLE))
    throw new CliError(isEncryptedPackage(bytes) ? "file.encrypted" : "file.oldXls", { file });
  if (startsWith(bytes, ZIP)) {
    if (OTHER_ZIPS.has(ext)) throw new CliError("file.notTable", { file });
    return loadXlsx(bytes, file, settings);
  }
  if (XLSX_EXTENSIONS.has(ext)) throw new CliError("file.fakeXlsx", { file });
  if (looksBinary(bytes)) throw new CliError("file.notTable", { file });
  return loadCsv(bytes, file, settings);
}
