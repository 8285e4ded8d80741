// The CLV-by-group comparison sheet (method.md section 4): written by every run whose CLV is
// fitted per group, rewritten in place by the next one (the table and the chart keep their names,
// so a rename or a moved chart survives), and deleted by a run without groups or with the model.
// It is an owned sheet like the summary: its id is stored with the model and a workbook-scoped
// name anchors it (ownership.ts), so a run proves the sheet is still ours before it writes there.
import { label } from "../core";
import type { XRequestContext, XWorksheet } from "./api";
import { chartName, drawCharts } from "./chartsWriter";
import { measureColumns, setColumnWidths } from "./columnWidths";
import { gridSource, moneyFormat } from "./layout/cellTypes";
import {
  CLV_GROUPS_BLOCK,
  clvGroupsChartSpec,
  clvGroupsGrid,
  clvGroupsMonthsGrid,
  clvGroupsMonthsTitle,
  clvGroupsTitleLines,
} from "./layout/clvGroupsSheet";
import { safeText } from "./layout/safeText";
import type { RunScope } from "./runScope";
import { clvGroupsTableName, sheetAnchorName } from "./ownership";
import { ensureSheet, ownSheetName } from "./sheets";
import { writeTable } from "./tableWriter";

/** Title lines, a blank row, then the table. */
const TABLE_ROW = 3;
const CHART_GAP_COLUMNS = 1;

/** The groups' months, below the comparison: rewritten whole each run (its place follows it). */
export const clvGroupMonthsTableName = (modelId: string): string => `CT_${modelId}_ClvGroupMonths`;
/** Rows between the comparison table and the months' title line. */
const MONTHS_GAP = 1;

/**
 * The sheet an earlier run wrote the model's group comparison to, found by its table: how a
 * model stored before the sheet was recorded finds it.
 */
export async function clvGroupsSheet(
  context: XRequestContext,
  modelId: string
): Promise<XWorksheet | null> {
  const table = context.workbook.tables.getItemOrNullObject(clvGroupsTableName(modelId));
  await context.sync();
  if (table.isNullObject) return null;
  const sheet = table.worksheet.load("id,name");
  await context.sync();
  return sheet;
}

/**
 * The groups sheet the model wrote last: its stored id (proven with its anchor by
 * assertOwnership before the run writes anything), else, for a model stored before the sheet was
 * recorded, the sheet our table is on.
 */
async function previousSheetId(scope: RunScope): Promise<string | null> {
  const stored = scope.previous?.written.clvGroupsSheet;
  if (stored) return stored.sheetId;
  return (await clvGroupsSheet(scope.context, scope.modelId))?.id ?? null;
}

/** The last groups sheet and its anchor go when a run has no groups. */
async function removeClvGroupsSheet(scope: RunScope, sheetId: string | null): Promise<void> {
  const { context, modelId } = scope;
  const sheet = sheetId ? context.workbook.worksheets.getItemOrNullObject(sheetId) : null;
  const anchor = context.workbook.names.getItemOrNullObject(sheetAnchorName(modelId, "clvGroups"));
  await context.sync();
  if (sheet && !sheet.isNullObject) sheet.delete();
  if (!anchor.isNullObject) anchor.delete();
  await context.sync();
}

/** Writes the comparison sheet (returns its id), or deletes the last one when this run has no groups. */
export async function updateClvGroupsSheet(scope: RunScope): Promise<string | null> {
  const { context, modelId, result, language } = scope;
  const oldId = await previousSheetId(scope);
  const p = result.probabilistic;
  if (p === null || p.groups === null) {
    await removeClvGroupsSheet(scope, oldId);
    return null;
  }
  const sheet = await ensureSheet(
    context,
    ownSheetName(label("clvGroups.sheetName", language), scope.sourceLabel, language),
    oldId,
    undefined,
    sheetAnchorName(modelId, "clvGroups")
  );
  const titles = clvGroupsTitleLines(p, language);
  // The last run's titles go first: the note's figures may have changed.
  sheet.getRangeByIndexes(0, 0, TABLE_ROW - 1, 1).clear("Contents");
  sheet.getRangeByIndexes(0, 0, titles.length, 1).values = titles.map((t) => [safeText(t)]);
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  // Its row depends on this run's group count: the last one goes first, its title line with it.
  await removeMonthsTable(scope);
  const grid = clvGroupsGrid(p, language, moneyFormat(result.currency));
  const rect = await writeTable(
    context,
    sheet,
    clvGroupsTableName(modelId),
    { rowIndex: TABLE_ROW, columnIndex: 0 },
    gridSource(grid),
    scope.hooks
  );
  // Measured here: autofitColumns would measure the long title lines too (columnWidths.ts).
  setColumnWidths(sheet, 0, measureColumns(grid.header, grid.rows, grid.formats));
  const spec = clvGroupsChartSpec(p.horizonMonths, language);
  await drawCharts(
    context,
    sheet,
    modelId,
    [spec],
    [{ ...rect, id: CLV_GROUPS_BLOCK }],
    [{ id: CLV_GROUPS_BLOCK, grid }],
    grid.header.length + CHART_GAP_COLUMNS,
    { known: [{ id: spec.id, name: chartName(modelId, spec.id) }] }
  );
  await writeMonths(scope, sheet, rect.rowIndex + rect.rowCount + MONTHS_GAP);
  return sheet.id;
}

async function removeMonthsTable(scope: RunScope): Promise<void> {
  const { context, modelId } = scope;
  const old = context.workbook.tables.getItemOrNullObject(clvGroupMonthsTableName(modelId));
  await context.sync();
  if (old.isNullObject) return;
  const range = old.getRange().load("rowIndex,columnIndex");
  await context.sync();
  // The title line above it is ours too.
  if (range.rowIndex > 0)
    old.worksheet.getRangeByIndexes(range.rowIndex - 1, range.columnIndex, 1, 1).clear("Contents");
  range.clear("All");
  old.delete();
  await context.sync();
}

/** The title line and the months table; nothing without a projection (no CLV). */
async function writeMonths(scope: RunScope, sheet: XWorksheet, titleRow: number): Promise<void> {
  const { context, modelId, result, language } = scope;
  const p = result.probabilistic;
  if (p === null) return;
  const grid = clvGroupsMonthsGrid(p, language, moneyFormat(result.currency));
  if (grid === null) return;
  const title = sheet.getRangeByIndexes(titleRow, 0, 1, 1);
  title.values = [[safeText(clvGroupsMonthsTitle(p, language))]];
  title.format.font.bold = true;
  await writeTable(
    context,
    sheet,
    clvGroupMonthsTableName(modelId),
    { rowIndex: titleRow + 1, columnIndex: 0 },
    gridSource(grid),
    scope.hooks
  );
}
