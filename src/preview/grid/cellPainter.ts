// What each cell of a sheet shows: text by number format, alignment, and the look that wins in
// Excel: conditional format over direct formatting over the table style. Built once per change of
// the workbook; colour scales are resolved against their whole range then.
import { type Rect, containsCell } from "../../excelDouble/address";
import { CellError } from "../../excelDouble/cellValues";
import type { ConditionalFormatEntity, SheetEntity, TableEntity } from "../../excelDouble/entities";
import { cellValue } from "../../excelDouble/rangeData";
import type { WorkbookModel } from "../../excelDouble/workbookModel";
import {
  ResolvedScale,
  cellValueMatches,
  resolveScale,
  scaleFill,
} from "../format/conditionalFill";
import { defaultAlignment, formatCell } from "../format/formatCell";
import { CellLook, tableLook } from "./tableLook";

export interface CellDisplay {
  text: string;
  align: "left" | "right" | "center";
  bold: boolean;
  fill?: string;
  color?: string;
}

interface Rule {
  format: ConditionalFormatEntity;
  scale: ResolvedScale | null;
}

const ALIGN: Record<string, CellDisplay["align"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
};

export class CellPainter {
  private readonly rules: Rule[];
  private readonly tables: TableEntity[];

  constructor(
    private readonly model: WorkbookModel,
    private readonly sheet: SheetEntity
  ) {
    const used = sheet.cells.usedRect(true);
    this.tables = model.tables.filter((t) => t.sheet === sheet && !t.deleted);
    this.rules = model.conditionalFormats
      .filter((f) => f.sheet === sheet && !f.deleted)
      .map((format) => ({
        format,
        scale:
          format.type === "ColorScale" && used
            ? resolveScale(format.criteria, this.numbersIn(format, used))
            : null,
      }));
  }

  private value(row: number, col: number): ReturnType<typeof cellValue> {
    return cellValue(this.model, this.sheet, row, col);
  }

  /** The numbers of the rule's range, within the used range (a whole-column rule stays cheap). */
  private numbersIn(format: ConditionalFormatEntity, used: Rect): number[] {
    const numbers: number[] = [];
    const lastRow = Math.min(format.rect.row + format.rect.rows, used.row + used.rows);
    const lastCol = Math.min(format.rect.col + format.rect.cols, used.col + used.cols);
    for (let r = format.rect.row; r < lastRow; r++)
      for (let c = format.rect.col; c < lastCol; c++) {
        const v = this.value(r, c);
        if (typeof v === "number") numbers.push(v);
      }
    return numbers;
  }

  /** The fill of the last-added rule that applies (the adapter's rules never overlap). */
  private conditionalFill(row: number, col: number, value: unknown): CellLook | null {
    let look: CellLook | null = null;
    for (const { format, scale } of this.rules) {
      if (!containsCell(format.rect, row, col)) continue;
      if (format.type === "ColorScale") {
        if (scale && typeof value === "number") look = { fill: scaleFill(value, scale) };
        continue;
      }
      const plain =
        typeof value === "string" || typeof value === "number" || typeof value === "boolean"
          ? value
          : null;
      if (cellValueMatches(plain, format.rule))
        look = { fill: format.fillColor ?? undefined, color: format.fontColor ?? undefined };
    }
    return look;
  }

  cell(row: number, col: number): CellDisplay {
    const stored = this.value(row, col);
    const isError = stored instanceof CellError;
    const value = stored instanceof CellError ? stored.text : stored;
    const style = this.sheet.cells.effectiveStyle(row, col);
    const table = tableLook(this.tables, row, col) ?? {};
    const conditional = this.conditionalFill(row, col, value) ?? {};
    const align = ALIGN[style.horizontalAlignment ?? ""] ?? defaultAlignment(value, isError);
    return {
      text: formatCell(value, this.sheet.cells.format(row, col)),
      align,
      bold: style.bold ?? table.bold ?? false,
      fill: conditional.fill ?? style.fill ?? table.fill,
      color: conditional.color ?? style.fontColor ?? table.color,
    };
  }
}
