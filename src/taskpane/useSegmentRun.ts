// The pane's run: score what is selected at the moment of the click in a worker, ask before
// overwriting, write, and report. One state at a time, so the UI is a plain function of it; what
// the selection holds is useSelection's, and stays current while results are shown.
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import type { DeepPartial, SegmentOptions } from "../core";
import {
  backtestModel,
  type BacktestOutcome,
  type SegmentOutcome,
  segmentWorkbook,
  writeRejectedSheet,
  writeScored,
} from "../excel";
import type { ExcelHost } from "./excelHost";
import { loadSettings, saveSettings, toOptions, type PaneSettings } from "./paneSettings";
import { failureMessage } from "./runMessages";
import { runReducer, type RunState } from "./runState";
import { scoringProgress } from "./scoringProgress";
import { workerScorer, type WorkerScorer } from "./scoring/workerScorer";
import type { SelectionView } from "./selectionView";

export type { RunStage, RunState } from "./runState";

export interface SegmentRun {
  state: RunState;
  settings: PaneSettings | null;
  setSettings(s: PaneSettings): void;
  segment(): Promise<void>;
  cancel(): void;
  answerConflict(overwrite: boolean): Promise<void>;
  writeRejected(): Promise<string | null>;
  /** Backtests the last run's model and writes the backtest sheet (method.md section 11). */
  backtest(): Promise<BacktestOutcome | null>;
  activateSheet(sheetId: string): Promise<void>;
  /** Forgets the results shown (their model was deleted). */
  clear(): void;
}

/** Looks at the selection now: what Segment scores. */
export type Inspect = () => Promise<SelectionView | null>;

export function useSegmentRun(host: ExcelHost, inspect: Inspect): SegmentRun {
  const [state, dispatch] = useReducer(runReducer, { kind: "idle" } as RunState);
  const [settings, setSettings] = useState<PaneSettings | null>(null);
  const cancelRef = useRef<{ aborted: boolean; scorer: WorkerScorer | null }>({
    aborted: false,
    scorer: null,
  });
  const language = host.language;
  // The options of the run whose overwrite question is open: its answer writes with them.
  const optionsRef = useRef<DeepPartial<SegmentOptions>>({});

  const fail = useCallback(
    (error: unknown) => {
      const message = failureMessage(error, language);
      dispatch(message === null ? { type: "cancelled" } : { type: "failed", message });
    },
    [language]
  );

  useEffect(() => {
    let live = true;
    host
      .run((context) => loadSettings(context))
      .then((stored) => live && setSettings((current) => current ?? stored))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);

  const segment = useCallback(async () => {
    if (!settings) return;
    // What is selected now, not what was when the pane last looked: the user may have clicked
    // elsewhere since, and Excel does not always say so (office-js #4691).
    const view = await inspect();
    if (!view || view.missing.length > 0) return;
    const options = { ...toOptions(settings, language), mapping: view.mapping };
    optionsRef.current = options;
    const progress = scoringProgress((stage, fraction) =>
      dispatch({ type: "progress", stage, fraction })
    );
    const signal = { aborted: false, scorer: progress.scorer };
    cancelRef.current = signal;
    try {
      const outcome: SegmentOutcome = await host.run(async (context) => {
        const ran = await segmentWorkbook(context, {
          source: view.peek.source,
          options,
          score: progress.scorer.score,
          hooks: { signal, onProgress: progress.onProgress },
        });
        // Remembered only once something was written: a declined run leaves no trace.
        if (ran.status === "written") await saveSettings(context, settings);
        return ran;
      });
      progress.finish();
      if (outcome.status === "conflict") {
        dispatch({
          type: "conflict",
          conflicts: outcome.conflicts,
          result: outcome.result,
          source: outcome.source,
        });
      } else {
        const { result, model, migration, manualCalculation } = outcome;
        dispatch({ type: "written", result, model, migration, manualCalculation });
        // The data now has a model: the source card says a new run updates it.
        void inspect();
      }
    } catch (error) {
      progress.finish();
      fail(error);
    }
  }, [fail, host, inspect, language, settings]);

  const cancel = useCallback(() => {
    cancelRef.current.aborted = true;
    cancelRef.current.scorer?.cancel();
  }, []);

  const answerConflict = useCallback(
    async (overwrite: boolean) => {
      if (state.kind !== "conflict") return;
      if (!overwrite) return dispatch({ type: "decline" });
      const { result, source } = state;
      dispatch({ type: "overwrite" });
      try {
        const { model, migration, manualCalculation } = await host.run(async (context) => {
          const written = await writeScored(context, source, result, {
            options: optionsRef.current,
            overwrite: true,
          });
          if (settings) await saveSettings(context, settings);
          return written;
        });
        dispatch({ type: "written", result, model, migration, manualCalculation });
        void inspect();
      } catch (error) {
        fail(error);
      }
    },
    [fail, host, inspect, language, settings, state]
  );

  const writeRejected = useCallback(async () => {
    if (state.kind !== "done") return null;
    const { result, model } = state;
    return host.run((context) => writeRejectedSheet(context, model.id, result));
  }, [host, state]);

  const backtest = useCallback(async () => {
    if (state.kind !== "done") return null;
    const { model } = state;
    // Scored in a Web Worker like a run: a large sheet's backtest would freeze the pane (and the
    // shared runtime's functions) for seconds on this thread.
    const { backtest: inWorker } = workerScorer(() => undefined);
    return host.run((context) => backtestModel(context, model, undefined, inWorker));
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
    segment,
    cancel,
    answerConflict,
    writeRejected,
    backtest,
    activateSheet,
    clear: useCallback(() => dispatch({ type: "clear" }), []),
  };
}
