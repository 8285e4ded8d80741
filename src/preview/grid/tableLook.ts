// How a table looks with its style (TableStyleMedium2 and the like): a blue header with white
// bold text, and light blue bands on every other body row.
import { containsCell } from "../../excelDouble/address";
import type { TableEntity } from "../../excelDouble/entities";

export interface CellLook {
  fill?: string;
  color?: string;
  bold?: boolean;
}

const HEADER: CellLook = { fill: "#4472C4", color: "#FFFFFF", bold: true };
const BAND: CellLook = { fill: "#D9E1F2" };

export function tableLook(
  tables: readonly TableEntity[],
  row: number,
  col: number
): CellLook | null {
  for (const t of tables) {
    const { rect } = t;
    if (!containsCell(rect, row, col)) continue;
    if (row === rect.row) return HEADER;
    return t.showBandedRows && (row - rect.row) % 2 === 1 ? BAND : {};
  }
  return null;
}
