// A worksheet part streamed to rows of cells: only cells with a value are kept, the used range
// is taken from them (never from the <dimension> tag, which may claim XFD1048576), and missing
// rows inside the range share one blank row.
import type { CellValue } from "../core";
import { columnOfReference, unescapeXstring } from "./cellText";
import { parseXml } from "./xmlEvents";
import type { PartText } from "./xlsxPackage";

export interface SheetCells {
  values: CellValue[][];
  /** Same shape as values where a row has a formatted number; a shared empty row elsewhere. */
  numberFormats: (string | null | undefined)[][];
  /** 0-based sheet row and column of values[0][0]; -1 when the sheet has no value at all. */
  top: number;
  left: number;
}

export interface SheetContext {
  strings: string[];
  /** Number format per style index (null: General). */
  formats: (string | null)[];
  signal?: { readonly aborted: boolean };
  /**
   * Given the block's first rows (whole, by sheet column), the sheet columns to keep; null keeps
   * all. Cells elsewhere are not stored: a row keeps one number standing for them (see drop()).
   */
  keep?: (firstRows: CellValue[][]) => ReadonlySet<number> | null;
  /** How many of the block's first rows `keep` needs to see whole. */
  keepAfterRows?: number;
}

interface RawRow {
  index: number;
  values: CellValue[];
  formats: (string | null)[] | null;
  /** First dropped column with a value (-1: none) and a hash of the dropped values. */
  droppedAt: number;
  droppedHash: number;
}

/** A value's hash, by type and text, mixed into `h` with its column (FNV-1a style). */
function mixValue(h: number, column: number, value: CellValue): number {
  const text = value instanceof Date ? `d${value.getTime()}` : `${typeof value}${String(value)}`;
  h = Math.imul(h ^ column, 0x01000193);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

/** A cell's value from its type attribute and the text of its <v> (or inline <t>). */
function cellValue(type: string | undefined, text: string, ctx: SheetContext): CellValue {
  switch (type) {
    case "s": {
      const k = Number(text);
      return Number.isInteger(k) && k >= 0 && k < ctx.strings.length ? ctx.strings[k] : null;
    }
    case "b":
      return text === "1" || text.toLowerCase() === "true";
    case "e": // error values stay as Excel shows them ("#N/A"); the core rejects them by name
    case "str":
    case "inlineStr":
      return unescapeXstring(text);
    case "d": {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text === "") return null;
      const n = Number(text);
      return Number.isNaN(n) ? text : n;
    }
  }
}

/** What the parser is inside of, and the cell being read. */
class SheetReader {
  rows: RawRow[] = [];
  top = Infinity;
  bottom = -1;
  left = Infinity;
  right = -1;
  private row: RawRow | null = null;
  private nextRow = 0;
  private nextColumn = 0;
  private column = 0;
  private type: string | undefined;
  private style = 0;
  private text = "";
  private inValue = false;
  private inPhonetic = false;
  /** Sheet columns kept; null: all (before the decision, or when `keep` says so). */
  private kept: ReadonlySet<number> | null = null;
  private decided: boolean;

  constructor(private readonly ctx: SheetContext) {
    this.decided = ctx.keep === undefined;
  }

  open(name: string, a: Record<string, string>): void {
    if (name === "c") this.openCell(a);
    else if (name === "v") this.inValue = true;
    else if (name === "t") this.inValue = !this.inPhonetic && this.type === "inlineStr";
    else if (name === "rPh") this.inPhonetic = true;
    else if (name === "row") this.openRow(a);
  }

  close(name: string): void {
    if (name === "c") this.closeCell();
    else if (name === "v" || name === "t") this.inValue = false;
    else if (name === "rPh") this.inPhonetic = false;
    else if (name === "row") this.closeRow();
  }

  addText(text: string): void {
    if (this.inValue) this.text += text;
  }

  private openRow(a: Record<string, string>): void {
    const r = a.r === undefined ? NaN : Number(a.r) - 1;
    const index = Number.isInteger(r) && r >= 0 ? r : this.nextRow;
    this.nextRow = index + 1;
    this.nextColumn = 0;
    if (!this.decided && this.bottom >= 0 && index >= this.top + (this.ctx.keepAfterRows ?? 10))
      this.decide();
    this.row = { index, values: [], formats: null, droppedAt: -1, droppedHash: 0x811c9dc5 };
  }

