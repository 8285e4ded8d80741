// The pane's model list: rename a model, or delete it with everything it wrote (after the pane
// asked). Sheets and tables are found by id and name; whatever the user already removed is skipped.
import type { XRequestContext } from "./api";
import { ExcelRunError } from "./excelErrors";
import type { StoredModel } from "./model";
import { loadModels, queueSaveModels, upsertModel } from "./modelStore";
import { assertOwnership, modelNames, ownershipProblems, type OwnedRole } from "./ownership";
import { rejectedSheetId } from "./rejectedSheet";
import { clvGroupsSheet } from "./clvGroupsWriter";

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
  // A model stored before the groups sheet was recorded: found by its table, as it was then.
  const groups = w.clvGroupsSheet?.sheetId ?? (await clvGroupsSheet(context, model.id))?.id;
  if (groups) ids.push(groups);
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
  // Deleting by id alone could delete a sheet of the user's that took an old id.
  await assertOwnership(context, model);
  await removeTierColumns(context, model);
  const sheets = (await ownSheetIds(context, model)).map((sid) =>
    context.workbook.worksheets.getItemOrNullObject(sid).load("visibility")
  );
  const names = modelNames(id).map((n) => context.workbook.names.getItemOrNullObject(n));
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
  // The widths a run set (wide enough for CLV) go back to the sheet's standard width: the tier
  // columns were empty ones right of the data, so that is what they had.
  sheet.getRangeByIndexes(0, columnIndex, 1, columnCount).format.useStandardWidth = true;
  await context.sync();
}

/**
 * Re-link (the pane's answer to a model whose sheet ids no longer prove anything, ownership.ts):
 * every sheet whose anchor still marks it is taken as the model's, under the id it has now.
 * Nothing else changes; a sheet without the model's mark is never adopted (that is Start fresh).
 */
export async function relinkModel(context: XRequestContext, id: string): Promise<StoredModel> {
  const list = await loadModels(context);
  const model = list.models.find((m) => m.id === id);
  if (!model) throw new Error(`no model ${id}`);
  const problems = await ownershipProblems(context, model);
  const unmarked = problems.find((p) => p.sheetByAnchor === null);
  if (unmarked)
    throw new ExcelRunError("relinkNeedsData", {
      model: model.name,
      sheet: unmarked.sheetById ?? "",
    });
  let relinked = model;
  for (const p of problems) relinked = withSheet(relinked, p.role, p.sheetByAnchor!);
  queueSaveModels(context, { ...list, models: upsertModel(list.models, relinked) });
  await context.sync();
  return relinked;
}

function withSheet(
  model: StoredModel,
  role: OwnedRole,
  sheet: { id: string; name: string }
): StoredModel {
  const w = model.written;
  const sheetId = sheet.id;
  // Every rectangle names its sheet too (blocks, the conflict scan's owned areas).
  const moved = <T extends { sheetId: string }>(rect: T): T => ({ ...rect, sheetId });
  switch (role) {
    case "source":
      // The tier columns beside a plain range are on the data's sheet.
      return {
        ...model,
        source: { ...moved(model.source), sheetName: sheet.name },
        written: {
          ...w,
          tierColumns:
            w.tierColumns.sheetId === model.source.sheetId ? moved(w.tierColumns) : w.tierColumns,
        },
      };
    case "customers":
      return { ...model, written: { ...w, customerSheet: moved(w.customerSheet) } };
    case "summary": {
      const summarySheet = { ...w.summarySheet, sheetId, blocks: w.summarySheet.blocks.map(moved) };
      return { ...model, written: { ...w, summarySheet } };
    }
    case "migration": {
      if (!w.migrationSheet) return model;
      const blocks = w.migrationSheet.blocks.map(moved);
      return {
        ...model,
        written: { ...w, migrationSheet: { ...w.migrationSheet, sheetId, blocks } },
      };
    }
    case "history":
      return w.history ? { ...model, written: { ...w, history: moved(w.history) } } : model;
    case "clvGroups":
      return w.clvGroupsSheet
        ? { ...model, written: { ...w, clvGroupsSheet: moved(w.clvGroupsSheet) } }
        : model;
  }
}

/**
 * Start fresh: the model is forgotten and its marks removed; every sheet, table and cell stays as
 * it is, now simply the user's. Its id is never given to a new model (its table names may remain).
 */
export async function forgetModel(context: XRequestContext, id: string): Promise<void> {
  const list = await loadModels(context);
  if (!list.models.some((m) => m.id === id)) return;
  const names = modelNames(id).map((n) => context.workbook.names.getItemOrNullObject(n));
  await context.sync();
  for (const name of names) if (!name.isNullObject) name.delete();
  queueSaveModels(context, {
    ...list,
    models: list.models.filter((m) => m.id !== id),
    retired: [...(list.retired ?? []), id],
  });
  await context.sync();
}
