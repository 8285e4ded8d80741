// Collects rejected rows with the sheet row number, column letter and header, so that every
// message can say where the problem is without the core knowing any display text.
import { columnLetter } from "../columns/columnLetter";
import type { MessageParams, ReasonCode, RejectedRow } from "../types";

export class Rejections {
  readonly rows: RejectedRow[] = [];

  constructor(
    private readonly headers: string[],
    private readonly firstRowNumber: number,
    private readonly firstColumnIndex: number
  ) {}

  /** Sheet row number of the value row at this index. */
  rowNumber(index: number): number {
    return this.firstRowNumber + index;
  }

  add(index: number, column: number | null, reason: ReasonCode, params: MessageParams = {}): void {
    this.rows.push({
      row: this.rowNumber(index),
      column: column === null ? null : columnLetter(this.firstColumnIndex + column),
      header: column === null ? null : this.headers[column] || null,
      reason,
      params,
    });
  }
}
