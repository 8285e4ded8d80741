// The ribbon's Refresh and the pane share one runtime: without a queue, a Refresh clicked while
// the pane writes a Segment run would interleave two batches' writes to the same tables and sheets.

let tail: Promise<unknown> = Promise.resolve();

/** Runs the task once every task queued before it has finished (or failed). */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}
