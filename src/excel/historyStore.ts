// The tiers of earlier runs, per customer, on one very hidden sheet per model (the settings store
// is far too small for 100,000 customers). Two snapshots side by side: the baseline a migration is
// measured from, and the latest run's tiers. A refresh whose tiers equal the latest keeps both, so
// refreshing twice without changes leaves the workbook as refreshing once did.
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
import type { RunScope } from "./runScope";
import type { TierHistory } from "./tierHistory";
import { ensureSheet } from "./sheets";
import { writeRows } from "./writeRows";

const BASELINE_COLUMN = 0;
const LATEST_COLUMN = HISTORY_COLUMN_COUNT + 1;
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
    await readSnapshot(context, sheet, BASELINE_COLUMN, ref.baselineRows),
    await readSnapshot(context, sheet, LATEST_COLUMN, ref.latestRows),
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

/** Writes both snapshots (unchanged ones are not rewritten) and returns where they are. */
export async function writeHistory(
  scope: RunScope,
  snapshots: Pick<TierHistory, "baseline" | "latest" | "rewrite">
): Promise<HistoryRef> {
  const { context, modelId, hooks } = scope;
  const { baseline, latest, rewrite } = snapshots;
  const previous = scope.previous?.written.history;
  // Very hidden: not offered by Unhide, so nobody edits it by accident; it is found by id.
  const sheet = await ensureSheet(
    context,
    `CT_${modelId}_History`,
    previous?.sheetId ?? null,
    (created) => (created.visibility = "VeryHidden")
  );
  const fresh = sheet.id !== previous?.sheetId;
  const rows = {
    baselineRows: fresh ? 0 : (previous?.baselineRows ?? 0),
    latestRows: fresh ? 0 : (previous?.latestRows ?? 0),
  };
  if (fresh || rewrite.baseline)
    rows.baselineRows = await replaceSnapshot(
      context,
      sheet,
      BASELINE_COLUMN,
      rows.baselineRows,
      baseline,
      hooks
    );
  if (fresh || rewrite.latest)
    rows.latestRows = await replaceSnapshot(
      context,
      sheet,
      LATEST_COLUMN,
      rows.latestRows,
      latest,
      hooks
    );
  return { sheetId: sheet.id, ...rows };
}

/** Clears the old snapshot's rows and writes the new one; returns its row count. */
async function replaceSnapshot(
  context: XRequestContext,
  sheet: XWorksheet,
  columnIndex: number,
  oldRows: number,
  snapshot: TierSnapshot | null,
  hooks: ExcelHooks
): Promise<number> {
  const rowCount = snapshot ? historyRowCount(snapshot) : 0;
  if (oldRows > rowCount)
    sheet
      .getRangeByIndexes(rowCount, columnIndex, oldRows - rowCount, HISTORY_COLUMN_COUNT)
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
