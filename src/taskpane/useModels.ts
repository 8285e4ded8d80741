// The pane's side of Refresh: the models stored in the workbook, refreshing one or all of them
// (asking before the user's cells are overwritten), renaming, and deleting after asking.
import { useCallback, useEffect, useState } from "react";
import { onRibbonOutcome } from "../commands/ribbonReports";
import type { Language } from "../core";
import {
  type Conflict,
  deleteModel,
  loadModels,
  type ModelRefresh,
  refreshModels,
  type RefreshReport,
  renameModel,
  sheetsToDelete,
  type StoredModel,
  type UnreadableModel,
} from "../excel";
import type { ExcelHost } from "./excelHost";
import { failureMessage } from "./runMessages";
import { scoringProgress } from "./scoringProgress";
import type { RunStage } from "./useSegmentRun";

export type RefreshState =
  | { kind: "idle" }
  | { kind: "running"; stage: RunStage; fraction: number }
  | { kind: "conflict"; report: RefreshReport; conflicts: Conflict[] }
  | { kind: "done"; report: RefreshReport; fromRibbon: boolean }
  | { kind: "failed"; message: string };

export interface PendingDelete {
  model: StoredModel;
  sheets: string[];
}

export interface Models {
  language: Language;
  models: StoredModel[];
  unreadable: UnreadableModel[];
  refreshState: RefreshState;
  pendingDelete: PendingDelete | null;
  /** Ids of the models deleted from this pane: results shown for them are gone too. */
  deleted: ReadonlySet<string>;
  reload(): Promise<void>;
  /** Forgets the last refresh's report (a new Segment run's results replace it). */
  clearReport(): void;
  refresh(ids?: string[]): Promise<void>;
  answerConflict(overwrite: boolean): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  askDelete(model: StoredModel): Promise<void>;
  answerDelete(confirmed: boolean): Promise<void>;
}

/** A later report's entries replace an earlier one's for the same models. */
function mergeReports(earlier: RefreshReport, later: RefreshReport): RefreshReport {
  const byId = new Map<string, ModelRefresh>(earlier.models.map((m) => [m.model.id, m]));
  later.models.forEach((m) => byId.set(m.model.id, m));
  return { models: [...byId.values()], unreadable: later.unreadable };
}

export function useModels(host: ExcelHost): Models {
  const [models, setModels] = useState<StoredModel[]>([]);
  const [unreadable, setUnreadable] = useState<UnreadableModel[]>([]);
  const [refreshState, setRefreshState] = useState<RefreshState>({ kind: "idle" });
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);
  const language = host.language;

  const reload = useCallback(async () => {
    try {
      const list = await host.run((context) => loadModels(context));
      setModels(list.models);
      setUnreadable(list.unreadable);
    } catch {
      // A workbook we cannot read settings from simply has no models to show.
      setModels([]);
    }
  }, [host]);

  useEffect(() => {
    void reload();
  }, [reload]);

  // The ribbon's Refresh ran in this same runtime: show what it did.
  useEffect(
    () =>
      onRibbonOutcome((outcome) => {
        if (outcome.kind === "failed") {
          const message = failureMessage(outcome.error, language) ?? "";
          setRefreshState({ kind: "failed", message });
        } else setRefreshState({ kind: "done", report: outcome.report, fromRibbon: true });
        void reload();
      }),
    [language, reload]
  );

  const run = useCallback(
    async (ids: string[] | undefined, overwrite: boolean): Promise<RefreshReport> => {
      const progress = scoringProgress((stage, fraction) =>
        setRefreshState({ kind: "running", stage, fraction })
      );
      try {
        return await host.run((context) =>
          refreshModels(context, {
            ids,
            overwrite,
            score: progress.scorer.score,
            hooks: { onProgress: progress.onProgress },
          })
        );
      } finally {
        progress.finish();
      }
    },
    [host]
  );

  const settle = useCallback(
    (report: RefreshReport) => {
      const conflicts = report.models.flatMap((m) => (m.status === "conflict" ? m.conflicts : []));
      setRefreshState(
        conflicts.length > 0
          ? { kind: "conflict", report, conflicts }
          : { kind: "done", report, fromRibbon: false }
      );
      void reload();
    },
    [reload]
  );

  const refresh = useCallback(
    async (ids?: string[]) => {
      try {
        settle(await run(ids, false));
      } catch (error) {
        setRefreshState({ kind: "failed", message: failureMessage(error, language) ?? "" });
      }
    },
    [language, run, settle]
  );

  const answerConflict = useCallback(
    async (overwrite: boolean) => {
      if (refreshState.kind !== "conflict") return;
      const { report } = refreshState;
      if (!overwrite) return setRefreshState({ kind: "done", report, fromRibbon: false });
      const ids = report.models.filter((m) => m.status === "conflict").map((m) => m.model.id);
      try {
        const again = await run(ids, true);
        setRefreshState({ kind: "done", report: mergeReports(report, again), fromRibbon: false });
        void reload();
      } catch (error) {
        setRefreshState({ kind: "failed", message: failureMessage(error, language) ?? "" });
      }
    },
    [language, refreshState, reload, run]
  );

  /** Rename and delete report what went wrong instead of failing without a word. */
  const attempt = useCallback(
    async (action: () => Promise<void>) => {
      try {
        await action();
      } catch (error) {
        setRefreshState({ kind: "failed", message: failureMessage(error, language) ?? "" });
      }
    },
    [language]
  );

  const rename = useCallback(
    (id: string, name: string) =>
      attempt(async () => {
        await host.run((context) => renameModel(context, id, name));
        await reload();
      }),
    [attempt, host, reload]
  );

  const askDelete = useCallback(
    (model: StoredModel) =>
      attempt(async () => {
        const sheets = await host.run((context) => sheetsToDelete(context, model));
        setPendingDelete({ model, sheets });
      }),
    [attempt, host]
  );

  const answerDelete = useCallback(
    async (confirmed: boolean) => {
      const pending = pendingDelete;
      setPendingDelete(null);
      if (!confirmed || !pending) return;
      await attempt(async () => {
        await host.run((context) => deleteModel(context, pending.model.id));
        setDeleted((ids) => new Set(ids).add(pending.model.id));
        // A refresh report about the deleted model would point at sheets that are gone.
        setRefreshState((state) =>
          state.kind === "done" && state.report.models.some((m) => m.model.id === pending.model.id)
            ? { kind: "idle" }
            : state
        );
        await reload();
      });
    },
    [attempt, host, pendingDelete, reload]
  );

  const clearReport = useCallback(() => setRefreshState({ kind: "idle" }), []);

  return {
    language,
    models,
    unreadable,
    refreshState,
    pendingDelete,
    deleted,
    reload,
    clearReport,
    refresh,
    answerConflict,
    rename,
    askDelete,
    answerDelete,
  };
}
