// What the pane shows before a run: where the data is, how many rows, and its first rows for the
// core to detect the shape and the columns — without reading a million rows to say so.
import type { SheetInput } from "../core";
import type { XRequestContext } from "./api";
import { loadModels } from "./modelStore";
import { readSource } from "./readSource";
import { modelFor, withoutTierColumns } from "./modelSources";
import type { StoredModel } from "./model";
import { resolveSelection, type SourceRef } from "./source";

export const PEEK_ROWS = 200;

export interface SelectionPeek {
  source: SourceRef;
  /** The first rows (header included), for column detection. */
  peek: SheetInput;
  /** Whether an earlier Segment run wrote from this data (a new run updates it in place). */
  hasModel: boolean;
  /**
   * Whether the selection is on a sheet a model wrote (its summary, customer, migration, backtest,
   * CLV groups or rejected-rows sheet): our output, never data to segment.
   */
  ownOutput: boolean;
}

export async function inspectSelection(context: XRequestContext): Promise<SelectionPeek> {
  const list = await loadModels(context);
  const picked = await resolveSelection(context);
  if (await isOwnOutput(context, list.models, picked))
    return {
      source: picked,
      peek: { values: [], numberFormats: [] },
      hasModel: false,
      ownOutput: true,
    };
  const previous = modelFor(list.models, picked);
  const source = withoutTierColumns(picked, previous);
  const peek = await readSource(context, {
    ...source,
    rowCount: Math.min(source.rowCount, PEEK_ROWS),
  });
  return { source, peek, hasModel: previous !== null, ownOutput: false };
}

/**
 * A sheet holding a table a stored model named (CT_<model>_...) that is not the model's data: the
 * sheets we write all carry one (the customer table, the summary's blocks, the backtest's...).
 */
async function isOwnOutput(
  context: XRequestContext,
  models: StoredModel[],
  source: SourceRef
): Promise<boolean> {
  const ours = models.filter((m) => m.source.sheetId !== source.sheetId);
  if (ours.length === 0) return false;
  const tables = context.workbook.worksheets.getItem(source.sheetId).tables.load("items/name");
  await context.sync();
  return tables.items.some((t) => ours.some((m) => t.name.startsWith(`CT_${m.id}_`)));
}
