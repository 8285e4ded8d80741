// --out: one row per customer to a CSV or XLSX file, written atomically.
import { customerTable, type Language, type SegmentResult } from "../core";
import { writeAtomically } from "./atomicFile";
import { CliError } from "./cliError";
import { cliText } from "./messages";
import type { OutTarget } from "./options";
import { writeCsv } from "./writeCsv";

/** Rows of an Excel sheet, one of them taken by the header. */
const EXCEL_MAX_DATA_ROWS = 1_048_575;

export async function writeOutput(
  target: OutTarget,
  result: SegmentResult,
  language: Language,
  signal: { readonly aborted: boolean }
): Promise<void> {
  const table = customerTable(result, language);
  if (target.format === "xlsx" && table.rowCount > EXCEL_MAX_DATA_ROWS) {
    throw new CliError("out.tooManyRows", { rows: table.rowCount, max: EXCEL_MAX_DATA_ROWS });
  }
  await writeAtomically(
    target.path,
    (path) =>
      target.format === "csv"
        ? writeCsv(path, table)
        : // exceljs loads only for an XLSX output (a quarter of a second of every run's start).
          import("./writeXlsx").then(({ writeXlsx }) =>
            writeXlsx(path, table, cliText("out.sheetName", {}, language), signal)
          ),
    signal
  );
}
