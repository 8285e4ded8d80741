// One pass over a UTF-8 CSV file's bytes, chunk by chunk, counting its records the way
// countRecords counts them in the text (line breaks outside quoted fields; CRLF and a lone CR
// are one break, as normalizeLineEndings makes them). DuckDB's reader skips empty lines, which
// the core counts as blank rows: their positions put every row DuckDB reads back at its own
// sheet row number, and the count checks that no record was lost on the way.

import type { QuotePosition } from "../../core";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
/** Bytes the general loop reads at least, once it has to (see CsvScanner.push). */
const QUOTED_SPAN = 1024;

export interface CsvShape {
  /** Records, as the core counts them (final line breaks are not records). */
  records: number;
  /** Indexes (0-based, among the records) of the empty ones, ascending. */
  empty: number[];
  /** Most fields in any record. */
  maxFields: number;
  /** A line break inside a quoted field (DuckDB's parallel reader cannot split such a file). */
  quotedBreak: boolean;
  /** A CR inside a quoted field: the core keeps it as LF (normalizeLineEndings), DuckDB as read. */
  quotedCr: boolean;
  /** The first closing quote followed by text (countCsvRecords' textAfterQuote), or null. */
  textAfterQuote: QuotePosition | null;
  /**
   * The first quote after spaces or tabs at the start of a field (` "a,b"`), or null: the core
   * reads it as text, as Excel does; DuckDB's reader takes it for a quoted field.
   */
  quoteAfterSpace: QuotePosition | null;
}

export class CsvScanner {
  private readonly state: ScanState = {
    current: 0,
    lastNonEmpty: -1,
    maxFields: 0,
    fields: 1,
    length: 0,
    quoted: false,
    quotePending: false,
    afterCr: false,
    fieldStart: true,
    quotedBreak: false,
    quotedCr: false,
    closed: false,
    blankSoFar: true,
    textAfterQuote: null,
    quoteAfterSpace: null,
  };
  private readonly empty: number[] = [];
  private readonly delimiter: number;

