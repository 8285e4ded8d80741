// Writes rows of cells in chunks that keep every request under Excel's payload limit, with
// calculation and screen updating suspended for each write.
import type { XRequestContext, XWorksheet } from "./api";
import { type FormatName, numberFormatOf, type OutValue } from "./layout/cellTypes";
import { CHUNK_BUDGET_BYTES, isGeneralException, isTooLarge } from "./limits";
import { jsonStringBytes, rowBytes } from "./payloadSize";
import { step, type ExcelHooks } from "./progress";

export interface RowBlock {
  /** 0-based sheet position of the first row and column. */
  rowIndex: number;
  columnIndex: number;
  columnCount: number;
  rowCount: number;
  rows(from: number, to: number): OutValue[][];
  /** One format per column; "general" columns are left as they are. */
  formats: readonly FormatName[];
  /** The run's money format for the "money" columns; FORMATS.money when not given. */
  moneyFormat?: string;
}

const FIRST_GUESS_ROW_BYTES_PER_CELL = 24;

/** Queues nothing itself: every chunk is synced here. Returns the number of syncs used. */
export async function writeRows(
  context: XRequestContext,
  sheet: XWorksheet,
  block: RowBlock,
  hooks: ExcelHooks = {}
): Promise<number> {
  let syncs = 0;
  const retry = { generalException: true };
  let rowsPerChunk = Math.max(
    1,
    Math.floor(CHUNK_BUDGET_BYTES / (block.columnCount * FIRST_GUESS_ROW_BYTES_PER_CELL))
  );
  for (let done = 0; done < block.rowCount;) {
    step(hooks, "writing", done, block.rowCount);
    const { rows, bytesPerRow } = fittingRows(
      block,
      done,
      Math.min(rowsPerChunk, block.rowCount - done)
    );
    queueChunk(context, sheet, block, done, rows, syncs === 0);
    syncs++;
    if (!(await synced(context, rows.length, retry))) {
      rowsPerChunk = Math.max(1, rows.length >> 1); // the host measured more than we did: halve
      continue;
    }
    done += rows.length;
    rowsPerChunk = Math.max(1, Math.floor(CHUNK_BUDGET_BYTES / (bytesPerRow * 1.25)));
  }
  return syncs;
}

/** Rows from `from` that fit one request, cutting the guess down when the rows are wider. */
function fittingRows(
  block: RowBlock,
  from: number,
  count: number
): { rows: OutValue[][]; bytesPerRow: number } {
  const formatBytes = formatRowBytes(block.formats, block.moneyFormat);
  for (;;) {
    const rows = block.rows(from, from + count);
    let widest = 1;
    let total = 0;
    for (const row of rows) {
      const bytes = rowBytes(row) + formatBytes;
      total += bytes;
      if (bytes > widest) widest = bytes;
    }
    if (total <= CHUNK_BUDGET_BYTES || count === 1) return { rows, bytesPerRow: widest };
    count = Math.max(1, Math.floor((count * CHUNK_BUDGET_BYTES) / total));
  }
}

function formatRowBytes(formats: readonly FormatName[], money: string | undefined): number {
  let bytes = 0;
  for (const f of formats)
    if (f !== "general") bytes += jsonStringBytes(numberFormatOf(f, money)) + 3;
  return bytes;
}

/**
 * Syncs a chunk; false when Excel refused it as too large (it then applied none of it), or, once
 * per write, with GeneralException (rewriting the same cells is harmless if part of it applied).
 */
async function synced(
  context: XRequestContext,
  rows: number,
  retry: { generalException: boolean }
): Promise<boolean> {
  try {
    // One sync per chunk is the point: each stays under the payload limit.
    await context.sync();
    return true;
  } catch (error) {
    if (rows > 1 && isTooLarge(error)) return false;
    if (rows > 1 && retry.generalException && isGeneralException(error)) {
      retry.generalException = false;
      return false;
    }
    throw error;
  }
}

/**
 * Queues one chunk. Calculation is suspended for every chunk (the run recalculates at the end);
 * screen updating only for the first, as the docs warn that suspending it in a loop flickers.
 */
function queueChunk(
  context: XRequestContext,
  sheet: XWorksheet,
  block: RowBlock,
  offset: number,
  rows: OutValue[][],
  first: boolean
): void {
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  if (first) app.suspendScreenUpdatingUntilNextSync();
  const top = block.rowIndex + offset;
  sheet.getRangeByIndexes(top, block.columnIndex, rows.length, block.columnCount).values = rows;
  block.formats.forEach((f, j) => {
    if (f === "general") return;
    const column = sheet.getRangeByIndexes(top, block.columnIndex + j, rows.length, 1);
    const format = numberFormatOf(f, block.moneyFormat);
    column.numberFormat = rows.map(() => [format]);
  });
}
