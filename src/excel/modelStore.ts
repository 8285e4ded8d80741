// Reads and writes the stored models in workbook.settings (small: the per-customer history of
// issue 8 goes to a hidden sheet, not here). Office keeps an add-in's settings in the document,
// about 2 MB for all of them (learn.microsoft.com/office/dev/add-ins/develop/
// persisting-add-in-state-and-settings; the double refuses a write past it): the models stay
// within a quarter of that, which is room for hundreds of models, and a run that would pass it is
// refused before it writes anything.
import type { XRequestContext } from "./api";
import { ExcelRunError } from "./excelErrors";
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

/** What the stored models may take of the add-in's settings, in UTF-8 bytes. */
export const MODELS_BUDGET_BYTES = 512 * 1024;
/** Room kept for a model not stored yet: a probabilistic model with every block is ~6 KB. */
export const NEW_MODEL_ALLOWANCE_BYTES = 16 * 1024;

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Refuses, before anything is written, a run whose model would not fit the budget: the list as
 * stored, with room for the model the run writes (its earlier size, or a new model's allowance).
 */
export function assertModelRoom(list: ModelList, modelId: string | null): void {
  const current = utf8Bytes(serializeModels(list));
  const earlier = list.models.find((m) => m.id === modelId);
  const room = earlier ? NEW_MODEL_ALLOWANCE_BYTES / 4 : NEW_MODEL_ALLOWANCE_BYTES;
  if (current + room > MODELS_BUDGET_BYTES) throw tooMany(list, current);
}

function tooMany(list: ModelList, bytes: number): ExcelRunError {
  return new ExcelRunError("tooManyModels", {
    count: list.models.length,
    size: Math.ceil(bytes / 1024),
    limit: MODELS_BUDGET_BYTES / 1024,
  });
}

/**
 * The list a run is about to store must fit (checked again at the end: assertModelRoom's room is
 * an estimate). Deleting or renaming models is never refused: it is how a user makes room.
 */
export function assertModelsFit(list: ModelList): void {
  const bytes = utf8Bytes(serializeModels(list));
  if (bytes > MODELS_BUDGET_BYTES) throw tooMany(list, bytes);
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
