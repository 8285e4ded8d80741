// One Segment run against a workbook: find the data, read it, score it, check that nothing of the
// user's would be overwritten, then write tier columns, the customer and summary sheets, the charts,
// and the model that lets a later run update all of it in place.
import {
  type DeepPartial,
  type HistoryError,
  label,
  type RunHooks,
  segment,
  type SegmentOptions,
  type SegmentResult,
  type SheetInput,
} from "../core";
import type { XRequestContext } from "./api";
import { writeCharts } from "./chartsWriter";
import { findConflict, type Conflict } from "./conflicts";
import { writeCustomerSheet } from "./customerSheetWriter";
import { writeHistory } from "./historyStore";
import { customerRows } from "./layout/customerSheet";
import { MIGRATION_COLUMN_COUNT } from "./layout/migrationColumns";
import { updateClvGroupsSheet } from "./clvGroupsWriter";
import { summaryBlocks } from "./layout/summaryBlocks";
import {
  migrationArea,
  migrationOwned,
  migrationSummary,
  type MigrationSummary,
} from "./migrationWriter";
import {
  MODEL_VERSION,
  storedFit,
  type ModelList,
  type SheetRect,
  type StoredModel,
} from "./model";
import { modelFor, ownTierColumns, withoutTierColumns } from "./modelSources";
import { assertOwnership, queueSheetAnchors, sheetAnchorName, sourceAnchorName } from "./ownership";
import {
  assertModelRoom,
  assertModelsFit,
  loadModels,
  nextModelId,
  queueSaveModels,
  upsertModel,
} from "./modelStore";
import { step, type ExcelHooks } from "./progress";
import { readSource } from "./readSource";
import { ensureSheet, ownSheetName } from "./sheets";
import { queueIntentDone, recordIntent, recoverUnfinishedRun } from "./runIntent";
import { resolveSelection, type SourceRef } from "./source";
import type { RunScope } from "./runScope";
import { summaryArea, summaryOwned, writeSummarySheet } from "./summaryWriter";
import { tierColumnsTarget, writeTierColumns } from "./tierColumnsWriter";
import { tierHistory, updateMigrationSheet, type TierHistory } from "./tierHistory";
import { assertWritable } from "./writeGuard";

export interface Written {
  model: StoredModel;
  migration: MigrationSummary | null;
  historyProblem: HistoryError | null;
  /** Excel is in manual calculation: formulas on the tier cells update at the user's next F9. */
  manualCalculation: boolean;
}

/** The core's segment(), or the pane's Web Worker doing the same off the UI thread. */
export type Scorer = (
  input: SheetInput,
  options: DeepPartial<SegmentOptions>,
  hooks?: RunHooks
) => SegmentResult | Promise<SegmentResult>;

export interface SegmentRequest {
  options?: DeepPartial<SegmentOptions>;
  /** The data; default the selection, grown to its table or current region. */
  source?: SourceRef;
  /** Write even over the user's cells reported as a conflict (the user agreed). */
  overwrite?: boolean;
  score?: Scorer;
  now?: () => Date;
  hooks?: ExcelHooks;
  scoreHooks?: RunHooks;
}

export type SegmentOutcome =
  | {
      status: "written";
      result: SegmentResult;
      model: StoredModel;
      /** Who moved since the last run with other tiers; null on a first run. */
      migration: MigrationSummary | null;
      /** Why the stored earlier tiers could not be used (then there is no migration). */
      historyProblem: HistoryError | null;
      manualCalculation: boolean;
    }
  | { status: "conflict"; result: SegmentResult; conflicts: Conflict[]; source: SourceRef };