  constructor(delimiter: string) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Reads one chunk. The loops keep the state in locals (a field read and written per byte was
   * most of the scan's time on large files). Lines without a quote byte, read from outside
   * quotes, take a loop that never looks at quotes; the general loop reads only the lines a
   * quote is on (a file with quoted money on one line in seventy spent twice as long in it).
   * Both loops take any piece of the text, so reading a chunk piece by piece is reading it.
   */
  push(bytes: Uint8Array): void {
    const s = this.state;
    for (let at = 0; at < bytes.length;) {
      let start = at;
      if (!s.quoted && !s.closed) {
        const quote = bytes.indexOf(QUOTE, at);
        if (quote === -1) {
          scanPlain(at === 0 ? bytes : bytes.subarray(at), this.delimiter, s, this.empty);
          return;
        }
        // Up to the line the quote is on.
        start = Math.max(at, bytes.lastIndexOf(LF, quote) + 1);
        if (start > at) scanPlain(bytes.subarray(at, start), this.delimiter, s, this.empty);
      }
      // From that line (or the rest of a quoted field's) to a line feed QUOTED_SPAN on, so that
      // quotes on every line cost few changes of loop.
      const lf = bytes.indexOf(LF, start + QUOTED_SPAN);
      const end = lf === -1 ? bytes.length : lf + 1;
      scanQuoted(bytes.subarray(start, end), this.delimiter, s, this.empty);
      at = end;
    }
  }

  finish(): CsvShape {
    const s = this.state;
    if (s.length > 0 || s.quoted) {
      s.lastNonEmpty = s.current;
      if (s.fields > s.maxFields) s.maxFields = s.fields;
    }
    // Final line breaks (and the empty lines among them) are not records.
    const records = s.lastNonEmpty + 1;
    return {
      records,
      empty: this.empty.filter((r) => r < records),
      maxFields: Math.max(1, s.maxFields),
      quotedBreak: s.quotedBreak,
      quotedCr: s.quotedCr,
      textAfterQuote: s.textAfterQuote,
      quoteAfterSpace: s.quoteAfterSpace,
    };
  }
}

/** The scanner's state while a chunk is read. */
interface ScanState {
  current: number;
  lastNonEmpty: number;
  maxFields: number;
  fields: number;
  /** Bytes of the record so far, quotes included (only whether it is 0 matters). */
  length: number;
  quoted: boolean;
  /** Inside quotes, a quote was just read: "" is a quote, anything else closes the field. */
  quotePending: boolean;
  /** A CR just ended a line: an LF right after it belongs to the same break. */
  afterCr: boolean;
  fieldStart: boolean;
  quotedBreak: boolean;
  quotedCr: boolean;
  /** A quote closed the field: only spaces or tabs may follow before the delimiter or break. */
  closed: boolean;
  /** The field read so far holds only spaces and tabs (true at its start). */
  blankSoFar: boolean;
  textAfterQuote: QuotePosition | null;
  quoteAfterSpace: QuotePosition | null;
}

const ONES = 0x01010101;
const HIGH_BITS = 0x80808080 | 0;
/** Bytes below it (LF and CR among them) make a word take the byte-by-byte path. */
const BELOW = 14 * ONES;

/**
 * Whether none of a word's four bytes is the delimiter or below 14 (LF, CR): the exact "has a
 * zero byte" and "has a byte below n" tests of Bit Twiddling Hacks, in int32 arithmetic.
 */
function plainWord(w: number, delimiters: number): boolean {
  const x = w ^ delimiters;
  return ((((x - ONES) & ~x) | ((w - BELOW) & ~w)) & HIGH_BITS) === 0;
}

/** The chunk's bytes as aligned 32-bit words, and the index of its first aligned byte. */
function wordsOf(bytes: Uint8Array): { words: Int32Array; first: number } {
  const first = (4 - (bytes.byteOffset & 3)) & 3;
  const count = bytes.length > first ? (bytes.length - first) >> 2 : 0;
  if (count === 0) return { words: new Int32Array(0), first };
  return { words: new Int32Array(bytes.buffer, bytes.byteOffset + first, count), first };
}

/**
 * A chunk with no quote byte, read from outside quotes: delimiters and breaks only. The common
 * byte (neither) costs two comparisons; a record's length is told from where it started. Where
 * a whole aligned word of four bytes holds neither, it is passed over at once (most of a
 * record's bytes: the scan took 2.9 ns a byte byte by byte).
 */
function scanPlain(bytes: Uint8Array, delimiter: number, s: ScanState, empty: number[]): void {
  let { current, lastNonEmpty, maxFields, fields, length } = s;
  const n = bytes.length;
  /** Where the record being read starts in this chunk (its bytes before it are in `length`). */
  let start = 0;
  /** The index just after the last CR: an LF there belongs to the same break. */
  let crEnd = s.afterCr ? 0 : -1;
  const { words, first } = wordsOf(bytes);
  const wordsEnd = first + 4 * words.length;
  const delimiters = Math.imul(delimiter, ONES);
  for (let i = 0; i < n; i++) {
    // At a word boundary, pass over the words with nothing to count (i ends on the last byte).
    if (((i - first) & 3) === 0 && i >= first) {
      while (i < wordsEnd && plainWord(words[(i - first) >> 2], delimiters)) i += 4;
      if (i >= n) break;
    }
    const c = bytes[i];
    if (c === delimiter) {
      fields++;
      continue;
    }
    if (c > CR || (c !== LF && c !== CR)) continue;
    if (c === LF && crEnd === i) {
      start = i + 1;
      continue;
    }
    if (c === CR) crEnd = i + 1;
    if (length + i - start === 0) empty.push(current);
    else {
      lastNonEmpty = current;
      if (fields > maxFields) maxFields = fields;
    }
    current++;
    fields = 1;
    length = 0;
    start = i + 1;
  }
  s.current = current;
  s.lastNonEmpty = lastNonEmpty;
  s.maxFields = maxFields;
  s.fields = fields;
  s.length = length + n - start;
  if (n > 0) {
    s.afterCr = crEnd === n;
    const last = bytes[n - 1];
    s.fieldStart = last === delimiter || last === LF || last === CR;
    s.blankSoFar = blankEnd(bytes, delimiter, s.blankSoFar);
  }
}

/** Whether the field the chunk ends in holds only spaces and tabs so far. */
function blankEnd(bytes: Uint8Array, delimiter: number, before: boolean): boolean {
  for (let i = bytes.length - 1; i >= 0; i--) {
    const c = bytes[i];
    if (c === delimiter || c === LF || c === CR) return true;
    if (c !== SPACE && c !== TAB) return false;
  }
  return before;
}

/** Any chunk: the same loop, with quoted fields ("" a quote inside them). */
function scanQuoted(bytes: Uint8Array, delimiter: number, s: ScanState, empty: number[]): void {
  let { current, lastNonEmpty, maxFields, fields, length, quoted, quotePending } = s;
  let { afterCr, fieldStart, quotedBreak, quotedCr, closed, blankSoFar } = s;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (afterCr) {
      afterCr = false;
      if (c === LF) continue;
    }
    if (quoted) {
      if (quotePending) {
        quotePending = false;
        if (c === QUOTE) {
          length++;
          continue;
        }
        // The quote closed the field: this byte is read outside quotes.
        quoted = false;
        closed = true;
      } else {
        length++;
        if (c === QUOTE) quotePending = true;
        else if (c === LF || c === CR) quotedBreak = true;
        if (c === CR) quotedCr = true;
        afterCr = c === CR;
        continue;
      }
    }
    // Most bytes outside quotes are plain text (digits, letters, UTF-8): the same steps as the
    // general case below, without its tests (a third of the scan's time on quoted money texts).
    if (c > QUOTE && c !== delimiter) {
      if (closed) {
        s.textAfterQuote ??= { record: current, field: fields - 1 };
        closed = false;
      }
      length++;
      blankSoFar = false;
      fieldStart = false;
      continue;
    }
    if (closed && c !== delimiter && c !== LF && c !== CR && c !== SPACE && c !== TAB) {
      s.textAfterQuote ??= { record: current, field: fields - 1 };
      closed = false;
    }
    if (c === LF || c === CR) {
      afterCr = c === CR;
      if (length === 0) empty.push(current);
      else {
        lastNonEmpty = current;
        if (fields > maxFields) maxFields = fields;
      }
      current++;
      fields = 1;
      length = 0;
      fieldStart = true;
      blankSoFar = true;
      closed = false;
      continue;
    }
    length++;
    if (c === delimiter) {
      fields++;
      fieldStart = true;
      blankSoFar = true;
      closed = false;
    } else {
      if (c === QUOTE && fieldStart) quoted = true;
      else if (c === QUOTE && blankSoFar)
        s.quoteAfterSpace ??= { record: current, field: fields - 1 };
      blankSoFar = blankSoFar && (c === SPACE || c === TAB);
      fieldStart = false;
    }
  }
  Object.assign(s, {
    current,
    lastNonEmpty,
    maxFields,
    fields,
    length,
    quoted,
    quotePending,
    afterCr,
    fieldStart,
    quotedBreak,
    quotedCr,
    closed,
    blankSoFar,
  });
}
