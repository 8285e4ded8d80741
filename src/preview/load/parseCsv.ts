// CSV text to rows of strings, as Excel reads a CSV file: the BOM dropped, delimiter detected,
// every field kept as typed text (Excel's conversion happens when the text is written to cells).
import Papa from "papaparse";
import { normalizeLineEndings } from "../../core";

export function parseCsv(text: string): string[][] {
  // One line ending first: papaparse guesses one from the start and would merge the other lines.
  const body = normalizeLineEndings(text.replace(/^\uFEFF/, ""));
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true, newline: "\n" });
  return parsed.data;
}
