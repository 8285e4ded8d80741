// A run that Excel refuses midway (a write refused, a sync that never answers, the pane closed)
// must not leave sheets that later count as the user's or push the next run to "Tier summary (2)".
// Before its first write a run records its intent in the settings (the model's id, where its tier
// columns go); every sheet it adds is anchored by name in the same request that adds it
// (sheets.ts); the final request saves the model and removes the intent. The next run that finds
// an intent still there removes what the unfinished run added and the stored model does not know
// (sheets, and the tier columns of a model that was never stored), then goes on as usual, so the
// workbook ends as if the failed run had never started.
import type { XRequestContext, XWorksheet } from "./api";
import type { ModelList, SheetRect } from "./model";
import { sheetAnchorName, type SheetRole } from "./ownership";

export const PENDING_RUN_SETTING = "customerTiers.pendingRun";

export interface RunIntent {
  modelId: string;
  startedAt: string;
  /** Where the run writes its tier columns (cleared if the model was never stored). */
  tierColumns: SheetRect;
  /** The source is a table: its tier columns are table columns, not cleared cells. */
  tableSource: boolean;
  /**
   * Everything the run writes on sheets that already existed, checked free of the user's cells
   * before it started: until a run of the model completes, the next run counts them as ours.
   */
  targets: SheetRect[];
  /** Set once a later run removed what this one left on new sheets. */
  cleaned?: boolean;
}

const ROLES: SheetRole[] = ["customers", "summary", "migration", "history", "clvGroups"];

/** Records the intent; synced before the first write. */
export async function recordIntent(context: XRequestContext, intent: RunIntent): Promise<void> {
  context.workbook.settings.add(PENDING_RUN_SETTING, JSON.stringify(intent));
  await context.sync();
}

/** Queued with the run's last writes: the run is complete once this request is. */
export function queueIntentDone(context: XRequestContext): void {
  context.workbook.settings.getItemOrNullObject(PENDING_RUN_SETTING).delete();
}

/**
 * Removes what an unfinished earlier run left on sheets it added (and, for a model never stored,
 * its tier columns). Returns the intent while a stored model's run is still unfinished (its
 * targets count as ours until the model's next run completes), null otherwise.
 */
export async function recoverUnfinishedRun(
  context: XRequestContext,
  list: ModelList
): Promise<RunIntent | null> {
  const setting = context.workbook.settings.getItemOrNullObject(PENDING_RUN_SETTING).load("value");
  await context.sync();
  if (setting.isNullObject) return null;
  const intent = parseIntent(setting.value);
  if (!intent) {
    setting.delete();
    await context.sync();
    return null;
  }
  if (intent.cleaned) return intent;
  const model = list.models.find((m) => m.id === intent.modelId) ?? null;
  const known = new Set<string>();
  if (model) {
    const w = model.written;
    [w.customerSheet, w.summarySheet, w.migrationSheet, w.history, w.clvGroupsSheet].forEach(
      (s) => s && known.add(s.sheetId)
    );
  }
  const orphans = await anchoredSheets(context, intent.modelId);
  for (const { sheet, name } of orphans) {
    if (known.has(sheet.id)) continue;
    // Excel refuses to delete a very hidden sheet (the history): made hidden first.
    if (sheet.visibility === "VeryHidden") sheet.visibility = "Hidden";
    sheet.delete();
    name.delete();
  }
  if (!model && !intent.tableSource) {
    const { sheetId, rowIndex, columnIndex, rowCount, columnCount } = intent.tierColumns;
    const data = context.workbook.worksheets.getItemOrNullObject(sheetId);
    await context.sync();
    if (!data.isNullObject)
      data.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount).clear("All");
  }
  if (!model) {
    setting.delete();
    await context.sync();
    return null;
  }
  const cleaned = { ...intent, cleaned: true };
  context.workbook.settings.add(PENDING_RUN_SETTING, JSON.stringify(cleaned));
  await context.sync();
  return cleaned;
}

async function anchoredSheets(
  context: XRequestContext,
  modelId: string
): Promise<{ sheet: XWorksheet; name: { delete(): void } }[]> {
  const names = ROLES.map((role) =>
    context.workbook.names.getItemOrNullObject(sheetAnchorName(modelId, role))
  );
  const ranges = names.map((n) => n.getRangeOrNullObject());
  await context.sync();
  const found = names.flatMap((name, i) =>
    name.isNullObject || ranges[i].isNullObject
      ? []
      : [{ name, sheet: ranges[i].worksheet.load("id,name,visibility") }]
  );
  await context.sync();
  return found;
}

function parseIntent(value: unknown): RunIntent | null {
  try {
    const raw = (typeof value === "string" ? JSON.parse(value) : value) as Partial<RunIntent>;
    return typeof raw?.modelId === "string" && typeof raw.tierColumns?.sheetId === "string"
      ? (raw as RunIntent)
      : null;
  } catch {
    return null;
  }
}
