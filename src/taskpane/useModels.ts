// The pane's side of Refresh: the models stored in the workbook, refreshing one or all of them
// (asking before the user's cells are overwritten), renaming, and deleting after asking.
import { useCallback, useEffect, useReducer, useState } from "react";
import { onRibbonOutcome } from "../commands/ribbonReports";
import type { Language } from "../core";
import {
  deleteModel,
  forgetModel,
  loadModels,
  refreshModels,
  relinkModel,
  type RefreshReport,
  renameModel,
  sheetsToDelete,
  type StoredModel,
  type UnreadableModel,
} from "../excel";
import type { ExcelHost } from "./excelHost";
import { refreshReducer, type RefreshState } from "./refreshState";
import { failureMessage } from "./runMessages";
import { scoringProgress } from "./scoringProgress";

export type { RefreshState } from "./refreshState";

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
  /** A model whose sheets could not be proven its own: follow its marks, then refresh it. */
  relink(id: string): Promise<void>;
  /** ... or forget it, leaving every sheet as it is. */
  startFresh(id: string): Promise<void>;
}

/** A later report's entries replace an earlier one's for the same models. */
export function useModels(host: ExcelHost): Models {
  const [models, setModels] = useState<StoredModel[]>([]);
  const [unreadable, setUnreadable] = useState<UnreadableModel[]>([]);
  const [refreshState, dispatch] = useReducer(refreshReducer, { kind: "idle" } as RefreshState);
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
          dispatch({ type: "failed", message });
        } else dispatch({ type: "ribbon", report: outcome.report });
        void reload();
      }),
    [language, reload]
  );

  const run = useCallback(
    async (ids: string[] | undefined, overwrite: boolean): Promise<RefreshReport> => {
      const progress = scoringProgress((stage, fraction) =>
        dispatch({ type: "progress", stage, fraction })
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
      dispatch({ type: "reported", report });
      void reload();
    },
    [reload]
  );

  const refresh = useCallback(
    async (ids?: string[]) => {
      try {
        settle(await run(ids, false));
      } catch (error) {
        dispatch({ type: "failed", message: failureMessage(error, language) ?? "" });
      }
    },
    [language, run, settle]
  );

  const answerConflict = useCallback(
    async (overwrite: boolean) => {
      if (refreshState.kind !== "conflict") return;
      const { report } = refreshState;
      if (!overwrite) return dispatch({ type: "decline" });
      const ids = report.models.filter((m) => m.status === "conflict").map((m) => m.model.id);
      try {
        const again = await run(ids, true);
        dispatch({ type: "rewritten", earlier: report, later: again });
        void reload();
      } catch (error) {
        dispatch({ type: "failed", message: failureMessage(error, language) ?? "" });
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
        dispatch({ type: "failed", message: failureMessage(error, language) ?? "" });
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
        dispatch({ type: "forget", modelId: pending.model.id });
        await reload();
      });
    },
    [attempt, host, pendingDelete, reload]
  );

  const relink = useCallback(
    (id: string) =>
      attempt(async () => {
        await host.run((context) => relinkModel(context, id));
        await refresh([id]);
      }),
    [attempt, host, refresh]
  );

  const startFresh = useCallback(
    (id: string) =>
      attempt(async () => {
        await host.run((context) => forgetModel(context, id));
        dispatch({ type: "clear" });
        await reload();
      }),
    [attempt, host, reload]
  );

  const clearReport = useCallback(() => dispatch({ type: "clear" }), []);

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
    relink,
    startFresh,
  };
}
