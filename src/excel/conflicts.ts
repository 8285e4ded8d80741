// Finds the user's cells a run would overwrite, before anything is written, so the pane can ask.
import { sheetAddress } from "../core";
import { quoteSheet, a1 } from "./address";
import type { XRequestContext, XWorksheet } from "./api";
import { CHUNK_BUDGET_BYTES } from "./limits";
import type { SheetRect } from "./model";
import { step, type ExcelHooks } from "./progress";

export interface Conflict {
  sheetName: string;
  /** The area the add-in wants to write, e.g. "Sheet1!F1:M3430". */
  address: string;
  /** Non-empty cells in it that the add-in did not write. */
  cells: number;
  /** Up to five of them, e.g. "Sheet1!G7". */
  examples: string[];
}

/** Bytes per cell of a valueTypes response ("Double", plus quotes and comma). */
const VALUE_TYPE_BYTES = 10;
const EXAMPLES = 5;

/**
 * Non-empty cells of `target` outside `owned` (what earlier runs of the same model wrote there).
 * Only the part of the target inside the sheet's used range is read, in payload-sized chunks.
 */
export async function findConflict(
  context: XRequestContext,
  sheet: XWorksheet,
  target: SheetRect,
  owned: SheetRect[],
  hooks: ExcelHooks = {}
): Promise<Conflict | null> {
  sheet.load("name");
  const used = sheet
    .getUsedRangeOrNullObject(true)
    .load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return null;
  const area = intersect(target, used);
  if (area === null) return null;
  const ours = owned.filter((r) => r.sheetId === target.sheetId);
  const unowned = withoutOwnedBands(area, ours);
  if (unowned === null) return null;
  const found = await scan(context, sheet, unowned, ours, hooks);
  if (found.cells === 0) return null;
  const t = target;
  const address = sheetAddress(sheet.name, t.rowIndex, t.columnIndex, t.rowCount, t.columnCount);
  return {
    sheetName: sheet.name,
    address,
    cells: found.cells,
    examples: found.examples.map((e) => `${quoteSheet(sheet.name)}!${e}`),
  };
}

async function scan(
  context: XRequestContext,
  sheet: XWorksheet,
  area: Rect,
  owned: SheetRect[],
  hooks: ExcelHooks
): Promise<{ cells: number; examples: string[] }> {
  const rowsPerChunk = Math.max(
    1,
    Math.floor(CHUNK_BUDGET_BYTES / (area.columnCount * VALUE_TYPE_BYTES))
  );
  let cells = 0;
  const examples: string[] = [];
  for (let done = 0; done < area.rowCount; done += rowsPerChunk) {
    step(hooks, "checking", done, area.rowCount);
    const count = Math.min(rowsPerChunk, area.rowCount - done);
    const range = sheet
      .getRangeByIndexes(area.rowIndex + done, area.columnIndex, count, area.columnCount)
      .load("valueTypes");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per chunk is the point: each stays under the payload limit
    await context.sync();
    range.valueTypes.forEach((row, i) =>
      row.forEach((type, j) => {
        const r = area.rowIndex + done + i;
        const c = area.columnIndex + j;
        if (type === "Empty" || owned.some((o) => inside(o, r, c))) return;
        cells++;
        if (examples.length < EXAMPLES) examples.push(a1(r, c));
      })
    );
  }
  return { cells, examples };
}

interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const top = Math.max(a.rowIndex, b.rowIndex);
  const left = Math.max(a.columnIndex, b.columnIndex);
  const bottom = Math.min(a.rowIndex + a.rowCount, b.rowIndex + b.rowCount);
  const right = Math.min(a.columnIndex + a.columnCount, b.columnIndex + b.columnCount);
  if (bottom <= top || right <= left) return null;
  return { rowIndex: top, columnIndex: left, rowCount: bottom - top, columnCount: right - left };
}

/**
 * The area without the rows at its top and bottom that one owned rectangle covers from side to
 * side: on a re-run almost all of the target is ours, and reading it would only find nothing
 * (a refresh of a million rows would read every tier cell back). Null when nothing is left.
 */
function withoutOwnedBands(area: Rect, owned: Rect[]): Rect | null {
  let top = area.rowIndex;
  let bottom = area.rowIndex + area.rowCount;
  const spans = owned.filter(
    (o) =>
      o.columnIndex <= area.columnIndex &&
      o.columnIndex + o.columnCount >= area.columnIndex + area.columnCount
  );
  for (let moved = true; moved && top < bottom;) {
    moved = false;
    for (const o of spans) {
      const end = o.rowIndex + o.rowCount;
      if (o.rowIndex <= top && end > top) [top, moved] = [Math.min(end, bottom), true];
      if (top < bottom && o.rowIndex < bottom && end >= bottom)
        [bottom, moved] = [Math.max(o.rowIndex, top), true];
    }
  }
  return top < bottom ? { ...area, rowIndex: top, rowCount: bottom - top } : null;
}

function inside(r: Rect, row: number, column: number): boolean {
  return (
    row >= r.rowIndex &&
    row < r.rowIndex + r.rowCount &&
    column >= r.columnIndex &&
    column < r.columnIndex + r.columnCount
  );
}
