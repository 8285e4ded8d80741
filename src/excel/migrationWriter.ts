// Who moved since the last run, in the workbook: the migration sheet (title, the from/to matrices,
// the lists, a stacked-column chart of the flows, each block an Excel table with a stable name) and
// two columns on the customer sheet with the previous class and the direction of change.
import {
  label,
  type Language,
  type Migration,
  type SegmentResult,
  type TierSnapshot,
} from "../core";
import type { XRange, XRequestContext, XWorksheet } from "./api";
import { drawCharts } from "./chartsWriter";
import { measureColumns, setColumnWidths, widest } from "./columnWidths";
import { gridSource, type Grid, type RowSource } from "./layout/cellTypes";
import { directionFillRules, migrationColumns } from "./layout/migrationColumns";
import {
  migrationBlocks,
  migrationChartSpecs,
  migrationHeadline,
  migrationTitleLines,
  type MigrationBlock,
} from "./layout/migrationSheet";
import { safeText } from "./layout/safeText";
import { removeBlocks } from "./removeBlocks";
import type { RunScope } from "./runScope";
import type { SheetRect, StoredModel } from "./model";
import type { ExcelHooks } from "./progress";
import { sheetAnchorName } from "./ownership";
import { ensureSheet, ownSheetName } from "./sheets";
import { writeTable } from "./tableWriter";
import { addEqualsFill } from "./tierColumnsWriter";

/** What the pane shows after a run that had earlier tiers to compare with. */
export interface MigrationSummary {
  headline: string;
  counts: Migration["counts"];
  /** Names (or ids) of the former A customers now at risk, most valuable first. */
  formerAAtRisk: string[];
  /** Former A customers at risk at the last run already: a count, not news. */
  formerAStillAtRisk: number;
  sheetId: string;
}

type StoredMigration = NonNullable<StoredModel["written"]["migrationSheet"]>;
type StoredMigrationBlock = StoredMigration["blocks"][number];

const GAP_ROWS = 1;
const CHART_GAP_COLUMNS = 1;

export function migrationSummary(
  m: Migration,
  sheetId: string,
  language: Language
): MigrationSummary {
  return {
    headline: migrationHeadline(m, language),
    counts: m.counts,
    formerAAtRisk: m.formerAChurnRisk.map((c) => c.name ?? c.id),
    formerAStillAtRisk: m.formerAStillAtRisk,
    sheetId,
  };
}

/** The customer sheet's rows with the previous class and the change beside them. */
export function withMigrationColumns(
  rows: RowSource,
  result: SegmentResult,
  baseline: TierSnapshot | null
): RowSource {
  if (!baseline) return rows;
  const extra = migrationColumns(result, baseline, result.options.language);
  return {
    header: [...rows.header, ...extra.header],
    formats: [...rows.formats, ...extra.formats],
    rowCount: rows.rowCount,
    rows: (from, to) => {
      const left = rows.rows(from, to);
      const right = extra.rows(from, to);
      return left.map((row, i) => [...row, ...right[i]]);
    },
  };
}

/** One fill per direction of change on the customer sheet's last column. */
export function colorDirections(sheet: XWorksheet, rows: RowSource, language: Language): void {
  fillDirections(
    sheet.getRangeByIndexes(1, rows.header.length - 1, Math.max(1, rows.rowCount), 1),
    language
  );
}

function fillDirections(cells: XRange, language: Language): void {
  const rules = cells.conditionalFormats;
  rules.clearAll();
  for (const rule of directionFillRules(language)) addEqualsFill(rules, rule.text, rule.fill);
}

export async function writeMigrationSheet(
  scope: RunScope,
  migration: Migration
): Promise<StoredMigration> {
  const { context, modelId, previous, language, hooks } = scope;
  const old = previous?.written.migrationSheet;
  const sheet = await ensureSheet(
    context,
    ownSheetName(label("migration.sheet", language), scope.sourceLabel, language),
    old?.sheetId ?? null,
    undefined,
    sheetAnchorName(modelId, "migration")
  );
  const titles = migrationTitleLines(migration, language);
  const blocks = migrationBlocks(migration, language).map(withPlaceholderRow(language));
  const rows = blockRows(blocks, titles.length + 1);
  await removeBlocks(context, sheet, movedBlocks(old?.blocks ?? [], blocks, rows));
  writeTitles(sheet, titles, old);
  const stored: StoredMigrationBlock[] = [];
  for (let i = 0; i < blocks.length; i++)
    stored.push(await writeBlock(context, sheet, modelId, blocks[i], rows[i], hooks));
  const width = Math.max(...blocks.map((b) => b.grid.header.length));
  // Measured here: autofitColumns would measure the title lines above too (columnWidths.ts).
  const measured = blocks.map((b) => measureColumns(b.grid.header, b.grid.rows, b.grid.formats));
  setColumnWidths(sheet, 0, widest(measured).slice(0, width));
  const specs = migrationChartSpecs(migration, language);
  const charts = await drawCharts(
    context,
    sheet,
    modelId,
    specs,
    stored,
    blocks,
    width + CHART_GAP_COLUMNS,
    { known: old?.charts ?? [] }
  );
  return { sheetId: sheet.id, blocks: stored, charts };
}

