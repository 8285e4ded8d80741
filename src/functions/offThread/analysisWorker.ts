// Imported by the pages only (the task pane, which is also the shared runtime, and the preview):
// registers the Web Worker that runs TIER.CLV_INTERVAL's analysis. Kept apart because
// `import.meta.url`, which webpack needs to bundle the worker, does not compile for jest.
import type { AnalysisReply, AnalysisRequest } from "./analysisRequest";
import { setAnalysisRunner } from "./clvAnalysisOffThread";

function runInWorker(request: AnalysisRequest): Promise<AnalysisReply> {
  const worker = new Worker(
    /* webpackChunkName: "clvAnalysis.worker" */ new URL("./clvAnalysis.worker.ts", import.meta.url)
  );
  return new Promise<AnalysisReply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<AnalysisReply>) => resolve(event.data);
    // A worker that could not start or load its chunk: the cell shows an error, the page none.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || "the analysis worker failed"));
    };
    worker.onmessageerror = () =>
      reject(new Error("the analysis worker's reply could not be read"));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

setAnalysisRunner(runInWorker);