export async function segmentWorkbook(
  context: XRequestContext,
  request: SegmentRequest = {}
): Promise<SegmentOutcome> {
  const hooks = request.hooks ?? {};
  const list = await loadModels(context);
  const unfinished = await recoverUnfinishedRun(context, list);
  const picked = request.source ?? (await resolveSelection(context));
  const previous = modelFor(list.models, picked);
  // Before anything is read or written: the sheets the model names must still be its own.
  if (previous) await assertOwnership(context, previous);
  const source = withoutTierColumns(picked, previous);
  const input = await readSource(context, source, hooks);
  const result = await (request.score ?? segment)(input, request.options ?? {}, request.scoreHooks);
  const tiers = await tierHistory(context, previous, result, runTime(request));
  if (!request.overwrite) {
    const alsoOwned = unfinished && unfinished.modelId === previous?.id ? unfinished.targets : [];
    const conflicts = await findConflicts(
      context,
      source,
      result,
      previous,
      tiers,
      hooks,
      alsoOwned
    );
    if (conflicts.length > 0) return { status: "conflict", result, conflicts, source };
  }
  const written = await writeResult(context, list, source, result, previous, request, tiers);
  return { status: "written", result, ...written };
}

/**
 * Writes a result scored earlier (the user agreed to overwrite the cells a run reported), without
 * reading and scoring the data again.
 */
export async function writeScored(
  context: XRequestContext,
  source: SourceRef,
  result: SegmentResult,
  request: SegmentRequest = {}
): Promise<Written> {
  const list = await loadModels(context);
  await recoverUnfinishedRun(context, list);
  const previous = modelFor(list.models, source);
  // The workbook may have changed while the user read the question.
  if (previous) await assertOwnership(context, previous);
  return writeResult(context, list, source, result, previous, request);
}

/** Where a run writes on each sheet: beside the data and, for a stored model, on its sheets. */
function writeTargets(
  source: SourceRef,
  result: SegmentResult,
  previous: StoredModel | null,
  tiers: TierHistory
): { tierColumns: SheetRect; customers?: SheetRect; summary?: SheetRect; migration?: SheetRect } {
  const tierColumns = tierColumnsTarget(source, result);
  if (!previous) return { tierColumns };
  const { customerSheet, summarySheet, migrationSheet } = previous.written;
  const width =
    customerRows(result, result.options.language).header.length +
    (tiers.baseline ? MIGRATION_COLUMN_COUNT : 0);
  return {
    tierColumns,
    customers: { ...customerSheet, rowCount: result.customers.n + 1, columnCount: width },
    summary: summaryArea(summarySheet.sheetId, result),
    ...(migrationSheet && tiers.migration
      ? {
          migration: migrationArea(
            migrationSheet.sheetId,
            tiers.migration,
            result.options.language
          ),
        }
      : {}),
  };
}

/**
 * The user's cells the run would overwrite: beside the data, and on the add-in's own sheets
 * where a user may have typed next to what an earlier run wrote. `alsoOwned`: what a run of the
 * same model that failed midway was writing (runIntent.ts), ours too.
 */
async function findConflicts(
  context: XRequestContext,
  source: SourceRef,
  result: SegmentResult,
  previous: StoredModel | null,
  tiers: TierHistory,
  hooks: ExcelHooks,
  alsoOwned: SheetRect[]
): Promise<Conflict[]> {
  const sheets = context.workbook.worksheets;
  const targets = writeTargets(source, result, previous, tiers);
  const ours = (sheetId: string, owned: SheetRect[]): SheetRect[] => [
    ...owned,
    ...alsoOwned.filter((r) => r.sheetId === sheetId),
  ];
  const ownTierCells = previous ? [ownTierColumns(previous, source)] : [];
  // One check at a time: they share the context, and each one syncs.
  const found = [
    await findConflict(
      context,
      sheets.getItem(source.sheetId),
      targets.tierColumns,
      ours(source.sheetId, ownTierCells),
      hooks
    ),
  ];
  if (previous) {
    const { customerSheet, summarySheet, migrationSheet } = previous.written;
    const customers = sheets.getItemOrNullObject(customerSheet.sheetId);
    const summary = sheets.getItemOrNullObject(summarySheet.sheetId);
    const moves = migrationSheet ? sheets.getItemOrNullObject(migrationSheet.sheetId) : null;
    await context.sync();
    if (!customers.isNullObject && targets.customers) {
      const owned = ours(customerSheet.sheetId, [customerSheet]);
      found.push(await findConflict(context, customers, targets.customers, owned, hooks));
    }
    if (!summary.isNullObject && targets.summary) {
      const owned = ours(
        summarySheet.sheetId,
        summaryOwned(summarySheet.sheetId, summarySheet.blocks)
      );
      found.push(await findConflict(context, summary, targets.summary, owned, hooks));
    }
    if (moves && migrationSheet && !moves.isNullObject && targets.migration) {
      const owned = ours(migrationSheet.sheetId, migrationOwned(migrationSheet));
      found.push(await findConflict(context, moves, targets.migration, owned, hooks));
    }
  }
  return found.filter((c): c is Conflict => c !== null);
}

