// The lines both terminal reports open with: the file read and how, the row counts, the notes.
import { formatMessage, type Language, type RowCounts, type Warning } from "../core";
import { cliText } from "./messages";
import type { LoadedInput } from "./readInput";

/** Encoding, and the delimiter when it is not a comma: what to check when columns look wrong. */
export function csvFormat(loaded: LoadedInput): string {
  const delimiter = loaded.delimiter === "\t" ? "tab" : loaded.delimiter;
  return delimiter && delimiter !== ","
    ? `${loaded.encoding}, "${delimiter}"`
    : `${loaded.encoding}`;
}

/** "File: orders.xlsx (sheet 订单)" or "File: orders.csv (gb18030)". */
export function fileLine(loaded: LoadedInput, file: string, language: Language): string {
  const where =
    loaded.kind === "xlsx"
      ? `${file} (${cliText("report.sheet", {}, language)} ${loaded.sheetName ?? ""})`
      : `${file} (${csvFormat(loaded)})`;
  return `${cliText("report.file", {}, language)}: ${where}`;
}

/** Used, rejected and blank rows: together they are every row read. */
export function rowCountsText(
  counts: Pick<RowCounts, "used" | "rejected" | "blank">,
  language: Language,
  count: Intl.NumberFormat
): string {
  return cliText(
    "report.rowCounts",
    {
      used: count.format(counts.used),
      rejected: count.format(counts.rejected),
      blank: count.format(counts.blank),
    },
    language
  );
}

export function warningLines(warnings: Warning[], language: Language): string[] {
  const note = cliText("report.note", {}, language);
  return warnings.map((w) => `${note}: ${formatMessage(`warning.${w.code}`, w.params, language)}`);
}
