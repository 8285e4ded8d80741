// Refresh without the pane: re-run every stored model on its source with its stored options,
// updating what it wrote in place. A model whose run would overwrite the user's cells is left as
// it is and reported; the pane's Refresh can ask (issue 8 adds growth, migration and more).
import type { XRequestContext } from "./api";
import type { Conflict } from "./conflicts";
import { loadModels } from "./modelStore";
import { segmentWorkbook } from "./segmentWorkbook";

export interface RefreshReport {
  refreshed: string[];
  conflicts: { model: string; conflicts: Conflict[] }[];
  unreadable: number;
}

export async function refreshModels(
  context: XRequestContext,
  now?: () => Date
): Promise<RefreshReport> {
  const list = await loadModels(context);
  const report: RefreshReport = {
    refreshed: [],
    conflicts: [],
    unreadable: list.unreadable.length,
  };
  for (const model of list.models) {
    // One model at a time: each run syncs many times on the same context.
    const outcome = await segmentWorkbook(context, {
      source: model.source,
      options: model.options,
      now,
    });
    if (outcome.status === "written") report.refreshed.push(model.id);
    else report.conflicts.push({ model: model.id, conflicts: outcome.conflicts });
  }
  return report;
}
