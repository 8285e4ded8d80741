// The tiers of earlier runs, per customer, on one very hidden sheet per model (the settings store
// is far too small for 100,000 customers). Two snapshots: the baseline a migration is measured
// from, and the latest run's tiers. A refresh whose tiers equal the latest keeps both, so
// refreshing twice without changes leaves the workbook as refreshing once did.
//
// The sheet has four slots side by side, and a run never writes into a slot the stored model
// points at: new snapshots go to spare slots, and the model (saved at the very end of the run)
// switches to them. A run that fails after writing its history therefore leaves the stored
// model's snapshots intact, and the next run still shows the migration of that change. The
// usual refresh writes one slot: the new baseline is the old latest, which stays where it is.
import {
  decodeHistory,
  HISTORY_COLUMN_COUNT,
  type HistoryError,
  historyRowCount,
  historyRows,
  type TierSnapshot,
} from "../core";
import type { XRequestContext, XWorksheet } from "./api";
import type { FormatName, OutValue } from "./layout/cellTypes";
import { safeText } from "./layout/safeText";
import type { StoredModel } from "./model";
import type { ExcelHooks } from "./progress";
import { readSource } from "./readSource";
import { sheetAnchorName } from "./ownership";
import type { RunScope } from "./runScope";
import type { TierHistory } from "./tierHistory";
import { ensureSheet } from "./sheets";
import { writeRows } from "./writeRows";

/** A snapshot's columns and an empty one between slots. */
const SLOT_WIDTH = HISTORY_COLUMN_COUNT + 1;
const SLOT_COLUMNS = [0, 1, 2, 3].map((k) => k * SLOT_WIDTH);
const BASELINE_COLUMN = SLOT_COLUMNS[0];
const LATEST_COLUMN = SLOT_COLUMNS[1];
const FORMATS: FormatName[] = new Array<FormatName>(HISTORY_COLUMN_COUNT).fill("general");

export interface StoredHistory {
  baseline: TierSnapshot | null;
  latest: TierSnapshot | null;
  /** Why a stored snapshot could not be used (it is then treated as absent, never trusted). */
  problem: HistoryError | null;
}

export type HistoryRef = NonNullable<StoredModel["written"]["history"]>;

const NONE: StoredHistory = { baseline: null, latest: null, problem: null };

export async function readHistory(
  context: XRequestContext,
  ref: HistoryRef | undefined
): Promise<StoredHistory> {
  if (!ref) return NONE;
  const sheet = context.workbook.worksheets.getItemOrNullObject(ref.sheetId).load("id,name");
  await context.sync();
  if (sheet.isNullObject) return NONE;
  const [baseline, latest] = [
    await readSnapshot(context, sheet, ref.baselineColumn ?? BASELINE_COLUMN, ref.baselineRows),
    await readSnapshot(context, sheet, ref.latestColumn ?? LATEST_COLUMN, ref.latestRows),
  ];
  const problem = [baseline, latest].find((r) => r.error !== null)?.error ?? null;
  return { baseline: baseline.snapshot, latest: latest.snapshot, problem };
}

async function readSnapshot(
  context: XRequestContext,
  sheet: XWorksheet,
  columnIndex: number,
  rowCount: number
): Promise<{ snapshot: TierSnapshot | null; error: HistoryError | null }> {
  if (rowCount === 0) return { snapshot: null, error: null };
  const input = await readSource(
    context,
    {
      sheetId: sheet.id,
      sheetName: sheet.name,
      rowIndex: 0,
      columnIndex,
      rowCount,
      columnCount: HISTORY_COLUMN_COUNT,
      tableName: null,
    },
    {},
    false
  );
  const read = decodeHistory(input.values);
  return read.ok ? { snapshot: read.snapshot, error: null } : { snapshot: null, error: read.error };
}

/** A snapshot's place on the history sheet. */
interface Placed {
  column: number;
  rows: number;
}

/**
 * Writes the snapshots that changed into spare slots and returns where both are; the stored
 * model's slots are never written (see the top of this file).
 */
export async function writeHistory(
  scope: RunScope,
  snapshots: Pick<TierHistory, "baseline" | "latest" | "rewrite"> & {
    stored?: Pick<StoredHistory, "latest">;
  }
): Promise<HistoryRef> {
  const { context, modelId, hooks } = scope;
  const { baseline, latest, rewrite } = snapshots;
  const previous = scope.previous?.written.history;
  // Very hidden: not offered by Unhide, so nobody edits it by accident; it is found by id.
  const sheet = await ensureSheet(
    context,
    `CT_${modelId}_History`,
    previous?.sheetId ?? null,
    (created) => (created.visibility = "VeryHidden"),
    sheetAnchorName(modelId, "history")
  );
  const fresh = sheet.id !== previous?.sheetId;
  const old = {
    baseline: {
      column: previous?.baselineColumn ?? BASELINE_COLUMN,
      rows: previous?.baselineRows ?? 0,
    },
    latest: { column: previous?.latestColumn ?? LATEST_COLUMN, rows: previous?.latestRows ?? 0 },
  };
  const spare = SLOT_COLUMNS.filter(
    (c) => fresh || (c !== old.baseline.column && c !== old.latest.column)
  );
  const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  await context.sync();
  const usedRows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  const write = async (snapshot: TierSnapshot | null): Promise<Placed> => {
    const column = spare.shift();
    if (column === undefined) throw new Error("no spare history slot"); // 4 slots, 2 in use
    return {
      column,
      rows: await replaceSnapshot(context, sheet, column, usedRows, snapshot, hooks),
    };
  };
  // The usual refresh: the new baseline is the old latest, where it is (never rewritten).
  let newBaseline: Placed;
  if (!fresh && !rewrite.baseline) newBaseline = old.baseline;
  else if (!fresh && baseline !== null && baseline === snapshots.stored?.latest)
    newBaseline = old.latest;
  else newBaseline = await write(baseline);
  const newLatest = !fresh && !rewrite.latest ? old.latest : await write(latest);
  return {
    sheetId: sheet.id,
    baselineRows: newBaseline.rows,
    latestRows: newLatest.rows,
    baselineColumn: newBaseline.column,
    latestColumn: newLatest.column,
  };
}

/** Empties a slot (down to the sheet's last used row) and writes the snapshot; its row count. */
async function replaceSnapshot(
  context: XRequestContext,
  sheet: XWorksheet,
  columnIndex: number,
  usedRows: number,
  snapshot: TierSnapshot | null,
  hooks: ExcelHooks
): Promise<number> {
  const rowCount = snapshot ? historyRowCount(snapshot) : 0;
  if (usedRows > rowCount)
    sheet
      .getRangeByIndexes(rowCount, columnIndex, usedRows - rowCount, HISTORY_COLUMN_COUNT)
      .clear("Contents");
  if (snapshot && rowCount > 0) {
    await writeRows(
      context,
      sheet,
      {
        rowIndex: 0,
        columnIndex,
        columnCount: HISTORY_COLUMN_COUNT,
        rowCount,
        formats: FORMATS,
        rows: (from, to) => historyRows(snapshot, from, to).map(asCells),
      },
      hooks
    );
  }
  await context.sync();
  return rowCount;
}

/** Strings as text, whatever they look like: ids such as "00123" or "=1" must come back as typed. */
function asCells(row: (string | number)[]): OutValue[] {
  return row.map((v) => (typeof v === "string" ? safeText(v) : v));
}
