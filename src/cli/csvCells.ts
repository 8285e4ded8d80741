// CSV cells as Excel reads them (text that Excel would run as a formula made inert), as text and
// as bytes. A customer file of a large run has millions of cells, most of them numbers: a string
// per cell (and per line) was most of the time spent writing it, and garbage. CsvBytes writes the
// lines straight into a byte buffer: the UTF-8 bytes of the cells' csvField texts joined by commas.
import type { OutCell } from "../core";

const QUOTE = 34;
const APOSTROPHE = 39;
const COMMA = 44;
const CR = 13;
const LF = 10;

/**
 * Leading characters that make Excel read a cell as a formula (OWASP CSV injection list):
 * = + - @ tab CR. Tested by code, as a regex per text cell cost more than the test itself.
 */
function formulaStart(c: number): boolean {
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === CR;
}

/** Whether the text holds a quote, a comma or a line break (the field is quoted then). */
function needsQuotes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE || c === COMMA || c === CR || c === LF) return true;
  }
  return false;
}

/** One CSV field. Text starting like a formula gets a leading apostrophe, as Excel users type it. */
export function csvField(value: OutCell): string {
  // Numbers first: most cells of a customer table are.
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (value === null) return "";
  const text = value.length > 0 && formulaStart(value.charCodeAt(0)) ? `'${value}` : value;
  if (!needsQuotes(text)) return text;
  // Most quoted texts hold a comma ("spend 1,250 more"), not a quote: no pattern to run.
  return text.includes('"') ? `"${text.replace(/"/g, '""')}"` : `"${text}"`;
}

const MINUS = 45;
const ZERO = 48;
const DOT = 46;
/** Below it, an integer's digits come exactly from % 10 and a division. */
const EXACT_DIGITS = 1e15;
/** Money and shares are rounded to millionths (clean in core/records). */
const MILLIONTHS = 1e6;
const BILLION = 1e9;
/** 10^i for the int32 digit counts (10^0 .. 10^8). */
const POWERS_OF_TEN = Array.from({ length: 9 }, (_, i) => 10 ** i);

/** Kept bytes up to this many are copied in a loop, longer ones with Buffer#set. */
const SHORT_COPY = 16;
/** Distinct texts a column's bytes are kept for (see CsvBytes.field). */
const KEPT_TEXTS = 64;

