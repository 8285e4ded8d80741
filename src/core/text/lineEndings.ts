// One line ending for a whole text file. A CSV saved by Excel (CRLF) with rows appended by a
// script (LF), or an old Mac export (lone CR), mixes them; papaparse guesses one line ending
// from the start of the file and would read the other lines as parts of one record, so rows
// would vanish without a word.

/** The text with every CRLF and lone CR as LF (also inside quoted fields, as Excel keeps cells). */
export function normalizeLineEndings(text: string): string {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}

/** Where a quoted field's closing quote is followed by text: `"Best" Shop`. */
export interface QuotePosition {
  /** 0-based record index. */
  record: number;
  /** 0-based field index within the record. */
  field: number;
}

export interface RecordCount {
  records: number;
  /**
   * The first closing quote followed by anything but spaces or tabs before the delimiter or the
   * line break, or null. Readers disagree on such a field (papaparse searches on for another
   * quote and swallows the rows in between; DuckDB's lenient reader drops a character), so the
   * CLI refuses the file and names the cell instead.
   */
  textAfterQuote: QuotePosition | null;
}

const QUOTE = 34;
const LF = 10;
const SPACE = 32;
const TAB = 9;

/**
 * The records of a delimited text as a reader that honours quotes counts them: line breaks
 * outside quoted fields, plus the last line if it is not empty. A quote opens a quoted field
 * only at the start of a field; inside one, "" is a quote and a lone quote closes it. Counted
 * independently of the parser, so the CLI can check that every physical record became a row.
 */
export function countCsvRecords(text: string, delimiter: string): RecordCount {
  let records = 0;
  let field = 0;
  let quoted = false;
  let fieldStart = true;
  /** A quote closed the field: only spaces or tabs may come before the delimiter or break. */
  let closed = false;
  let textAfterQuote: QuotePosition | null = null;
  const n = text.length;
  const d = delimiter.charCodeAt(0);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c !== QUOTE) continue;
      if (text.charCodeAt(i + 1) === QUOTE) i++;
      else {
        quoted = false;
        closed = true;
      }
      continue;
    }
    if (closed && c !== d && c !== LF && c !== SPACE && c !== TAB) {
      textAfterQuote ??= { record: records, field };
      closed = false;
    }
    if (c === LF) {
      records++;
      field = 0;
      fieldStart = true;
      closed = false;
    } else if (c === d) {
      field++;
      fieldStart = true;
      closed = false;
    } else {
      if (c === QUOTE && fieldStart) quoted = true;
      fieldStart = false;
    }
  }
  const endsWithBreak = n > 0 && text.charCodeAt(n - 1) === LF;
  return { records: records + (n > 0 && !endsWithBreak ? 1 : 0), textAfterQuote };
}

/** The records of a delimited text (countCsvRecords). */
export function countRecords(text: string, delimiter: string): number {
  return countCsvRecords(text, delimiter).records;
}
