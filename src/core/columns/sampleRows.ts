// Which rows column detection looks at: a bounded sample spread over the whole table.
import { isBlank } from "../cells";
import type { CellValue } from "../types";

export const MAX_SAMPLE = 2000;

function isBlankRow(row: CellValue[] | undefined | null): boolean {
  return row === undefined || row === null || row.every((v) => isBlank(v));
}

/** Up to MAX_SAMPLE non-blank rows from firstDataRow on: the first non-blank row of each equal stretch. */
export function sampleRows(values: CellValue[][], firstDataRow: number): number[] {
  const start = Math.max(0, firstDataRow);
  const n = values.length - start;
  if (n <= 0) return [];
  const stride = Math.ceil(n / MAX_SAMPLE);
  const rows: number[] = [];
  for (let s = start; s < values.length; s += stride) {
    const end = Math.min(s + stride, values.length);
    for (let r = s; r < end; r++) {
      if (!isBlankRow(values[r])) {
        rows.push(r);
        break;
      }
    }
  }
  return rows;
}
