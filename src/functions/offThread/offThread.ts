// The heavy TIER functions run their analysis off Excel's thread. In Excel the TIER functions run
// on the shared runtime's one thread, with the task pane and the ribbon: an analysis of a large
// range (TIER.CLV_INTERVAL's two fits, standard errors and a few hundred parameter draws per
// customer; TIER.RFM's scoring of every order) would hold it for seconds, freezing them all, and
// desktop Office restarts an add-in unresponsive for 5 s. Microsoft's answer for long custom
// functions in a shared runtime is a Web Worker (OfficeDev/Office-Add-in-samples,
// Excel-custom-functions/web-worker: "When using the shared runtime, custom functions block the
// UI of your Office Add-in when they run"). The page registers the runner that starts that worker
// (analysisWorker.ts); where there is none (Node: the tests and the benches) the analysis runs
// here, after giving the thread one turn.
import { errorFromWire } from "../../core";
import { nextTurn } from "../yielding";
import {
  analyse,
  type Analyses,
  type AnalysisKind,
  type AnalysisReply,
  type AnalysisRequest,
} from "./analysisRequest";

/** Sends a request to another thread and resolves with its reply. */
export type AnalysisRunner = <K extends AnalysisKind>(
  request: AnalysisRequest<K>
) => Promise<AnalysisReply<K>>;

let runner: AnalysisRunner | null = null;

/** The page's runner (a Web Worker), or null to run in place. */
export function setAnalysisRunner(run: AnalysisRunner | null): void {
  runner = run;
}

/** The analysis on the runner's thread, with the same result and the same errors as in place. */
export async function analyseOffThread<K extends AnalysisKind>(
  request: AnalysisRequest<K>
): Promise<Analyses[K]> {
  if (runner === null) {
    await nextTurn();
    return analyse(request);
  }
  const reply = await runner(request);
  if (!reply.ok) throw errorFromWire(reply.error);
  return reply.result;
}
