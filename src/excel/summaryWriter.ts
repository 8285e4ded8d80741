// The summary sheet: a title line, then the summary tables one below the other, each an Excel
// table with a stable name (the R x F grid is a plain range with a colour scale, the warnings of a
// probabilistic run plain text). Blocks of an earlier run that this run has not (probabilistic,
// then simple) are removed with their cells.
import { countsText, formatMessage, type SegmentResult } from "../core";
import type { XRequestContext, XWorksheet } from "./api";
import { measureColumns, setColumnWidths, widest } from "./columnWidths";
import { gridSource, type OutValue } from "./layout/cellTypes";
import {
  EXPLANATION_COLUMN,
  NOTE_BLOCKS,
  PLAIN_BLOCKS,
  summaryBlocks,
  type Block,
} from "./layout/summaryBlocks";
import type { SheetRect, StoredBlock } from "./model";
import type { ExcelHooks } from "./progress";
import { removeBlocks } from "./removeBlocks";
import type { RunScope } from "./runScope";
import { writeTable } from "./tableWriter";
import { writeRows } from "./writeRows";

const FIRST_BLOCK_ROW = 2;
const GAP_ROWS = 1;

function blockTableName(modelId: string, block: Block["id"]): string {
  return `CT_${modelId}_${block}`;
}

export async function writeSummarySheet(
  scope: RunScope,
  sheet: XWorksheet,
  blocks: Block[]
): Promise<StoredBlock[]> {
  const { context, modelId, result, hooks } = scope;
  const previous = scope.previous?.written.summarySheet.blocks ?? [];
  writeTitle(sheet, result);
  const rows = blockRows(blocks);
  // Moved blocks go first, all of them: a block's new place may be another's old one.
  // A plain block of another size goes too: no table shrinks it, and the new one may be shorter.
  const moved = previous.filter((old) => {
    const i = blocks.findIndex((b) => b.id === old.id);
    if (i < 0 || rows[i] + 1 !== old.rowIndex) return true;
    const grid = blocks[i].grid;
    return (
      old.tableName === null &&
      (old.rowCount !== grid.rows.length + 1 || old.columnCount !== grid.header.length)
    );
  });
  await removeBlocks(context, sheet, moved);
  const stored: StoredBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    stored.push(await writeBlock(context, sheet, modelId, blocks[i], rows[i], hooks));
  }
  // Widths from the tables only: the long title line in A1 would make column A far too wide, and
  // so would the warnings' sentences, which run on over the empty cells right of them instead.
  // Measured here, not by autofitColumns, which would measure the title too (columnWidths.ts).
  const tables = blocks.filter((b) => !NOTE_BLOCKS.includes(b.id));
  const measured = tables.map((b) =>
    measureColumns(b.grid.header, measuredRows(b), b.grid.formats, b.grid.moneyFormat)
  );
  const widths = widest(measured);
  setColumnWidths(sheet, 0, widths);
  // Columns only an earlier, wider run used go back to the standard width (method.md section 8).
  const before = Math.max(0, ...previous.map((b) => b.columnIndex + b.columnCount));
  if (before > widths.length)
    sheet.getRangeByIndexes(0, widths.length, 1, before - widths.length).format.useStandardWidth =
      true;
  await context.sync();
  return stored;
}

/** A block's rows as measured: the explanations' sentences run on, like the warnings'. */
function measuredRows(block: Block): Block["grid"]["rows"] {
  const at = block.grid.names?.indexOf(EXPLANATION_COLUMN) ?? -1;
  return at < 0
    ? block.grid.rows
    : block.grid.rows.map((row) => row.map((v, c) => (c === at ? "" : v)));
}

/** The cells the summary sheet's title and blocks take (charts float over the sheet). */
export function summaryArea(sheetId: string, result: SegmentResult): SheetRect {
  const blocks = summaryBlocks(result, result.options.language);
  const rows = blockRows(blocks);
  const last = blocks.length - 1;
  const height = rows[last] + 2 + blocks[last].grid.rows.length;
  const width = Math.max(...blocks.map((b) => b.grid.header.length));
  return { sheetId, rowIndex: 0, columnIndex: 0, rowCount: height, columnCount: width };
}

