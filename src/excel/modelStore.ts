// Reads and writes the stored models in workbook.settings (small: the per-customer history of
// issue 8 goes to a hidden sheet, not here).
import type { XRequestContext } from "./api";
import {
  MODELS_SETTING,
  parseModels,
  serializeModels,
  type ModelList,
  type StoredModel,
} from "./model";

export async function loadModels(context: XRequestContext): Promise<ModelList> {
  const setting = context.workbook.settings.getItemOrNullObject(MODELS_SETTING).load("value");
  await context.sync();
  return setting.isNullObject ? parseModels(null) : parseModels(setting.value);
}

/** Queues the write of the whole list. Synced by the caller. */
export function queueSaveModels(context: XRequestContext, list: ModelList): void {
  context.workbook.settings.add(MODELS_SETTING, serializeModels(list));
}

export function upsertModel(models: StoredModel[], model: StoredModel): StoredModel[] {
  const i = models.findIndex((m) => m.id === model.id);
  return i < 0 ? [...models, model] : models.map((m, j) => (j === i ? model : m));
}

/** The next free id: m1, m2, ... never one a model started afresh from had. */
export function nextModelId(models: StoredModel[], retired: string[] = []): string {
  const used = new Set([...models.map((m) => m.id), ...retired]);
  let n = 1;
  while (used.has(`m${n}`)) n++;
  return `m${n}`;
}