  /** Asks which columns to keep, from the first rows read (all columns kept so far). */
  private decide(): void {
    this.decided = true;
    const first: CellValue[][] = [];
    for (const row of this.rows) {
      const k = row.index - this.top;
      if (k < 0 || k >= (this.ctx.keepAfterRows ?? 10)) continue;
      while (first.length <= k) first.push([]);
      first[k] = Array.from(row.values, (v) => v ?? null);
    }
    this.kept = this.ctx.keep?.(first) ?? null;
  }

  /**
   * A row with values in dropped columns keeps one number there, a hash of them all: it is
   * still no blank row, and two rows count as duplicates only when those values agree too.
   */
  private closeRow(): void {
    const row = this.row;
    this.row = null;
    if (row === null || row.droppedAt < 0) return;
    this.store(row, row.droppedAt, row.droppedHash >>> 0);
  }

  private openCell(a: Record<string, string>): void {
    const c = a.r === undefined ? -1 : columnOfReference(a.r);
    this.column = c >= 0 ? c : this.nextColumn;
    this.nextColumn = this.column + 1;
    this.type = a.t;
    this.style = a.s === undefined ? 0 : Number(a.s) || 0;
    this.text = "";
  }

  private closeCell(): void {
    if (this.row === null) this.openRow({}); // a cell outside any <row>: not valid, read anyway
    const row = this.row as RawRow;
    const value = cellValue(this.type, this.text, this.ctx);
    if (value === null || value === "") return;
    const c = this.column;
    if (this.kept !== null && !this.kept.has(c)) {
      if (row.droppedAt < 0) row.droppedAt = c;
      row.droppedHash = mixValue(row.droppedHash, c, value);
    } else {
      this.store(row, c, value);
      if (typeof value === "number") {
        const format = this.ctx.formats[this.style] ?? null;
        if (format !== null) (row.formats ??= [])[c] = format;
      }
    }
    this.extend(row.index, c);
  }

  private store(row: RawRow, c: number, value: CellValue): void {
    if (row.values.length === 0) this.rows.push(row);
    // Dense while cells come left to right; a far-away cell leaves holes, filled at the end.
    if (c - row.values.length < 64) while (row.values.length < c) row.values.push(null);
    row.values[c] = value;
  }

  /** The used range grows with every cell that has a value, kept or not. */
  private extend(r: number, c: number): void {
    if (r < this.top) this.top = r;
    if (r > this.bottom) this.bottom = r;
    if (c < this.left) this.left = c;
    if (c > this.right) this.right = c;
  }
}

function denseRow<T>(source: T[], left: number, width: number, blank: T): T[] {
  const out = left === 0 && source.length <= width ? source : source.slice(left, left + width);
  for (let c = 0; c < width; c++) if (out[c] === undefined) out[c] = blank;
  return out;
}

/** The rows from the first to the last with a value, columns likewise. */
function usedBlock(reader: SheetReader): SheetCells {
  if (reader.bottom < 0) return { values: [], numberFormats: [], top: -1, left: -1 };
  const { top, left } = reader;
  const height = reader.bottom - top + 1;
  const width = reader.right - left + 1;
  // Rows without a value share one row; nothing in the core writes into its input.
  const blankRow = Object.freeze(new Array<CellValue>(width).fill(null)) as CellValue[];
  const noFormats = Object.freeze([]) as unknown as (string | null)[];
  const values = new Array<CellValue[]>(height).fill(blankRow);
  const numberFormats = new Array<(string | null | undefined)[]>(height).fill(noFormats);
  // Rows may come in any order (and twice, in a broken file): the last one of an index wins.
  for (const row of reader.rows) {
    const k = row.index - top;
    values[k] = denseRow(row.values, left, width, null);
    if (row.formats) numberFormats[k] = denseRow(row.formats, left, width, null);
  }
  return { values, numberFormats, top, left };
}

/** Streams a worksheet part into its used block of cells. */
export async function sheetRows(stream: PartText, ctx: SheetContext): Promise<SheetCells> {
  const reader = new SheetReader(ctx);
  await parseXml(
    stream,
    {
      open: (name, a) => reader.open(name, a),
      close: (name) => reader.close(name),
      text: (text) => reader.addText(text),
    },
    ctx.signal
  );
  return usedBlock(reader);
}
