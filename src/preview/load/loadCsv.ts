// A CSV (text or file bytes) into a new sheet of the workbook, A1 selected.
import { formatAddress } from "../../excelDouble/address";
import { decodeBytes } from "./decodeBytes";
import { parseCsv } from "./parseCsv";
import { sheetNameFromFile } from "./sheetName";
import { BatchRunner, appendRows, writeNewSheet } from "./writeSheet";

export interface LoadedSheet {
  sheetName: string;
  rows: number;
}

export async function loadCsvText(
  workbook: BatchRunner,
  text: string,
  sheetName?: string
): Promise<LoadedSheet> {
  const values = parseCsv(text);
  const name = await writeNewSheet(workbook, sheetName, { values });
  return { sheetName: name, rows: values.length };
}

export async function loadCsvFile(
  workbook: BatchRunner,
  fileName: string,
  bytes: Uint8Array
): Promise<LoadedSheet> {
  return loadCsvText(workbook, decodeBytes(bytes).text, sheetNameFromFile(fileName));
}

/**
 * Appends a CSV's rows under a sheet's data. Its header line is dropped when it repeats the
 * sheet's first row, as a month's export of the same report does.
 */
export async function appendCsvText(
  workbook: BatchRunner & { getValues(address: string): unknown[][] },
  text: string,
  sheetName: string
): Promise<{ rows: number; firstRow: number }> {
  const values = parseCsv(text);
  const width = values[0]?.length ?? 0;
  const firstLine = { row: 0, col: 0, rows: 1, cols: Math.max(1, width) };
  const header = workbook.getValues(formatAddress(sheetName, firstLine))[0];
  const sameHeader = values[0]?.every((cell, i) => String(header[i] ?? "") === cell) ?? false;
  const body = sameHeader ? values.slice(1) : values;
  const firstRow = await appendRows(workbook, sheetName, { values: body });
  return { rows: body.length, firstRow };
}
