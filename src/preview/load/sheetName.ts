// A worksheet name for loaded data: the file's name made legal for Excel and unique in the workbook.
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/** "orders 2024.csv" -> "orders 2024"; illegal characters become "_"; at most 31 characters. */
export function sheetNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[/\\]/, "").replace(/\.[^.]*$/, "");
  const legal = base
    .replace(FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (legal || "Data").slice(0, MAX_LENGTH);
}