/** Writes a scored result and stores its model. Call after the user settled any conflict. */
export async function writeResult(
  context: XRequestContext,
  list: ModelList,
  source: SourceRef,
  result: SegmentResult,
  previous: StoredModel | null,
  request: SegmentRequest,
  known?: TierHistory
): Promise<Written> {
  // Once writing starts it finishes: a cancel now would leave half a run in the workbook.
  const hooks = { onProgress: request.hooks?.onProgress };
  const language = result.options.language;
  const id = previous?.id ?? nextModelId(list.models, list.retired);
  const now = runTime(request);
  const tiers = known ?? (await tierHistory(context, previous, result, now));
  // A workbook with too many models is told so before anything is written.
  assertModelRoom(list, previous?.id ?? null);
  await beforeFirstWrite(context, id, source, result, previous, tiers, now);
  // Sheets of a model beside others are named after its data, so several models can be told apart.
  const others = list.models.some((m) => m.id !== id);
  const sourceLabel = others ? (source.tableName ?? source.sheetName) : null;
  const scope: RunScope = { context, modelId: id, result, language, previous, hooks, sourceLabel };
  const tierColumns = await writeTierColumns(scope, source);
  const customerSheet = await writeCustomerSheet(scope, tiers);
  const summary = await ensureSheet(
    context,
    ownSheetName(label("sheet.summary", language), sourceLabel, language),
    previous?.written.summarySheet.sheetId ?? null,
    undefined,
    sheetAnchorName(id, "summary")
  );
  // One layout for the summary tables and the charts drawn from them.
  const layouts = summaryBlocks(result, language);
  const blocks = await writeSummarySheet(scope, summary, layouts);
  step(hooks, "charts", 0, 1);
  const charts = await writeCharts(scope, summary, blocks, layouts);
  const clvGroupsSheetId = await updateClvGroupsSheet(scope);
  const migrationSheet = await updateMigrationSheet(scope, tiers);
  const history = await writeHistory(scope, tiers);
  await nameRanges(context, id, source, tierColumns);
  await queueSheetAnchors(context, id, [
    { role: "summary", sheetId: summary.id },
    ...(migrationSheet ? [{ role: "migration" as const, sheetId: migrationSheet.sheetId }] : []),
    ...(history ? [{ role: "history" as const, sheetId: history.sheetId }] : []),
    ...(clvGroupsSheetId ? [{ role: "clvGroups" as const, sheetId: clvGroupsSheetId }] : []),
  ]);
  const model: StoredModel = {
    version: MODEL_VERSION,
    id,
    name: previous?.name ?? source.tableName ?? source.sheetName,
    source: { ...source },
    options: request.options ?? {},
    mapping: result.mapping,
    language,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    counts: result.counts,
    ...(result.probabilistic ? { fit: storedFit(result.probabilistic, now) } : {}),
    anchored: true,
    written: {
      tierColumns,
      customerSheet,
      summarySheet: { sheetId: summary.id, blocks, charts },
      ...(migrationSheet ? { migrationSheet } : {}),
      history,
      ...(clvGroupsSheetId ? { clvGroupsSheet: { sheetId: clvGroupsSheetId } } : {}),
    },
  };
  const models = { ...list, models: upsertModel(list.models, model) };
  assertModelsFit(models);
  queueSaveModels(context, models);
  queueIntentDone(context);
  const manualCalculation = await recalculateUnlessManual(context);
  step(hooks, "charts", 1, 1);
  const summaryOfMoves =
    tiers.migration && migrationSheet
      ? migrationSummary(tiers.migration, migrationSheet.sheetId, language)
      : null;
  return {
    model,
    migration: summaryOfMoves,
    historyProblem: tiers.stored.problem,
    manualCalculation,
  };
}

