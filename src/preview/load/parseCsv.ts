// CSV text to rows of strings, as Excel reads a CSV file: the BOM dropped, delimiter detected,
// every field kept as typed text (Excel's conversion happens when the text is written to cells).
import Papa from "papaparse";

export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: true });
  return parsed.data;
}
