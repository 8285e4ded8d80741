// The Web Worker TIER.CLV_INTERVAL's analysis runs in (clvAnalysisOffThread.ts says why). One
// request per worker: the page ends it when the reply arrives.
import { answer, type AnalysisReply, type AnalysisRequest } from "./analysisRequest";

/** The part of a dedicated worker's global scope used here (the DOM lib types `self` as Window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null;
  postMessage(reply: AnalysisReply): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => scope.postMessage(answer(event.data));
