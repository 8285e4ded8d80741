// The rejected rows on a sheet of their own, so the analyst can fix them in the data: row, column,
// header and reason, in the display language.
import { label, rejectedMessage, type SegmentResult } from "../core";
import type { XRequestContext } from "./api";
import { gridSource } from "./layout/cellTypes";
import { safeText } from "./layout/safeText";
import { ensureSheet } from "./sheets";
import { writeTable } from "./tableWriter";

const rejectedTableName = (modelId: string): string => `CT_${modelId}_Rejected`;

/** The sheet an earlier click wrote the model's rejected rows to, found by its table. */
export async function rejectedSheetId(
  context: XRequestContext,
  modelId: string
): Promise<string | null> {
  const table = context.workbook.tables.getItemOrNullObject(rejectedTableName(modelId));
  await context.sync();
  if (table.isNullObject) return null;
  const sheet = table.worksheet.load("id");
  await context.sync();
  return sheet.id;
}

/**
 * Writes (or rewrites, on the same sheet) the rejected-rows table and selects it. Returns the
 * sheet's name.
 */
export async function writeRejectedSheet(
  context: XRequestContext,
  modelId: string,
  result: SegmentResult
): Promise<string> {
  const language = result.options.language;
  const previousId = await rejectedSheetId(context, modelId);
  const sheet = await ensureSheet(context, label("sheet.rejected", language), previousId);
  const header = (["col.row", "col.column", "col.reason"] as const).map((k) => label(k, language));
  const rows = result.rejected.map((r) => [
    r.row,
    r.column ?? "",
    safeText(rejectedMessage(r, language)),
  ]);
  const grid = {
    header,
    formats: ["integer" as const, "general" as const, "general" as const],
    rows,
  };
  await writeTable(
    context,
    sheet,
    rejectedTableName(modelId),
    { rowIndex: 0, columnIndex: 0 },
    gridSource(grid)
  );
  sheet.activate();
  await context.sync();
  return sheet.name;
}
