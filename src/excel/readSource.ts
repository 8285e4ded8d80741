// Reads a source block into the core's SheetInput, in chunks that keep every response under
// Excel's payload limit whatever the width or the text length of the rows.
import type { CellValue, SheetInput } from "../core";
import type { XRequestContext, XWorksheet } from "./api";
import { CHUNK_BUDGET_BYTES, isTooLarge } from "./limits";
import { rowBytes } from "./payloadSize";
import { step, type ExcelHooks } from "./progress";
import type { SourceRef } from "./source";

/**
 * A first guess of bytes per cell (value + number format) before any row was measured: high, so
 * that a first chunk of long texts is small rather than refused; the next chunks are measured.
 */
const FIRST_GUESS_CELL_BYTES = 256;

export async function readSource(
  context: XRequestContext,
  source: SourceRef,
  hooks: ExcelHooks = {},
  /** False for our own data (the tier history): values only, half the bytes; formats come back empty. */
  withFormats = true
): Promise<SheetInput> {
  const sheet = context.workbook.worksheets.getItem(source.sheetId);
  const values: CellValue[][] = new Array(source.rowCount);
  const numberFormats: string[][] = new Array(source.rowCount);
  let rowsPerChunk = Math.max(
    1,
    Math.floor(CHUNK_BUDGET_BYTES / (source.columnCount * FIRST_GUESS_CELL_BYTES))
  );
  for (let done = 0; done < source.rowCount;) {
    step(hooks, "reading", done, source.rowCount);
    const count = Math.min(rowsPerChunk, source.rowCount - done);
    const chunk = await readChunk(context, sheet, source, done, count, withFormats);
    if (chunk === null) {
      rowsPerChunk = Math.max(1, Math.floor(count / 2)); // rows longer than measured: retry smaller
      continue;
    }
    for (let i = 0; i < count; i++) {
      values[done + i] = chunk.values[i];
      numberFormats[done + i] = chunk.numberFormats[i];
    }
    rowsPerChunk = nextChunkRows(chunk.values, chunk.numberFormats);
    done += count;
  }
  step(hooks, "reading", source.rowCount, source.rowCount);
  return {
    values,
    numberFormats,
    firstRowNumber: source.rowIndex + 1,
    firstColumnIndex: source.columnIndex,
  };
}

interface Chunk {
  values: CellValue[][];
  numberFormats: string[][];
}

/** One sync's worth of rows, or null when Excel found the response too large. */
async function readChunk(
  context: XRequestContext,
  sheet: XWorksheet,
  source: SourceRef,
  offset: number,
  count: number,
  withFormats: boolean
): Promise<Chunk | null> {
  const range = sheet
    .getRangeByIndexes(source.rowIndex + offset, source.columnIndex, count, source.columnCount)
    .load(withFormats ? "values,numberFormat" : "values");
  try {
    await context.sync();
  } catch (error) {
    if (count > 1 && isTooLarge(error)) return null;
    throw error;
  }
  const values = range.values as CellValue[][];
  const numberFormats = withFormats ? (range.numberFormat as string[][]) : values.map(() => []);
  return { values, numberFormats };
}

/** Rows that fit the budget, judged by the widest row read so far in this chunk. */
function nextChunkRows(values: CellValue[][], formats: string[][]): number {
  let widest = 1;
  for (let i = 0; i < values.length; i++) {
    widest = Math.max(widest, rowBytes(values[i]) + rowBytes(formats[i]));
  }
  return Math.max(1, Math.floor(CHUNK_BUDGET_BYTES / (widest * 1.25)));
}
