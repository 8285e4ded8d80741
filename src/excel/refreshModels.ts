// Refresh: re-run stored models on their (possibly grown) sources with their stored options,
// updating everything they wrote in place. Each model is refreshed on its own and reports its own
// outcome: one model whose source is gone or whose run would overwrite the user's cells does not
// stop the others, and changes nothing of its own.
import type { XRequestContext } from "./api";
import type { Conflict } from "./conflicts";
import { isNotOurSheet, type ExcelRunError } from "./excelErrors";
import { locateSource } from "./locateSource";
import type { StoredModel, UnreadableModel } from "./model";
import { loadModels } from "./modelStore";
import { assertOwnership } from "./ownership";
import { recoverUnfinishedRun } from "./runIntent";
import type { ExcelHooks } from "./progress";
import { segmentWorkbook, type Scorer, type SegmentOutcome } from "./segmentWorkbook";
import type { SourceRef } from "./source";

export interface RefreshRequest {
  /** The models to refresh; default all. */
  ids?: string[];
  /** Write over the user's cells a refresh reported (the user agreed). */
  overwrite?: boolean;
  score?: Scorer;
  now?: () => Date;
  hooks?: ExcelHooks;
}

export type ModelRefresh =
  | {
      status: "refreshed";
      model: StoredModel;
      /** Rows the source gained (negative: lost) since the last run. */
      grownBy: number;
      outcome: Extract<SegmentOutcome, { status: "written" }>;
    }
  | {
      status: "conflict";
      model: StoredModel;
      grownBy: number;
      conflicts: Conflict[];
      source: SourceRef;
      outcome: Extract<SegmentOutcome, { status: "conflict" }>;
    }
  | { status: "sourceGone"; model: StoredModel; sourceName: string }
  /** A sheet it names cannot be proven its own (ownership.ts): nothing was written. */
  | { status: "unproven"; model: StoredModel; error: ExcelRunError }
  /** Excel refused something: this model is left as the failed batch left it, the others run. */
  | { status: "failed"; model: StoredModel; error: unknown };

export interface RefreshReport {
  models: ModelRefresh[];
  /** Stored models this version cannot use (newer or corrupt): reported, left untouched. */
  unreadable: UnreadableModel[];
}

export async function refreshModels(
  context: XRequestContext,
  request: RefreshRequest = {}
): Promise<RefreshReport> {
  const list = await loadModels(context);
  // What a run that failed midway left is removed before any model looks at its sheets.
  await recoverUnfinishedRun(context, list);
  const wanted = request.ids ? list.models.filter((m) => request.ids?.includes(m.id)) : list.models;
  const models: ModelRefresh[] = [];
  // One model at a time: each run syncs many times on the same context.
  for (const model of wanted) {
    try {
      models.push(await refreshModel(context, model, request));
    } catch (error) {
      if ((error as { name?: string })?.name === "CancelledError") throw error;
      if (isNotOurSheet(error)) models.push({ status: "unproven", model, error });
      else models.push({ status: "failed", model, error });
    }
  }
  return { models, unreadable: list.unreadable };
}

async function refreshModel(
  context: XRequestContext,
  model: StoredModel,
  request: RefreshRequest
): Promise<ModelRefresh> {
  // Before the data is even looked for: a range source is followed by its sheet's id.
  await assertOwnership(context, model);
  const found = await locateSource(context, model);
  if (found.status === "gone") return { status: "sourceGone", model, sourceName: found.name };
  const outcome = await segmentWorkbook(context, {
    source: found.source,
    options: model.options,
    overwrite: request.overwrite,
    score: request.score,
    now: request.now,
    hooks: request.hooks,
  });
  if (outcome.status === "written")
    return { status: "refreshed", model: outcome.model, grownBy: found.grownBy, outcome };
  return {
    status: "conflict",
    model,
    grownBy: found.grownBy,
    conflicts: outcome.conflicts,
    source: outcome.source,
    outcome,
  };
}
