// "List these customers": the customer sheet's table filtered to one ABC class, segment, stage or
// CLV tier (a values filter on that column, every other filter cleared), and that sheet activated,
// so an analyst can take a segment to a campaign in one click. Table.clearFilters and
// TableColumn.filter.applyValuesFilter are ExcelApi 1.2
// (https://learn.microsoft.com/javascript/api/excel/excel.filter); the values are the texts the
// cells show, which are the summaries' labels (core/tables/customerTable.ts writes them).
import { type ExplainedGroup, label, type MessageKey } from "../core";
import type { XRequestContext } from "./api";
import type { StoredModel } from "./model";

/** The customer table's column of each grouping, by its header in the model's language. */
const COLUMN_OF: Record<ExplainedGroup, MessageKey> = {
  abc: "col.abc",
  segments: "col.segment",
  stages: "col.stage",
  clvTiers: "col.clvTier",
};

/**
 * Filters the model's customer table to the customers of one group and shows its sheet. False
 * when the table or its column is gone (deleted or renamed by the user): nothing is changed then.
 */
export async function listCustomers(
  context: XRequestContext,
  model: StoredModel,
  grouping: ExplainedGroup,
  groupLabel: string
): Promise<boolean> {
  const table = context.workbook.tables.getItemOrNullObject(model.written.customerSheet.tableName);
  const column = table.columns.getItemOrNullObject(label(COLUMN_OF[grouping], model.language));
  await context.sync();
  if (table.isNullObject || column.isNullObject) return false;
  table.clearFilters();
  column.filter.applyValuesFilter([groupLabel]);
  table.worksheet.activate();
  await context.sync();
  return true;
}