/**
 * Writes ran with calculation suspended: formulas the user built on the tier cells catch up now,
 * unless the user chose manual calculation (Application.calculationMode, ExcelApi 1.8;
 * learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculationmode):
 * a recalculation forced on a large workbook can take minutes, and the choice is the user's. The
 * values we write are plain values, right either way; only the user's formulas wait for F9, and
 * the pane says so. Returns whether calculation is manual.
 */
async function recalculateUnlessManual(context: XRequestContext): Promise<boolean> {
  const application = context.workbook.application.load("calculationMode");
  await context.sync();
  const manual = application.calculationMode === "Manual";
  if (!manual) context.workbook.application.calculate("Recalculate");
  await context.sync();
  return manual;
}

/**
 * Refuses in words what Excel would refuse midway (protection, merged cells), then records the
 * run's intent so that a run failing after this point is recognised and undone by the next one.
 */
async function beforeFirstWrite(
  context: XRequestContext,
  id: string,
  source: SourceRef,
  result: SegmentResult,
  previous: StoredModel | null,
  tiers: TierHistory,
  now: string
): Promise<void> {
  const w = previous?.written;
  const ownSheetIds = w
    ? [
        w.customerSheet.sheetId,
        w.summarySheet.sheetId,
        w.migrationSheet?.sheetId,
        w.history?.sheetId,
      ]
    : [];
  const targets = writeTargets(source, result, previous, tiers);
  const { tierColumns } = targets;
  await assertWritable(context, {
    tierColumns,
    ownSheetIds: ownSheetIds.filter((s): s is string => typeof s === "string"),
    sheetsNeeded: 3 + (tiers.migration ? 1 : 0),
  });
  await recordIntent(context, {
    modelId: id,
    startedAt: now,
    tierColumns,
    tableSource: source.tableName !== null,
    targets: Object.values(targets),
  });
}

function runTime(request: SegmentRequest): string {
  return (request.now ?? (() => new Date()))().toISOString();
}

/** Named ranges a user (and Refresh) can find: the source and the tier columns. */
async function nameRanges(
  context: XRequestContext,
  id: string,
  source: SourceRef,
  tiers: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }
): Promise<void> {
  // The source's name is also its anchor (ownership.ts): it follows the data's sheet.
  const names = [sourceAnchorName(id), `CT_${id}_Tiers`];
  const found = names.map((n) => context.workbook.names.getItemOrNullObject(n));
  await context.sync();
  found.forEach((n) => {
    if (!n.isNullObject) n.delete();
  });
  // Ranges, not "=Sheet!A1" text: the sheet may have been renamed since the source was stored.
  const sheet = context.workbook.worksheets.getItem(source.sheetId);
  const { rowIndex, columnIndex, rowCount, columnCount } = source;
  context.workbook.names.add(
    names[0],
    sheet.getRangeByIndexes(rowIndex, columnIndex, rowCount, columnCount)
  );
  context.workbook.names.add(
    names[1],
    sheet.getRangeByIndexes(tiers.rowIndex, tiers.columnIndex, tiers.rowCount, tiers.columnCount)
  );
}