/** What an earlier run wrote on the summary sheet: its title and each block with its title row. */
export function summaryOwned(sheetId: string, blocks: StoredBlock[]): SheetRect[] {
  return [
    { sheetId, rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 },
    ...blocks.map((b) => ({ ...b, rowIndex: b.rowIndex - 1, rowCount: b.rowCount + 1 })),
  ];
}

/** The title row of each block, one below the other. */
function blockRows(blocks: Block[]): number[] {
  let row = FIRST_BLOCK_ROW;
  return blocks.map((b) => {
    const at = row;
    row += 2 + b.grid.rows.length + GAP_ROWS;
    return at;
  });
}

function writeTitle(sheet: XWorksheet, result: SegmentResult): void {
  const title = formatMessage(
    "summary.title",
    {
      asOf: result.asOf,
      counts: countsText(result.counts, result.customers.n, result.options.language),
    },
    result.options.language
  );
  const cell = sheet.getRangeByIndexes(0, 0, 1, 1);
  cell.values = [[title]];
  cell.format.font.bold = true;
}

/** A block's title row, then its table (or, for the R x F grid and the warnings, a plain range). */
async function writeBlock(
  context: XRequestContext,
  sheet: XWorksheet,
  modelId: string,
  block: Block,
  row: number,
  hooks: ExcelHooks
): Promise<StoredBlock> {
  const titleCell = sheet.getRangeByIndexes(row, 0, 1, 1);
  titleCell.values = [[block.title]];
  titleCell.format.font.bold = true;
  const at = { rowIndex: row + 1, columnIndex: 0 };
  if (PLAIN_BLOCKS.includes(block.id))
    return {
      id: block.id,
      tableName: null,
      ...(await writeGrid(context, sheet, block, at, hooks)),
    };
  const name = blockTableName(modelId, block.id);
  const rect = await writeTable(context, sheet, name, at, gridSource(block.grid), hooks);
  return { id: block.id, tableName: name, ...rect };
}

async function writeGrid(
  context: XRequestContext,
  sheet: XWorksheet,
  block: Block,
  at: { rowIndex: number; columnIndex: number },
  hooks: ExcelHooks
): Promise<Omit<StoredBlock, "id" | "tableName">> {
  const all: OutValue[][] = [block.grid.header, ...block.grid.rows];
  const columnCount = block.grid.header.length;
  await writeRows(
    context,
    sheet,
    {
      ...at,
      columnCount,
      rowCount: all.length,
      formats: block.grid.formats,
      ...(block.grid.moneyFormat === undefined ? {} : { moneyFormat: block.grid.moneyFormat }),
      rows: (f, t) => all.slice(f, t),
    },
    hooks
  );
  sheet.getRangeByIndexes(at.rowIndex, at.columnIndex, 1, columnCount).format.font.bold = true;
  if (block.id === "rfGrid") colorGrid(sheet, at, all.length, columnCount);
  sheet.load("id");
  await context.sync();
  return { sheetId: sheet.id, ...at, rowCount: all.length, columnCount };
}

/** The R x F grid: bold R labels, and a colour scale over the counts. */
function colorGrid(
  sheet: XWorksheet,
  at: { rowIndex: number; columnIndex: number },
  rowCount: number,
  columnCount: number
): void {
  sheet.getRangeByIndexes(at.rowIndex + 1, at.columnIndex, rowCount - 1, 1).format.font.bold = true;
  const counts = sheet.getRangeByIndexes(
    at.rowIndex + 1,
    at.columnIndex + 1,
    rowCount - 1,
    columnCount - 1
  );
  counts.conditionalFormats.clearAll();
  counts.conditionalFormats.add("ColorScale").colorScale.criteria = {
    minimum: { type: "LowestValue", formula: undefined, color: "#FFFFFF" },
    maximum: { type: "HighestValue", formula: undefined, color: "#2E7D32" },
  };
}
