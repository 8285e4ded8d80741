// TIER.CLV_INTERVAL's work runs off Excel's thread. In Excel the TIER functions run on the shared
// runtime's one thread, with the task pane and the ribbon: an analysis of a large summary (two fits,
// their standard errors and a few hundred parameter draws per customer) would hold it for seconds,
// freezing them all, and desktop Office restarts an add-in unresponsive for 5 s. Microsoft's
// answer for long custom functions in a shared runtime is a Web Worker (OfficeDev/
// Office-Add-in-samples, Excel-custom-functions/web-worker: "When using the shared runtime,
// custom functions block the UI of your Office Add-in when they run"). The page registers the
// runner that starts that worker (analysisWorker.ts); where there is none (Node: the tests and
// the benches) the analysis runs here, after giving the thread one turn.
import { clvAnalysis, errorFromWire, type ClvAnalysis } from "../../core";
import { nextTurn } from "../yielding";
import type { AnalysisReply, AnalysisRequest } from "./analysisRequest";

/** Sends a request to another thread and resolves with its reply. */
export type AnalysisRunner = (request: AnalysisRequest) => Promise<AnalysisReply>;

let runner: AnalysisRunner | null = null;

/** The page's runner (a Web Worker), or null to run in place. */
export function setAnalysisRunner(run: AnalysisRunner | null): void {
  runner = run;
}

/** clvAnalysis() on the runner's thread, with the same result and the same errors. */
export async function clvAnalysisOffThread(request: AnalysisRequest): Promise<ClvAnalysis> {
  if (runner === null) {
    await nextTurn();
    return clvAnalysis(request.input, request.options);
  }
  const reply = await runner(request);
  if (!reply.ok) throw errorFromWire(reply.error);
  return reply.analysis;
}
