// Progress and cancellation for long runs. Loops call step() every chunk of rows; the cost of
// a report is paid once per CHUNK rows, not per row.
import { CancelledError } from "./errors";
import type { Progress, RunHooks } from "./result";

export const CHUNK = 1 << 16;

/** Where each stage sits in the whole run, as fractions of the progress bar. */
const STAGE_SPAN: Record<Progress["stage"], [number, number]> = {
  parsing: [0, 0.6],
  aggregating: [0.6, 0.8],
  scoring: [0.8, 0.95],
  summarising: [0.95, 1],
};

export class ProgressReporter {
  constructor(private readonly hooks: RunHooks = {}) {}

  /** Reports `done / total` of a stage and throws CancelledError when the run was cancelled. */
  step(stage: Progress["stage"], done: number, total: number): void {
    if (this.hooks.signal?.aborted) throw new CancelledError();
    if (!this.hooks.onProgress) return;
    const [from, to] = STAGE_SPAN[stage];
    const within = total > 0 ? Math.min(1, done / total) : 1;
    this.hooks.onProgress({ stage, fraction: from + (to - from) * within });
  }
}
