// A Scorer (and a Backtester) for the adapter that runs in a Web Worker. Cancelling terminates the worker: the core's
// loops never wait for messages, so stopping the thread is the only prompt way, and it is clean
// because scoring writes nothing.
import { proxy, wrap, type Remote } from "comlink";
import { CancelledError, type Progress, type SheetInput } from "../../core";
import type { Backtester, Scorer } from "../../excel";
import { keepErrorCodes } from "./errorTransfer";
import type { ScoringApi } from "./scoring.worker";

keepErrorCodes();

/** Rows per message: each copy into the worker is a short task, not one long one. */
const ROWS_PER_MESSAGE = 10_000;

async function send(remote: Remote<ScoringApi>, input: SheetInput): Promise<void> {
  for (let i = 0; i < input.values.length; i += ROWS_PER_MESSAGE) {
    const formats = input.numberFormats?.slice(i, i + ROWS_PER_MESSAGE) ?? null;
    await remote.append(input.values.slice(i, i + ROWS_PER_MESSAGE), formats);
  }
}

type Placement = { firstRowNumber?: number; firstColumnIndex?: number };

export const SCORING_START = "tiers:scoring-start";
export const SCORING_END = "tiers:scoring-end";

export interface WorkerScorer {
  score: Scorer;
  backtest: Backtester;
  cancel(): void;
}

export function workerScorer(onProgress: (p: Progress) => void): WorkerScorer {
  let worker: Worker | null = null;
  let rejectRun: ((error: Error) => void) | null = null;
  /** Sends the rows to a fresh worker, runs `call` there, and ends the worker however it ends. */
  const inWorker = <T>(
    input: SheetInput,
    call: (remote: Remote<ScoringApi>, at: Placement) => Promise<T>
  ): Promise<T> =>
    new Promise((resolve, reject) => {
      // Marks on the pane's timeline, so a performance trace shows what ran while scoring.
      performance.mark(SCORING_START);
      const started = new Worker(new URL("./scoring.worker.ts", import.meta.url));
      worker = started;
      rejectRun = reject;
      // An error in the worker (a chunk it could not load, an exception outside comlink's calls)
      // ends the run with it, instead of reaching the page as an uncaught error; after a cancel
      // (terminate() can interrupt the worker's importScripts of its lazily loaded chunks) it is
      // expected and dropped.
      started.onerror = (event) => {
        event.preventDefault();
        if (worker !== started) return;
        reject(new Error(event.message || "the scoring worker failed"));
        worker.terminate();
        worker = null;
      };
      const remote: Remote<ScoringApi> = wrap<ScoringApi>(worker);
      const at = { firstRowNumber: input.firstRowNumber, firstColumnIndex: input.firstColumnIndex };
      send(remote, input)
        .then(() => call(remote, at))
        .then(resolve, reject)
        .finally(() => {
          performance.mark(SCORING_END);
          worker?.terminate();
          worker = null;
        });
    });
  const score: Scorer = (input, options) =>
    inWorker(input, (remote, at) => remote.segment(at, options, proxy(onProgress)));
  const backtest: Backtester = (input, options, bt) =>
    inWorker(input, (remote, at) => remote.backtest(at, options, bt));
  return {
    score,
    backtest,
    cancel() {
      worker?.terminate();
      worker = null;
      rejectRun?.(new CancelledError());
    },
  };
}