export class CsvBytes {
  bytes: Buffer;
  length = 0;
  /** Per column, the bytes of its texts written so far; null once it has too many. */
  private readonly kept: (Map<string, Uint8Array> | null)[] = [];

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafe(capacity);
  }

  /** Room for n more bytes (a long text cell may need more than the buffer has). */
  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.length + n));
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
  }

  /** Text as UTF-8 (Buffer's encoder, as a string written to a file is encoded). */
  text(s: string): void {
    const n = s.length;
    this.room(3 * n);
    const b = this.bytes;
    const start = this.length;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        this.length = start + b.write(s, start, "utf8");
        return;
      }
      b[start + i] = c;
    }
    this.length = start + n;
  }

  /**
   * The digits of a whole number 0 <= n < EXACT_DIGITS. Nine digits at a time, in int32
   * arithmetic: a double's % 10 is a call to fmod, which made this most of the writer's time.
   */
  private digits(n: number, minDigits = 1): void {
    if (n < BILLION) {
      this.smallDigits(n | 0, minDigits);
      return;
    }
    const high = Math.floor(n / BILLION);
    this.smallDigits(high | 0, 1);
    this.smallDigits((n - high * BILLION) | 0, 9);
  }

  /** The digits of an integer 0 <= n < 10^9, at least minDigits of them (leading zeros). */
  private smallDigits(n: number, minDigits: number): void {
    let count = 1;
    while (count < 9 && n >= POWERS_OF_TEN[count]) count++;
    if (count < minDigits) count = minDigits;
    this.room(count);
    const b = this.bytes;
    let p = this.length + count;
    this.length = p;
    for (let i = 0; i < count; i++) {
      const next = (n / 10) | 0;
      b[--p] = ZERO + n - next * 10;
      n = next;
    }
  }

  /**
   * A finite number as String(value) writes it. Whole numbers and millionths below 10^15 are
   * written digit by digit: such a decimal has at most 15 significant digits, so it is the
   * shortest text that reads back as the double (what String gives); any other goes through String.
   */
  number(value: number): void {
    if (value === 0) {
      this.text("0"); // -0 too, as String(-0)
      return;
    }
    const whole = Number.isInteger(value);
    const scaled = whole ? value : Math.round(value * MILLIONTHS);
    if ((!whole && scaled / MILLIONTHS !== value) || Math.abs(scaled) >= EXACT_DIGITS) {
      this.text(String(value));
      return;
    }
    const magnitude = Math.abs(scaled);
    if (value < 0) {
      this.room(1);
      this.bytes[this.length++] = MINUS;
    }
    if (whole) {
      this.digits(magnitude);
      return;
    }
    const units = Math.floor(magnitude / MILLIONTHS);
    this.digits(units);
    // 0 < f < 10^6 here (a whole scaled value would be a whole value): int32 arithmetic.
    let f = (magnitude - units * MILLIONTHS) | 0;
    let places = 6;
    while (f % 10 === 0) {
      f = (f / 10) | 0;
      places--;
    }
    this.room(1);
    this.bytes[this.length++] = DOT;
    this.digits(f, places);
  }

  /**
   * A text cell of column `column`. A column of few distinct texts (segment, ABC class, stage,
   * action) keeps their bytes: a table repeats them on every line. A column past KEPT_TEXTS
   * distinct texts (customer ids, names) stops keeping them.
   */
  private field(column: number, cell: string): void {
    let kept = this.kept[column];
    if (kept === undefined) kept = this.kept[column] = new Map();
    const bytes = kept?.get(cell);
    if (bytes !== undefined) {
      const n = bytes.length;
      this.room(n);
      const b = this.bytes;
      const at = this.length;
      // A short label byte by byte (Buffer#set's checks cost more than its few bytes), a long
      // one (an action) with set.
      if (n > SHORT_COPY) b.set(bytes, at);
      else for (let i = 0; i < n; i++) b[at + i] = bytes[i];
      this.length = at + n;
      return;
    }
    const start = this.length;
    this.textCell(cell);
    if (kept === null) return;
    if (kept.size >= KEPT_TEXTS) this.kept[column] = null;
    // A copy: Buffer#slice is a view of the buffer, which the next lines overwrite.
    else kept.set(cell, Uint8Array.from(this.bytes.subarray(start, this.length)));
  }

  /**
   * The bytes of csvField(cell) for a text, without building its text: the apostrophe and the
   * quotes are written around the cell's own bytes (a text with a quote takes csvField's way).
   */
  private textCell(cell: string): void {
    const quoted = needsQuotes(cell);
    if (quoted && cell.includes('"')) {
      this.text(csvField(cell));
      return;
    }
    const formula = cell.length > 0 && formulaStart(cell.charCodeAt(0));
    this.room(2);
    if (quoted) this.bytes[this.length++] = QUOTE;
    if (formula) this.bytes[this.length++] = APOSTROPHE;
    this.text(cell);
    if (quoted) {
      this.room(1);
      this.bytes[this.length++] = QUOTE;
    }
  }

  /** One CSV line and its CRLF: the bytes of cells.map(csvField).join(",") + "\r\n". */
  line(cells: readonly OutCell[]): void {
    for (let i = 0; i < cells.length; i++) {
      if (i > 0) {
        this.room(1);
        this.bytes[this.length++] = COMMA;
      }
      const cell = cells[i];
      if (typeof cell === "number") {
        if (Number.isFinite(cell)) this.number(cell);
      } else if (cell !== null) this.field(i, cell);
    }
    this.room(2);
    this.bytes[this.length++] = CR;
    this.bytes[this.length++] = LF;
  }
}
