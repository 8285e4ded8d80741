// What Excel would refuse, checked before the first write so that a refusal leaves nothing
// written: a protected sheet (Worksheet.protection, ExcelApi 1.2: writes fail with AccessDenied),
// a workbook whose structure is protected when the run must add a sheet (Workbook.protection,
// ExcelApi 1.7), and merged cells where the tier columns go (Range.getMergedAreasOrNullObject,
// ExcelApi 1.13; writes fail with MergedRangeConflict). Codes: learn.microsoft.com/javascript/api/
// excel/excel.errorcodes. What cannot be seen in advance (an array formula or PivotTable in the
// way, a refusal mid-run) is left to the run's intent record (runIntent.ts).
import type { XRequestContext } from "./api";
import { ExcelRunError } from "./excelErrors";
import type { SheetRect } from "./model";

export interface WritePlan {
  /** Where the tier columns go, beside the data. */
  tierColumns: SheetRect;
  /** The sheets of ours the run writes on, as stored (a missing one is made anew). */
  ownSheetIds: string[];
  /** How many sheets the run needs in all (customers, summary, history, maybe migration). */
  sheetsNeeded: number;
}

export async function assertWritable(context: XRequestContext, plan: WritePlan): Promise<void> {
  const { worksheets } = context.workbook;
  const dataSheet = worksheets.getItem(plan.tierColumns.sheetId).load("name");
  const dataProtection = dataSheet.protection.load("protected");
  const { rowIndex, columnIndex, rowCount, columnCount } = plan.tierColumns;
  const merged = dataSheet
    .getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount)
    .getMergedAreasOrNullObject()
    .load("address");
  const own = plan.ownSheetIds.map((id) => worksheets.getItemOrNullObject(id));
  const workbook = context.workbook.protection.load("protected");
  await context.sync();
  const existing = own.filter((s) => !s.isNullObject);
  const protections = existing.map((s) => ({
    sheet: s.load("name,visibility"),
    protection: s.protection.load("protected"),
  }));
  await context.sync();
  if (dataProtection.protected)
    throw new ExcelRunError("sheetProtected", { sheet: dataSheet.name });
  const locked = protections.find((p) => p.protection.protected);
  if (locked) throw new ExcelRunError("sheetProtected", { sheet: locked.sheet.name });
  if (workbook.protected && existing.length < plan.sheetsNeeded)
    throw new ExcelRunError("workbookProtected", {});
  if (!merged.isNullObject)
    throw new ExcelRunError("mergedCells", { sheet: dataSheet.name, address: merged.address });
}
