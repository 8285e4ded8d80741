// CSV text to rows of text cells. Cells stay text: the core reads numbers, dates and money
// itself, with the user's date order and decimal comma.
import Papa from "papaparse";
import { countCsvRecords, normalizeLineEndings, type QuotePosition } from "../core";

export interface CsvTable {
  rows: string[][];
  delimiter: string;
  /** Sheet row number of rows[0], as Excel would show it. */
  firstRowNumber: number;
  /** Records in the text counted apart from the parser (see countRecords): rows.length if none was lost. */
  records: number;
  /** The first cell with text after its closing quote (countCsvRecords), or null. */
  textAfterQuote: QuotePosition | null;
}

const DELIMITERS = [",", ";", "\t"];
/** Excel writes and honours a first line "sep=;" naming the delimiter; it does not show it as a row. */
const SEP_LINE = /^sep=(.)\n/i;

const isBlankRow = (row: string[]): boolean => row.length === 1 && row[0] === "";

/** Enough text for the first rows, where the delimiter is guessed. */
const GUESS_SAMPLE = 64 * 1024;
const GUESS_ROWS = 10;

/**
 * The delimiter giving the most consistent field count over the first rows. Blank lines are
 * skipped here (papaparse's own guess counts them and then misses ";" in small files).
 */
export function guessDelimiter(text: string): string {
  const sample = Papa.parse<string[]>(text.slice(0, GUESS_SAMPLE), {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: true,
    preview: GUESS_ROWS,
  });
  return sample.meta.delimiter || ",";
}

/**
 * The rows of a CSV text and its delimiter, parsed in one call (measured faster than streaming
 * row callbacks). Line endings are made one first: papaparse guesses one from the start of the
 * text. `body` is the text parsed (one line ending, no "sep=" line).
 */
export function parseCsvRows(text: string): { rows: string[][]; delimiter: string; body: string } {
  const lines = normalizeLineEndings(text);
  const sep = SEP_LINE.exec(lines);
  const body = sep ? lines.slice(sep[0].length) : lines;
  const parsed = Papa.parse<string[]>(body, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    newline: "\n",
    delimiter: sep ? sep[1] : guessDelimiter(body),
  });
  const rows = parsed.data;
  // A final line break (or several) is not a row of the table.
  let end = rows.length;
  while (end > 0 && isBlankRow(rows[end - 1])) end--;
  if (end < rows.length) rows.length = end;
  return { rows, delimiter: parsed.meta.delimiter, body };
}

/** A whole CSV file's table: its rows, and its records counted apart from the parser. */
export function parseCsv(text: string): CsvTable {
  const { rows, delimiter, body } = parseCsvRows(text);
  let textEnd = body.length;
  while (textEnd > 0 && body.charCodeAt(textEnd - 1) === 10) textEnd--;
  const { records, textAfterQuote } = countCsvRecords(body.slice(0, textEnd), delimiter);
  return { rows, delimiter, firstRowNumber: 1, records, textAfterQuote };
}