/** The cells the migration sheet's titles and blocks take (the chart floats beside them). */
export function migrationArea(sheetId: string, m: Migration, language: Language): SheetRect {
  const titles = migrationTitleLines(m, language);
  const blocks = migrationBlocks(m, language).map(withPlaceholderRow(language));
  const rows = blockRows(blocks, titles.length + 1);
  const last = blocks.length - 1;
  return {
    sheetId,
    rowIndex: 0,
    columnIndex: 0,
    rowCount: rows[last] + 2 + blocks[last].grid.rows.length,
    columnCount: Math.max(...blocks.map((b) => b.grid.header.length)),
  };
}

/** What an earlier run wrote there: the title lines and each block with its title row. */
export function migrationOwned(stored: StoredMigration): SheetRect[] {
  const { sheetId } = stored;
  return [
    { sheetId, rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 1 },
    ...stored.blocks.map((b) => ({ ...b, rowIndex: b.rowIndex - 1, rowCount: b.rowCount + 1 })),
  ];
}

/** No comparison this time: the old blocks and chart go, and A1 says why. */
export async function clearMigrationSheet(
  context: XRequestContext,
  stored: StoredMigration,
  note: string
): Promise<StoredMigration> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(stored.sheetId);
  await context.sync();
  if (sheet.isNullObject) return { ...stored, blocks: [], charts: [] };
  await removeBlocks(context, sheet, stored.blocks);
  const charts = stored.charts.map((c) => sheet.charts.getItemOrNullObject(c.name));
  await context.sync();
  charts.forEach((c) => {
    if (!c.isNullObject) c.delete();
  });
  sheet.getRangeByIndexes(0, 0, 2, 1).clear("Contents");
  sheet.getRangeByIndexes(0, 0, 1, 1).values = [[safeText(note)]];
  await context.sync();
  return { ...stored, blocks: [], charts: [] };
}

/** An empty list still gets a table: one row saying there is nobody in it. */
function withPlaceholderRow(language: Language): (b: MigrationBlock) => MigrationBlock {
  return (b) => {
    if (b.grid.rows.length > 0) return b;
    const none = [
      safeText(label("migration.none", language)),
      ...b.grid.header.slice(1).map(() => ""),
    ];
    const grid: Grid = { ...b.grid, rows: [none] };
    return { ...b, grid };
  };
}

/** The title row of each block, one below the other. */
function blockRows(blocks: MigrationBlock[], first: number): number[] {
  let row = first;
  return blocks.map((b) => {
    const at = row;
    row += 2 + b.grid.rows.length + GAP_ROWS;
    return at;
  });
}

function writeTitles(sheet: XWorksheet, titles: string[], old: StoredMigration | undefined): void {
  // A scheme-change note from the last run that this run does not repeat must not stay behind.
  if (old) sheet.getRangeByIndexes(0, 0, 2, 1).clear("Contents");
  const cells = sheet.getRangeByIndexes(0, 0, titles.length, 1);
  cells.values = titles.map((t) => [safeText(t)]);
  sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;
}

async function writeBlock(
  context: XRequestContext,
  sheet: XWorksheet,
  modelId: string,
  block: MigrationBlock,
  row: number,
  hooks: ExcelHooks
): Promise<StoredMigrationBlock> {
  const title = sheet.getRangeByIndexes(row, 0, 1, 1);
  title.values = [[safeText(block.title)]];
  title.format.font.bold = true;
  const name = `CT_${modelId}_${block.id}`;
  const at = { rowIndex: row + 1, columnIndex: 0 };
  const rect = await writeTable(context, sheet, name, at, gridSource(block.grid), hooks);
  return { id: block.id, tableName: name, ...rect };
}

/** Blocks whose place or width changed (a list grew or shrank). */
function movedBlocks(
  old: StoredMigrationBlock[],
  blocks: MigrationBlock[],
  rows: number[]
): StoredMigrationBlock[] {
  return old.filter((o) => {
    const i = blocks.findIndex((b) => b.id === o.id);
    return i < 0 || rows[i] + 1 !== o.rowIndex || blocks[i].grid.header.length !== o.columnCount;
  });
}
