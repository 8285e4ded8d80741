// The pane's run: inspect the selection, score in a worker, ask before overwriting, write, and
// report. One state at a time, so the UI is a plain function of it.
import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_OPTIONS, detectColumns, type DetectedColumns, type SegmentResult } from "../core";
import {
  type Conflict,
  type ExcelProgress,
  inspectSelection,
  type MigrationSummary,
  type SegmentOutcome,
  segmentWorkbook,
  type SelectionPeek,
  type SourceRef,
  type StoredModel,
  writeRejectedSheet,
  writeScored,
} from "../excel";
import type { ExcelHost } from "./excelHost";
import { loadSettings, saveSettings, toOptions, type PaneSettings } from "./paneSettings";
import { failureMessage } from "./runMessages";
import { scoringProgress } from "./scoringProgress";
import type { WorkerScorer } from "./scoring/workerScorer";

export type RunStage = ExcelProgress["stage"] | "scoring";

export type RunState =
  | { kind: "inspecting" }
  | { kind: "ready"; peek: SelectionPeek; detected: DetectedColumns }
  | { kind: "noData"; message: string | null }
  | { kind: "running"; stage: RunStage; fraction: number; cancellable: boolean }
  | { kind: "conflict"; conflicts: Conflict[]; result: SegmentResult; source: SourceRef }
  | {
      kind: "done";
      result: SegmentResult;
      model: StoredModel;
      /** Who moved since the last run on this data, when there was one with other tiers. */
      migration: MigrationSummary | null;
    }
  | { kind: "cancelled" }
  | { kind: "declined" }
  | { kind: "failed"; message: string };

export interface SegmentRun {
  state: RunState;
  settings: PaneSettings | null;
  setSettings(s: PaneSettings): void;
  inspect(): Promise<SelectionPeek | null>;
  segment(): Promise<void>;
  cancel(): void;
  answerConflict(overwrite: boolean): Promise<void>;
  writeRejected(): Promise<string | null>;
  activateSheet(sheetId: string): Promise<void>;
}

export function useSegmentRun(host: ExcelHost): SegmentRun {
  const [state, setState] = useState<RunState>({ kind: "inspecting" });
  const [settings, setSettings] = useState<PaneSettings | null>(null);
  const cancelRef = useRef<{ aborted: boolean; scorer: WorkerScorer | null }>({
    aborted: false,
    scorer: null,
  });
  const language = host.language;

  const fail = useCallback(
    (error: unknown) => {
      const message = failureMessage(error, language);
      setState(message === null ? { kind: "cancelled" } : { kind: "failed", message });
    },
    [language]
  );

  const inspect = useCallback(async () => {
    setState({ kind: "inspecting" });
    try {
      const [peek, stored] = await host.run(
        async (context) => [await inspectSelection(context), await loadSettings(context)] as const
      );
      setSettings((current) => current ?? stored);
      const detected = detectColumns(peek.peek, { ...DEFAULT_OPTIONS, mapping: stored.mapping });
      setState({ kind: "ready", peek, detected });
      return peek;
    } catch (error) {
      setState({ kind: "noData", message: failureMessage(error, language) });
      return null;
    }
  }, [host, language]);

  useEffect(() => {
    void inspect();
  }, [inspect]);

  const segment = useCallback(async () => {
    if (!settings) return;
    // After a run the data may have changed: look at the selection again before the next one.
    const peek = state.kind === "ready" ? state.peek : await inspect();
    if (!peek) return;
    const progress = scoringProgress((stage, fraction) =>
      setState({
        kind: "running",
        stage,
        fraction,
        cancellable: stage === "reading" || stage === "scoring" || stage === "checking",
      })
    );
    const signal = { aborted: false, scorer: progress.scorer };
    cancelRef.current = signal;
    try {
      const outcome: SegmentOutcome = await host.run(async (context) => {
        const ran = await segmentWorkbook(context, {
          source: peek.source,
          options: toOptions(settings, language),
          score: progress.scorer.score,
          hooks: { signal, onProgress: progress.onProgress },
        });
        // Remembered only once something was written: a declined run leaves no trace.
        if (ran.status === "written") await saveSettings(context, settings);
        return ran;
      });
      progress.finish();
      if (outcome.status === "conflict") {
        setState({
          kind: "conflict",
          conflicts: outcome.conflicts,
          result: outcome.result,
          source: outcome.source,
        });
      } else {
        const { result, model, migration } = outcome;
        setState({ kind: "done", result, model, migration });
      }
    } catch (error) {
      progress.finish();
      fail(error);
    }
  }, [fail, host, inspect, language, settings, state]);

  const cancel = useCallback(() => {
    cancelRef.current.aborted = true;
    cancelRef.current.scorer?.cancel();
  }, []);

  const answerConflict = useCallback(
    async (overwrite: boolean) => {
      if (state.kind !== "conflict") return;
      if (!overwrite) return setState({ kind: "declined" });
      const { result, source } = state;
      setState({ kind: "running", stage: "writing", fraction: 0, cancellable: false });
      try {
        const { model, migration } = await host.run(async (context) => {
          const written = await writeScored(context, source, result, {
            options: settings ? toOptions(settings, language) : {},
            overwrite: true,
          });
          if (settings) await saveSettings(context, settings);
          return written;
        });
        setState({ kind: "done", result, model, migration });
      } catch (error) {
        fail(error);
      }
    },
    [fail, host, language, settings, state]
  );

  const writeRejected = useCallback(async () => {
    if (state.kind !== "done") return null;
    const { result, model } = state;
    return host.run((context) => writeRejectedSheet(context, model.id, result));
  }, [host, state]);

  const activateSheet = useCallback(
    (sheetId: string) =>
      host.run(async (context) => {
        context.workbook.worksheets.getItem(sheetId).activate();
        await context.sync();
      }),
    [host]
  );

  return {
    state,
    settings,
    setSettings,
    inspect,
    segment,
    cancel,
    answerConflict,
    writeRejected,
    activateSheet,
  };
}
