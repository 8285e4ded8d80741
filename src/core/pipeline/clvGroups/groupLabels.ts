// Which group each customer of the probabilistic summary belongs to (method.md section 4).
import { cellText, isBlank } from "../../cells";
import type { TransactionColumns } from "../../ingest/ingestTransactions";
import type { CellValue } from "../../types";
import { cohortQuarter } from "./cohortQuarter";

/** Where the group column is: the input values and its 0-based column. */
export interface GroupColumn {
  values: CellValue[][];
  column: number;
}

/**
 * A customer's group is the value on their earliest purchase that has one (the channel or region
 * that acquired them; ties to the upper row); "" when none of their rows has a value.
 */
export function columnLabels(
  t: TransactionColumns,
  customerCount: number,
  source: GroupColumn
): string[] {
  const label: string[] = new Array<string>(customerCount).fill("");
  const day = new Float64Array(customerCount).fill(Infinity);
  for (let j = 0; j < t.count; j++) {
    const cell = source.values[t.rowIndex[j]]?.[source.column];
    if (isBlank(cell ?? null)) continue;
    const k = t.customer[j];
    if (!(t.day[j] < day[k])) continue;
    day[k] = t.day[j];
    label[k] = cellText(cell ?? null);
  }
  return label;
}

/** The first-purchase quarter of each summary row. */
export function cohortLabels(firstDay: Float64Array): string[] {
  return Array.from(firstDay, cohortQuarter);
}
