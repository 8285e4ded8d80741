// Grid geometry in CSS px: Excel's default 15 pt rows (20 px) and 48 pt columns (64 px), column
// widths from the sheet (points), and which rows and columns a scrolled viewport shows.
export const ROW_HEIGHT = 20;
export const HEADER_HEIGHT = 20;
export const DEFAULT_COLUMN_PX = 64;
export const PX_PER_POINT = 4 / 3;

/** Wide enough for the largest row number shown. */
export function rowHeaderWidth(rowCount: number): number {
  return 16 + 8 * String(Math.max(1, rowCount)).length;
}

export interface ColumnLayout {
  /** Left edge of each column, from the first column; one more entry than columns (the end). */
  offsets: number[];
}

export function columnLayout(
  count: number,
  widthsInPoints: ReadonlyMap<number, number>
): ColumnLayout {
  const offsets = [0];
  for (let c = 0; c < count; c++) {
    const points = widthsInPoints.get(c);
    offsets.push(
      offsets[c] + (points === undefined ? DEFAULT_COLUMN_PX : Math.round(points * PX_PER_POINT))
    );
  }
  return { offsets };
}

/** Index of the column that contains x (px from the first column), clamped to the columns. */
export function columnAt(layout: ColumnLayout, x: number): number {
  const { offsets } = layout;
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (offsets[mid] <= x) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

export function rowAt(y: number, rowCount: number): number {
  return Math.min(rowCount - 1, Math.max(0, Math.floor(y / ROW_HEIGHT)));
}

export interface Viewport {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface VisibleWindow {
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

/** Rows and columns a viewport shows, with a few extra each way so fast scrolling stays filled. */
export function visibleWindow(
  scroll: Viewport,
  rowCount: number,
  layout: ColumnLayout,
  overscan = 4
): VisibleWindow {
  const columnCount = layout.offsets.length - 1;
  return {
    firstRow: Math.max(0, Math.floor(scroll.top / ROW_HEIGHT) - overscan),
    lastRow: Math.min(
      rowCount - 1,
      Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + overscan
    ),
    firstCol: Math.max(0, columnAt(layout, scroll.left) - 1),
    lastCol: Math.min(columnCount - 1, columnAt(layout, scroll.left + scroll.width) + 1),
  };
}
