// The customer table as CSV for Excel: UTF-8 with a BOM (so Excel shows Chinese), CRLF lines,
// and text that Excel would run as a formula made inert.
import { writeFile } from "node:fs/promises";
import type { OutCell, OutTable } from "../core";

const BOM = "\ufeff";
/** Leading characters that make Excel read a cell as a formula (OWASP CSV injection list). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field. Text starting like a formula gets a leading apostrophe, as Excel users type it. */
export function csvField(value: OutCell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(table: OutTable): string {
  const lines: string[] = new Array(table.rowCount + 1);
  lines[0] = table.columns.map((c) => csvField(c.header)).join(",");
  for (let k = 0; k < table.rowCount; k++) lines[k + 1] = table.row(k).map(csvField).join(",");
  return BOM + lines.join("\r\n") + "\r\n";
}

export async function writeCsv(path: string, table: OutTable): Promise<void> {
  await writeFile(path, csvText(table), "utf8");
}
