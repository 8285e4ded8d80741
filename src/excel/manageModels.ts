// The pane's model list: rename a model, or delete it with everything it wrote (after the pane
// asked). Sheets and tables are found by id and name; whatever the user already removed is skipped.
import type { XRequestContext } from "./api";
import type { StoredModel } from "./model";
import { loadModels, queueSaveModels } from "./modelStore";
import { rejectedSheetId } from "./rejectedSheet";

const NAME_LIMIT = 80;

export async function renameModel(
  context: XRequestContext,
  id: string,
  name: string
): Promise<StoredModel> {
  const list = await loadModels(context);
  const model = list.models.find((m) => m.id === id);
  if (!model) throw new Error(`no model ${id}`);
  const clean = name.trim().slice(0, NAME_LIMIT);
  const renamed = { ...model, name: clean === "" ? model.name : clean };
  queueSaveModels(context, {
    ...list,
    models: list.models.map((m) => (m.id === id ? renamed : m)),
  });
  await context.sync();
  return renamed;
}

/**
 * The ids of the sheets a model created, its rejected-rows sheet included (the source sheet is
 * the user's and is never among them).
 */
async function ownSheetIds(context: XRequestContext, model: StoredModel): Promise<string[]> {
  const w = model.written;
  const ids = [w.customerSheet.sheetId, w.summarySheet.sheetId];
  if (w.migrationSheet) ids.push(w.migrationSheet.sheetId);
  if (w.history) ids.push(w.history.sheetId);
  const rejected = await rejectedSheetId(context, model.id);
  if (rejected) ids.push(rejected);
  return ids.filter((id) => id !== model.source.sheetId);
}

/** The names of the sheets deleting the model would remove, for the question the pane asks. */
export async function sheetsToDelete(
  context: XRequestContext,
  model: StoredModel
): Promise<string[]> {
  const sheets = (await ownSheetIds(context, model)).map((id) =>
    context.workbook.worksheets.getItemOrNullObject(id).load("name,visibility")
  );
  await context.sync();
  // The very hidden history sheet goes too, but the user never saw it: naming it would puzzle.
  return sheets.filter((s) => !s.isNullObject && s.visibility !== "VeryHidden").map((s) => s.name);
}

export async function deleteModel(context: XRequestContext, id: string): Promise<void> {
  const list = await loadModels(context);
  const model = list.models.find((m) => m.id === id);
  if (!model) return;
  await removeTierColumns(context, model);
  const sheets = (await ownSheetIds(context, model)).map((sid) =>
    context.workbook.worksheets.getItemOrNullObject(sid).load("visibility")
  );
  const names = ["Source", "Tiers"].map((n) =>
    context.workbook.names.getItemOrNullObject(`CT_${id}_${n}`)
  );
  await context.sync();
  for (const sheet of sheets) {
    if (sheet.isNullObject) continue;
    // Excel refuses to delete a very hidden sheet (the history): it is made hidden first.
    if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
    sheet.delete();
  }
  for (const name of names) if (!name.isNullObject) name.delete();
  queueSaveModels(context, { ...list, models: list.models.filter((m) => m.id !== id) });
  await context.sync();
}

/** Table columns we added are deleted from the table; cells beside a plain range are cleared. */
async function removeTierColumns(context: XRequestContext, model: StoredModel): Promise<void> {
  const tiers = model.written.tierColumns;
  const sheet = context.workbook.worksheets.getItemOrNullObject(tiers.sheetId);
  const table = model.source.tableName
    ? context.workbook.tables.getItemOrNullObject(model.source.tableName)
    : null;
  await context.sync();
  if (sheet.isNullObject) return;
  // The tier fills are conditional formats: left behind they would colour whatever the user types
  // in these cells later ("A", "B"...). Removed explicitly (ConditionalFormatCollection.clearAll,
  // ExcelApi 1.6) rather than trusting a column deletion or a clear to take them along.
  const { rowIndex, columnIndex, rowCount, columnCount } = tiers;
  sheet
    .getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount)
    .conditionalFormats.clearAll();
  if (tiers.tableColumns && table && !table.isNullObject) {
    const columns = table.columns.load("items/name");
    await context.sync();
    const present = new Set(columns.items.map((c) => c.name));
    // Last first, so that each deletion leaves the others where they were.
    for (const name of [...tiers.tableColumns].reverse())
      if (present.has(name)) table.columns.getItemOrNullObject(name).delete();
  } else {
    sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount).clear("All");
  }
  await context.sync();
}
