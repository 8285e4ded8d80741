// Progress of a run that reads, scores in the worker and writes: one callback for every stage.
// The worker's progress messages are asynchronous: one may arrive after the run ended and must
// not put the pane back into "Scoring", so they are dropped once the run is finished.
import type { ExcelProgress } from "../excel";
import { workerScorer, type WorkerScorer } from "./scoring/workerScorer";
import type { RunStage } from "./useSegmentRun";

export interface ScoringProgress {
  scorer: WorkerScorer;
  /** For the adapter's hooks: reading, checking, writing and charts. */
  onProgress(p: ExcelProgress): void;
  /** Call when the run ended, however it ended. */
  finish(): void;
}

export function scoringProgress(
  show: (stage: RunStage, fraction: number) => void
): ScoringProgress {
  let finished = false;
  const report = (stage: RunStage, fraction: number): void => {
    if (!finished) show(stage, fraction);
  };
  report("reading", 0);
  return {
    scorer: workerScorer((p) => report("scoring", p.fraction)),
    onProgress: (p) => report(p.stage, p.total > 0 ? p.done / p.total : 1),
    finish: () => {
      finished = true;
    },
  };
}
