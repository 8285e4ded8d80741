// The customer table as CSV for Excel: UTF-8 with a BOM (so Excel shows Chinese), CRLF lines,
// and text that Excel would run as a formula made inert.
import { open } from "node:fs/promises";
import type { OutCell, OutTable } from "../core";

const BOM = "\ufeff";
/** Leading characters that make Excel read a cell as a formula (OWASP CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field. Text starting like a formula gets a leading apostrophe, as Excel users type it. */
export function csvField(value: OutCell): string {
  // Numbers first: most cells of a customer table are.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (value === null) return "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, without its line break. */
export function csvLine(cells: readonly OutCell[]): string {
  return cells.map(csvField).join(",");
}

/** Rows gathered into one write: large enough that writes are few, small enough to stay young. */
const ROWS_PER_WRITE = 4096;

/**
 * Writes the table as it goes, a few thousand rows at a time: the whole text of a large run
 * (tens of megabytes, with its lines) was held at once, most of it as garbage to collect.
 */
export async function writeCsv(path: string, table: OutTable): Promise<void> {
  const file = await open(path, "w");
  try {
    const lines: string[] = [BOM + csvLine(table.columns.map((c) => c.header))];
    for (let k = 0; k < table.rowCount; k++) {
      lines.push(csvLine(table.row(k)));
      if (lines.length === ROWS_PER_WRITE) {
        await file.writeFile(lines.join("\r\n") + "\r\n", "utf8");
        lines.length = 0;
      }
    }
    if (lines.length > 0) await file.writeFile(lines.join("\r\n") + "\r\n", "utf8");
  } finally {
    await file.close();
  }
}
