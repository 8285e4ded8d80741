// Cell storage for one sheet, built to hold a million rows: one dense array per column for
// values (undefined = empty), lazily created per-column arrays for number formats, sparse maps
// for formulas and quote prefixes, and styles as a list of rectangles (last wins) so that
// formatting a whole column never creates per-cell objects.
import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  contains,
  containsCell,
  intersects,
  lastCol,
  lastRow,
} from "./address";
import { CellWrite, FORMULA, StoredValue } from "./cellValues";

export interface CellStyle {
  bold?: boolean;
  fontColor?: string;
  fill?: string;
  horizontalAlignment?: string;
}

export type StyleKey = keyof CellStyle;
/** null resets the property to Excel's default (fill.clear(), clear("Formats")). */
export type StylePatch = { [K in StyleKey]?: CellStyle[K] | null };

export interface StyleLayer {
  rect: Rect;
  patch: StylePatch;
}

export const STYLE_DEFAULTS: Required<CellStyle> = {
  bold: false,
  fontColor: "#000000",
  fill: "#FFFFFF",
  horizontalAlignment: "General",
};

export const GENERAL = "General";

/** One number per cell, the key of the sparse per-cell maps. */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export class SheetCells {
  private readonly values: (StoredValue | undefined)[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  readonly formulas = new Map<number, string>();
  readonly quotePrefixed = new Set<number>();
  styleLayers: StyleLayer[] = [];
  readonly columnWidths = new Map<number, number>();

  get(row: number, col: number): StoredValue | undefined {
    const column = this.values[col];
    return column === undefined ? undefined : column[row];
  }

  isEmpty(row: number, col: number): boolean {
    return this.get(row, col) === undefined;
  }

  format(row: number, col: number): string {
    const column = this.formats[col];
    return (column === undefined ? undefined : column[row]) ?? GENERAL;
  }

  setFormat(row: number, col: number, format: string): void {
    let column = this.formats[col];
    if (format === GENERAL) {
      if (column !== undefined && row < column.length) column[row] = undefined;
      return;
    }
    if (column === undefined) column = this.formats[col] = [];
    column[row] = format;
  }

  formula(row: number, col: number): string | undefined {
    return this.formulas.get(cellKey(row, col));
  }

  hasQuotePrefix(row: number, col: number): boolean {
    return this.quotePrefixed.has(cellKey(row, col));
  }

  private setValue(row: number, col: number, value: StoredValue | undefined): void {
    let column = this.values[col];
    if (column === undefined) {
      if (value === undefined) return;
      column = this.values[col] = [];
    }
    if (value === undefined && row >= column.length) return;
    column[row] = value;
  }

  /** Applies an interpreted write (see cellValues.interpretWrite). */
  write(row: number, col: number, write: CellWrite): void {
    if (write.kind === "skip") return;
    const key = cellKey(row, col);
    this.formulas.delete(key);
    this.quotePrefixed.delete(key);
    switch (write.kind) {
      case "clear":
        this.setValue(row, col, undefined);
        return;
      case "formula":
        this.formulas.set(key, write.formula);
        this.setValue(row, col, FORMULA);
        return;
      case "text":
        if (write.quotePrefix) this.quotePrefixed.add(key);
        this.setValue(row, col, write.value);
        return;
      case "value":
        this.setValue(row, col, write.value);
        if (write.format !== undefined && this.format(row, col) === GENERAL)
          this.setFormat(row, col, write.format);
        return;
    }
  }

  /** Raw store used by snapshots and seeding: no interpretation. */
  putRaw(row: number, col: number, value: StoredValue | undefined): void {
    this.setValue(row, col, value);
  }

  clear(rect: Rect, contents: boolean, formats: boolean): void {
    for (let c = rect.col; c <= lastCol(rect); c++) {
      const values = this.values[c];
      const fmts = this.formats[c];
      const end = lastRow(rect);
      if (contents && values !== undefined) {
        for (let r = rect.row; r <= Math.min(end, values.length - 1); r++) values[r] = undefined;
      }
      if (formats && fmts !== undefined) {
        for (let r = rect.row; r <= Math.min(end, fmts.length - 1); r++) fmts[r] = undefined;
      }
    }
    if (contents) this.dropKeysIn(rect);
    // Clearing formats where no style was ever set leaves nothing to record; layers wholly inside
    // the cleared cells go, and a clearing layer is kept only over what is left of the others.
    if (formats && this.styleLayers.some((l) => intersects(l.rect, rect))) {
      this.styleLayers = this.styleLayers.filter((l) => !contains(rect, l.rect));
      if (this.styleLayers.some((l) => intersects(l.rect, rect)))
        this.addStyle(rect, { bold: null, fontColor: null, fill: null, horizontalAlignment: null });
    }
  }

  private dropKeysIn(rect: Rect): void {
    const inRect = (key: number): boolean => {
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      return row >= rect.row && row <= lastRow(rect) && col >= rect.col && col <= lastCol(rect);
    };
    for (const key of [...this.formulas.keys()]) if (inRect(key)) this.formulas.delete(key);
    for (const key of [...this.quotePrefixed]) if (inRect(key)) this.quotePrefixed.delete(key);
  }

  addStyle(rect: Rect, patch: StylePatch): void {
    const keys = Object.keys(patch) as StyleKey[];
    // Setting again what the topmost layer for these cells and keys already says changes nothing,
    // so the layers (and the snapshot) stay as they were: one workbook state, one snapshot.
    if (this.isTopLayer(rect, patch, keys)) return;
    // A layer that fully covers every earlier layer with the same keys makes them dead weight.
    this.styleLayers = this.styleLayers.filter(
      (layer) =>
        !(
          contains(rect, layer.rect) &&
          (Object.keys(layer.patch) as StyleKey[]).every((k) => keys.includes(k))
        )
    );
    this.styleLayers.push({ rect: { ...rect }, patch: { ...patch } });
  }

  private isTopLayer(rect: Rect, patch: StylePatch, keys: StyleKey[]): boolean {
    const i = this.styleLayers.findIndex(
      (l) =>
        l.rect.row === rect.row &&
        l.rect.col === rect.col &&
        l.rect.rows === rect.rows &&
        l.rect.cols === rect.cols &&
        Object.keys(l.patch).length === keys.length &&
        keys.every((k) => l.patch[k] === patch[k])
    );
    if (i < 0) return false;
    return this.styleLayers
      .slice(i + 1)
      .every((l) => !intersects(l.rect, rect) || !keys.some((k) => l.patch[k] !== undefined));
  }

  effectiveStyle(row: number, col: number): CellStyle {
    const style: CellStyle = {};
    for (const layer of this.styleLayers) {
      if (!containsCell(layer.rect, row, col)) continue;
      for (const key of Object.keys(layer.patch) as StyleKey[]) {
        const value = layer.patch[key];
        if (value === null) delete style[key];
        else if (value !== undefined) (style as Record<StyleKey, unknown>)[key] = value;
      }
    }
    return style;
  }

  /** The style property over a range: its value when uniform, null when mixed (as office.js). */
  styleOver<K extends StyleKey>(rect: Rect, key: K): Required<CellStyle>[K] | null {
    const relevant = this.styleLayers.filter(
      (l) => l.patch[key] !== undefined && intersects(l.rect, rect)
    );
    const valueAt = (layerValue: CellStyle[K] | null | undefined): Required<CellStyle>[K] =>
      (layerValue ?? STYLE_DEFAULTS[key]) as Required<CellStyle>[K];
    if (relevant.length === 0) return STYLE_DEFAULTS[key];
    const top = relevant[relevant.length - 1];
    if (contains(top.rect, rect)) return valueAt(top.patch[key]);
    let first: Required<CellStyle>[K] | undefined;
    for (let r = rect.row; r <= lastRow(rect); r++) {
      for (let c = rect.col; c <= lastCol(rect); c++) {
        const v = valueAt(this.effectiveStyle(r, c)[key]);
        if (first === undefined) first = v;
        else if (first !== v) return null;
      }
    }
    return first ?? STYLE_DEFAULTS[key];
  }

  private columnExtent(column: readonly unknown[] | undefined): [number, number] | undefined {
    if (column === undefined) return undefined;
    let last = column.length - 1;
    while (last >= 0 && column[last] === undefined) last--;
    if (last < 0) return undefined;
    let first = 0;
    while (column[first] === undefined) first++;
    return [first, last];
  }

  /** Bounding box of non-empty cells; with valuesOnly=false also of formatted cells. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity;
    let r1 = -1;
    let c0 = Infinity;
    let c1 = -1;
    const take = (rowA: number, rowB: number, colA: number, colB: number): void => {
      r0 = Math.min(r0, rowA);
      r1 = Math.max(r1, rowB);
      c0 = Math.min(c0, colA);
      c1 = Math.max(c1, colB);
    };
    const columns = Math.max(this.values.length, valuesOnly ? 0 : this.formats.length);
    for (let c = 0; c < columns; c++) {
      const v = this.columnExtent(this.values[c]);
      if (v) take(v[0], v[1], c, c);
      const f = valuesOnly ? undefined : this.columnExtent(this.formats[c]);
      if (f) take(f[0], f[1], c, c);
    }
    if (!valuesOnly) {
      // Whole-column / whole-row formats are column/row properties in Excel and do not grow the used range.
      for (const layer of this.styleLayers) {
        const whole = layer.rect.rows === MAX_ROWS || layer.rect.cols === MAX_COLUMNS;
        const resets = Object.values(layer.patch).every((v) => v === null);
        if (!whole && !resets)
          take(layer.rect.row, lastRow(layer.rect), layer.rect.col, lastCol(layer.rect));
      }
    }
    if (r1 < 0) return undefined;
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  private anyValueInRow(row: number, colFrom: number, colTo: number): boolean {
    if (row < 0 || row >= MAX_ROWS) return false;
    for (let c = Math.max(0, colFrom); c <= Math.min(MAX_COLUMNS - 1, colTo); c++) {
      if (!this.isEmpty(row, c)) return true;
    }
    return false;
  }

  private anyValueInColumn(col: number, rowFrom: number, rowTo: number): boolean {
    if (col < 0 || col >= MAX_COLUMNS) return false;
    const column = this.values[col];
    if (column === undefined) return false;
    for (let r = Math.max(0, rowFrom); r <= Math.min(column.length - 1, rowTo); r++) {
      if (column[r] !== undefined) return true;
    }
    return false;
  }

  /** Excel's current region (Ctrl+Shift+*) around a cell: grow while the surrounding ring has values. */
  surroundingRegion(row: number, col: number): Rect {
    let [r0, r1, c0, c1] = [row, row, col, col];
    let grew = true;
    while (grew) {
      grew = false;
      while (this.anyValueInRow(r1 + 1, c0 - 1, c1 + 1)) [r1, grew] = [r1 + 1, true];
      while (this.anyValueInRow(r0 - 1, c0 - 1, c1 + 1)) [r0, grew] = [r0 - 1, true];
      while (this.anyValueInColumn(c1 + 1, r0 - 1, r1 + 1)) [c1, grew] = [c1 + 1, true];
      while (this.anyValueInColumn(c0 - 1, r0 - 1, r1 + 1)) [c0, grew] = [c0 - 1, true];
    }
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  /** Inserts one empty cell at fromRow in each column, pushing cells down; false if that would push a value off the sheet. */
  shiftDown(colFrom: number, cols: number, fromRow: number): boolean {
    for (let c = colFrom; c < colFrom + cols; c++) if (!this.isEmpty(MAX_ROWS - 1, c)) return false;
    for (let c = colFrom; c < colFrom + cols; c++) {
      for (const column of [this.values[c], this.formats[c]]) {
        if (column !== undefined && column.length > fromRow) column.splice(fromRow, 0, undefined);
      }
    }
    const moved = (key: number): number => {
      const row = Math.floor(key / MAX_COLUMNS);
      const col = key % MAX_COLUMNS;
      const inside = col >= colFrom && col < colFrom + cols && row >= fromRow;
      return inside ? cellKey(row + 1, col) : key;
    };
    const formulas = [...this.formulas].map(([k, f]): [number, string] => [moved(k), f]);
    this.formulas.clear();
    for (const [k, f] of formulas) this.formulas.set(k, f);
    const quoted = [...this.quotePrefixed].map(moved);
    this.quotePrefixed.clear();
    for (const k of quoted) this.quotePrefixed.add(k);
    return true;
  }

  /** Formula cells as [row, col, formula]; used by snapshots. */
  formulaCells(): [number, number, string][] {
    return [...this.formulas].map(([k, f]) => [Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS, f]);
  }

  quotePrefixCells(): [number, number][] {
    return [...this.quotePrefixed].map((k) => [Math.floor(k / MAX_COLUMNS), k % MAX_COLUMNS]);
  }

  setFormulaRaw(row: number, col: number, formula: string): void {
    this.formulas.set(cellKey(row, col), formula);
    this.setValue(row, col, FORMULA);
  }

  setQuotePrefixRaw(row: number, col: number): void {
    this.quotePrefixed.add(cellKey(row, col));
  }

  /** Columns that have a number-format array, for snapshots. */
  formatColumns(): number {
    return this.formats.length;
  }

  formatCells(col: number): [number, string][] {
    const column = this.formats[col];
    const out: [number, string][] = [];
    if (column === undefined) return out;
    column.forEach((f, r) => {
      if (f !== undefined) out.push([r, f]);
    });
    return out;
  }
}
