// The backtest on a sheet of its own (method.md section 11), written again in place of the last
// one: the sheet is ours, found by its first table, and rebuilt whole.
import {
  backtest,
  type BacktestOptions,
  type BacktestResult,
  type DeepPartial,
  label,
  type SegmentOptions,
  type SheetInput,
} from "../core";
import type { XRequestContext } from "./api";
import { drawCharts } from "./chartsWriter";
import { measureColumns, setColumnWidths, widest } from "./columnWidths";
import { gridSource } from "./layout/cellTypes";
import { backtestBlocks, backtestChartSpecs, backtestTitleLines } from "./layout/backtestSheet";
import { safeText } from "./layout/safeText";
import { locateSource } from "./locateSource";
import type { StoredModel } from "./model";
import { readSource } from "./readSource";
import { ensureSheet } from "./sheets";
import { writeTable } from "./tableWriter";

const GAP_ROWS = 1;
const tableName = (modelId: string, block: string) => `CT_${modelId}_${block}`;

/** Deletes the sheet the last backtest of this model wrote (found by its first table). */
async function removeOld(context: XRequestContext, modelId: string): Promise<void> {
  const table = context.workbook.tables.getItemOrNullObject(tableName(modelId, "btAbc"));
  await context.sync();
  if (table.isNullObject) return;
  table.worksheet.delete();
  await context.sync();
}

export async function writeBacktestSheet(
  context: XRequestContext,
  modelId: string,
  result: BacktestResult,
  language: StoredModel["language"]
): Promise<string> {
  await removeOld(context, modelId);
  const sheet = await ensureSheet(context, label("backtest.sheet", language), null);
  const titles = backtestTitleLines(result, language);
  sheet.getRangeByIndexes(0, 0, titles.length, 1).values = titles.map((t) => [safeText(t)]);
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
  const blocks = backtestBlocks(result, language);
  let row = titles.length + 1;
  const written = [];
  for (const block of blocks) {
    const title = sheet.getRangeByIndexes(row, 0, 1, 1);
    title.values = [[safeText(block.title)]];
    title.format.font.bold = true;
    const rect = await writeTable(
      context,
      sheet,
      tableName(modelId, block.id),
      { rowIndex: row + 1, columnIndex: 0 },
      gridSource(block.grid)
    );
    written.push({ ...rect, id: block.id });
    row += 2 + block.grid.rows.length + GAP_ROWS;
  }
  const width = Math.max(...blocks.map((b) => b.grid.header.length));
  // Measured here: autofitColumns would measure the title lines above too (columnWidths.ts).
  const measured = blocks.map((b) => measureColumns(b.grid.header, b.grid.rows, b.grid.formats));
  setColumnWidths(sheet, 0, widest(measured).slice(0, width));
  await drawCharts(
    context,
    sheet,
    modelId,
    backtestChartSpecs(language),
    written,
    blocks,
    width + 1
  );
  sheet.activate();
  await context.sync();
  return sheet.id;
}

/** Re-reads the model's data, backtests it with the model's settings and writes the sheet. */
export type BacktestOutcome = { sheetId: string; result: BacktestResult } | { gone: string };

/** Runs the core's backtest: the pane's in its Web Worker, like scoring (src/taskpane/scoring). */
export type Backtester = (
  input: SheetInput,
  options: DeepPartial<SegmentOptions>,
  bt: Partial<BacktestOptions>
) => Promise<BacktestResult>;

const inThisThread: Backtester = (input, options, bt) =>
  Promise.resolve(backtest(input, options, bt));

export async function backtestModel(
  context: XRequestContext,
  model: StoredModel,
  months = 6,
  run: Backtester = inThisThread
): Promise<BacktestOutcome> {
  const found = await locateSource(context, model);
  if (found.status === "gone") return { gone: found.name };
  const input = await readSource(context, found.source);
  // Scored as of the cut, whatever as-of date the model's own runs use.
  const result = await run(input, { ...model.options, asOf: null }, { months });
  const sheetId = await writeBacktestSheet(context, model.id, result, model.language);
  return { sheetId, result };
}
