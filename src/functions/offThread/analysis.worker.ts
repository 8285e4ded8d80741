// The Web Worker a TIER function's analysis runs in (offThread.ts says why). The rows arrive in
// slices, then the request to run; one request per worker: the page ends it when the reply comes.
import type { CellValue } from "../../core";
import { answer, type AnalysisReply } from "./analysisRequest";
import type { WorkerMessage } from "./workerMessage";

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  postMessage(reply: AnalysisReply): void;
}

const scope = self as unknown as WorkerScope;
const values: CellValue[][] = [];
scope.onmessage = ({ data }) => {
  if (data.type === "rows") {
    for (const row of data.rows) values.push(row);
    return;
  }
  const { kind, options, firstRowNumber } = data;
  scope.postMessage(answer({ kind, options, input: { values, firstRowNumber } }));
};
