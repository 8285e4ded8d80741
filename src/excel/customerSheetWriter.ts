// The customer sheet: one Excel table, most valuable customer first, with the recommended action
// and, after a run with earlier tiers to compare with, the previous class and the direction.
import { label, type MessageKey, type SegmentResult } from "../core";
import type { XRange, XWorksheet } from "./api";
import { MEASURED_ROWS, measureColumns, setColumnWidths } from "./columnWidths";
import type { RowSource } from "./layout/cellTypes";
import { customerRows } from "./layout/customerSheet";
import { colorDirections, withMigrationColumns } from "./migrationWriter";
import type { StoredModel } from "./model";
import { sheetAnchorName } from "./ownership";
import type { RunScope } from "./runScope";
import { ensureSheet, ownSheetName } from "./sheets";
import { writeTable } from "./tableWriter";
import { colorTierCells } from "./tierColumnsWriter";
import type { TierHistory } from "./tierHistory";

export async function writeCustomerSheet(
  scope: RunScope,
  tiers: TierHistory
): Promise<StoredModel["written"]["customerSheet"]> {
  const { context, modelId: id, result, language, previous, hooks } = scope;
  const customers = await ensureSheet(
    context,
    ownSheetName(label("sheet.customers", language), scope.sourceLabel, language),
    previous?.written.customerSheet.sheetId ?? null,
    undefined,
    sheetAnchorName(id, "customers")
  );
  const customerTable = `CT_${id}_Customers`;
  const rows = withMigrationColumns(customerRows(result, language), result, tiers.baseline);
  const at = { rowIndex: 0, columnIndex: 0 };
  const rect = await writeTable(context, customers, customerTable, at, rows, hooks);
  colorCustomerTiers(customers, rows, result);
  if (tiers.migration) colorDirections(customers, rows, language);
  // Explicit widths (columnWidths.ts): the first rows are a good fit for a million.
  const sample = rows.rows(0, Math.min(rows.rowCount, MEASURED_ROWS));
  setColumnWidths(
    customers,
    0,
    measureColumns(rows.header, sample, rows.formats, rows.moneyFormat)
  );
  return { ...rect, tableName: customerTable };
}

/** The customer sheet's ABC and segment cells get the same fills as the tier columns. */
function colorCustomerTiers(sheet: XWorksheet, rows: RowSource, result: SegmentResult): void {
  const language = result.options.language;
  const column = (key: MessageKey): XRange =>
    sheet.getRangeByIndexes(
      1,
      rows.header.indexOf(label(key, language)),
      Math.max(1, rows.rowCount),
      1
    );
  colorTierCells(column("col.abc"), column("col.segment"), result, language);
}
