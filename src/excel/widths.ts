// Sets the column widths computed from a run's cells (layout/columnWidths.ts says why not autofit).
import type { XWorksheet } from "./api";

/** Queues one width per column from `columnIndex` on; the caller syncs. */
export function setColumnWidths(sheet: XWorksheet, columnIndex: number, widths: number[]): void {
  widths.forEach((w, j) => {
    sheet.getRangeByIndexes(0, columnIndex + j, 1, 1).format.columnWidth = w;
  });
}
