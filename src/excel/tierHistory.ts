// The tiers of earlier runs and what this run makes of them: the snapshot to compare with, which
// stored snapshots to write again, and the migration sheet that shows the comparison.
import {
  compareTiers,
  historyErrorMessage,
  type Migration,
  sameTiers,
  type SegmentResult,
  snapshotOf,
  type TierSnapshot,
} from "../core";
import type { XRequestContext } from "./api";
import { readHistory, type StoredHistory } from "./historyStore";
import { clearMigrationSheet, writeMigrationSheet } from "./migrationWriter";
import type { StoredModel } from "./model";
import type { RunScope } from "./runScope";

export interface TierHistory {
  stored: StoredHistory;
  baseline: TierSnapshot | null;
  latest: TierSnapshot;
  /** Which stored snapshots must be written again (a damaged history is always rewritten). */
  rewrite: { baseline: boolean; latest: boolean };
  migration: Migration | null;
}

/**
 * The tiers to compare with: the last run's, unless this run gave the very same tiers (a refresh
 * without changes), in which case the comparison the last run showed still stands.
 */
export async function tierHistory(
  context: XRequestContext,
  previous: StoredModel | null,
  result: SegmentResult,
  now: string
): Promise<TierHistory> {
  const stored = await readHistory(context, previous?.written.history);
  const snapshot = snapshotOf(result, now);
  const unchanged = stored.latest !== null && sameTiers(stored.latest, snapshot);
  const latest = unchanged && stored.latest ? stored.latest : snapshot;
  const baseline = unchanged ? stored.baseline : stored.latest;
  const damaged = stored.problem !== null;
  return {
    stored,
    baseline,
    latest,
    rewrite: { baseline: damaged || baseline !== stored.baseline, latest: damaged || !unchanged },
    migration: baseline ? compareTiers(baseline, latest) : null,
  };
}

/**
 * The migration sheet: rewritten when there is a comparison; emptied, with the reason, when the
 * stored tiers could not be read, so it never shows moves measured from tiers we did not trust.
 */
export async function updateMigrationSheet(
  scope: RunScope,
  tiers: TierHistory
): Promise<StoredModel["written"]["migrationSheet"]> {
  const old = scope.previous?.written.migrationSheet;
  if (tiers.migration) return writeMigrationSheet(scope, tiers.migration);
  if (!old || !tiers.stored.problem) return old;
  const note = historyErrorMessage(tiers.stored.problem, scope.language);
  return clearMigrationSheet(scope.context, old, note);
}
