// Long custom functions give Excel's thread back. In Excel a custom function runs on the shared
// runtime's one thread, with the task pane and every other TIER function: a BG/NBD fit on a large
// range that ran in one go would freeze them all for seconds (and desktop Office restarts an add-in
// unresponsive for 5 s). The core's fits run as Steps that yield between BFGS iterations when
// asked; here they are asked every SLICE_MS and resumed on a later task (setTimeout 0), so no
// stretch of the work holds the thread much longer than that. The result is the same, iteration
// for iteration (core: minimizeFromStarts.ts).
import type { Pause, Steps } from "../core";

/** Longest stretch of work between two turns of the event loop, in milliseconds. */
export const SLICE_MS = 30;

/** Waits for a later task: the event loop runs whatever Excel or the pane queued meanwhile. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs Steps, giving the thread back whenever a slice has run SLICE_MS. */
export async function runYielding<T>(
  make: (pause: Pause) => Steps<T>,
  turn: () => Promise<void> = nextTurn,
  sliceMs = SLICE_MS
): Promise<T> {
  let sliceStart = performance.now();
  const steps = make(() => performance.now() - sliceStart > sliceMs);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await turn();
    sliceStart = performance.now();
  }
}
