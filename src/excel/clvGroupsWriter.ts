// The CLV-by-group comparison sheet (method.md section 4): written by every run whose CLV is
// fitted per group, rewritten in place by the next one (the table and the chart keep their names,
// so a rename or a moved chart survives), and deleted by a run without groups or with the model.
// The sheet is ours because our table is on it, as for the rejected-rows sheet.
import { label } from "../core";
import type { XRequestContext, XWorksheet } from "./api";
import { chartName, drawCharts } from "./chartsWriter";
import { measureColumns, setColumnWidths } from "./columnWidths";
import { gridSource, moneyFormat } from "./layout/cellTypes";
import {
  CLV_GROUPS_BLOCK,
  clvGroupsChartSpec,
  clvGroupsGrid,
  clvGroupsTitleLines,
} from "./layout/clvGroupsSheet";
import { safeText } from "./layout/safeText";
import type { RunScope } from "./runScope";
import { ensureSheet, ownSheetName } from "./sheets";
import { writeTable } from "./tableWriter";

/** Title lines, a blank row, then the table. */
const TABLE_ROW = 3;
const CHART_GAP_COLUMNS = 1;

export const clvGroupsTableName = (modelId: string): string => `CT_${modelId}_ClvGroups`;

/** The sheet an earlier run wrote the model's group comparison to, found by its table. */
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

/** Writes the comparison sheet, or deletes the last one when this run has no groups. */
export async function updateClvGroupsSheet(scope: RunScope): Promise<string | null> {
  const { context, modelId, result, language } = scope;
  const old = await clvGroupsSheet(context, modelId);
  const p = result.probabilistic;
  if (p === null || p.groups === null) {
    if (old !== null) {
      old.delete();
      await context.sync();
    }
    return null;
  }
  const sheet =
    old ??
    (await ensureSheet(
      context,
      ownSheetName(label("clvGroups.sheetName", language), scope.sourceLabel, language),
      null
    ));
  const titles = clvGroupsTitleLines(p, language);
  // The last run's titles go first: the note's figures may have changed.
  sheet.getRangeByIndexes(0, 0, TABLE_ROW - 1, 1).clear("Contents");
  sheet.getRangeByIndexes(0, 0, titles.length, 1).values = titles.map((t) => [safeText(t)]);
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
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
  return sheet.id;
}
