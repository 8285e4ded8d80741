// What the pane shows before a run: where the data is, how many rows, and its first rows for the
// core to detect the shape and the columns — without reading a million rows to say so.
import type { SheetInput } from "../core";
import type { XRequestContext } from "./api";
import { loadModels } from "./modelStore";
import { readSource } from "./readSource";
import { modelFor, withoutTierColumns } from "./modelSources";
import { resolveSelection, type SourceRef } from "./source";

export const PEEK_ROWS = 200;

export interface SelectionPeek {
  source: SourceRef;
  /** The first rows (header included), for column detection. */
  peek: SheetInput;
  /** Whether an earlier Segment run wrote from this data (a new run updates it in place). */
  hasModel: boolean;
}

export async function inspectSelection(context: XRequestContext): Promise<SelectionPeek> {
  const list = await loadModels(context);
  const picked = await resolveSelection(context);
  const previous = modelFor(list.models, picked);
  const source = withoutTierColumns(picked, previous);
  const peek = await readSource(context, {
    ...source,
    rowCount: Math.min(source.rowCount, PEEK_ROWS),
  });
  return { source, peek, hasModel: previous !== null };
}
