// Imported by the pages only (the task pane, which is also the shared runtime, and the preview):
// registers the Web Worker that runs the heavy TIER functions' analyses (offThread.ts). Kept apart
// because `import.meta.url`, which webpack needs to bundle the worker, does not compile for jest.
import type { AnalysisKind, AnalysisReply, AnalysisRequest } from "./analysisRequest";
import { setAnalysisRunner } from "./offThread";
import type { WorkerMessage } from "./workerMessage";
import { nextTurn } from "../yielding";

/** Rows per message: each copy into the worker is a short task, not one long one. */
const ROWS_PER_MESSAGE = 10_000;

async function send(worker: Worker, request: AnalysisRequest): Promise<void> {
  const { values, firstRowNumber } = request.input;
  for (let i = 0; i < values.length; i += ROWS_PER_MESSAGE) {
    const message: WorkerMessage = { type: "rows", rows: values.slice(i, i + ROWS_PER_MESSAGE) };
    worker.postMessage(message);
    await nextTurn();
  }
  const run: WorkerMessage = {
    type: "run",
    kind: request.kind,
    options: request.options,
    firstRowNumber,
  };
  worker.postMessage(run);
}

function runInWorker<K extends AnalysisKind>(
  request: AnalysisRequest<K>
): Promise<AnalysisReply<K>> {
  const worker = new Worker(
    /* webpackChunkName: "analysis.worker" */ new URL("./analysis.worker.ts", import.meta.url)
  );
  return new Promise<AnalysisReply<K>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<AnalysisReply<K>>) => resolve(event.data);
    // A worker that could not start or load its chunk: the cell shows an error, the page none.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || "the analysis worker failed"));
    };
    worker.onmessageerror = () =>
      reject(new Error("the analysis worker's reply could not be read"));
    send(worker, request).catch(reject);
  }).finally(() => worker.terminate());
}

setAnalysisRunner(runInWorker);
