// One pass over a UTF-8 CSV file's bytes, chunk by chunk, counting its records the way
// countRecords counts them in the text (line breaks outside quoted fields; CRLF and a lone CR
// are one break, as normalizeLineEndings makes them). DuckDB's reader skips empty lines, which
// the core counts as blank rows: their positions put every row DuckDB reads back at its own
// sheet row number, and the count checks that no record was lost on the way.

const QUOTE = 34;
const LF = 10;
const CR = 13;

export interface CsvShape {
  /** Records, as the core counts them (final line breaks are not records). */
  records: number;
  /** Indexes (0-based, among the records) of the empty ones, ascending. */
  empty: number[];
  /** Most fields in any record. */
  maxFields: number;
  /** A line break inside a quoted field (DuckDB's parallel reader cannot split such a file). */
  quotedBreak: boolean;
}

export class CsvScanner {
  /** Index of the record being read. */
  private current = 0;
  private lastNonEmpty = -1;
  private readonly empty: number[] = [];
  private maxFields = 0;
  private fields = 1;
  private length = 0;
  private quoted = false;
  /** Inside quotes, a quote was just read: "" is a quote, anything else closes the field. */
  private quotePending = false;
  /** A CR just ended a line: an LF right after it belongs to the same break. */
  private afterCr = false;
  private fieldStart = true;
  private quotedBreak = false;
  private readonly delimiter: number;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  push(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i];
      if (this.afterCr) {
        this.afterCr = false;
        if (c === LF) continue;
      }
      if (this.quoted && this.quotedByte(c)) continue;
      if (c === LF || c === CR) {
        this.afterCr = c === CR;
        this.endRecord();
        continue;
      }
      this.length++;
      if (c === this.delimiter) {
        this.fields++;
        this.fieldStart = true;
      } else {
        if (c === QUOTE && this.fieldStart) this.quoted = true;
        this.fieldStart = false;
      }
    }
  }

  /** A byte inside quotes; false when it closed them and is to be read outside. */
  private quotedByte(c: number): boolean {
    this.length++;
    if (this.quotePending) {
      this.quotePending = false;
      if (c === QUOTE) return true;
      this.quoted = false;
      this.length--;
      return false;
    }
    if (c === QUOTE) this.quotePending = true;
    else if (c === LF || c === CR) this.quotedBreak = true;
    this.afterCr = c === CR;
    return true;
  }

  private endRecord(): void {
    if (this.length === 0) this.empty.push(this.current);
    else this.nonEmpty();
    this.current++;
    this.fields = 1;
    this.length = 0;
    this.fieldStart = true;
  }

  private nonEmpty(): void {
    this.lastNonEmpty = this.current;
    if (this.fields > this.maxFields) this.maxFields = this.fields;
  }

  finish(): CsvShape {
    if (this.length > 0 || this.quoted) this.nonEmpty();
    // Final line breaks (and the empty lines among them) are not records.
    const records = this.lastNonEmpty + 1;
    return {
      records,
      empty: this.empty.filter((r) => r < records),
      maxFields: Math.max(1, this.maxFields),
      quotedBreak: this.quotedBreak,
    };
  }
}
