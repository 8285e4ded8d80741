// How every bench repeats a measurement: one warm-up call (compiles and caches what the runs
// reuse), then each timed run after a full collection, so no run pays for another's garbage.
import { collectGarbage } from "./gc";

export interface Timed<T> {
  seconds: number;
  result: T;
}

/** Wall time of one call, with its result. */
export function timed<T>(call: () => T): Timed<T> {
  const start = performance.now();
  const result = call();
  return { seconds: (performance.now() - start) / 1000, result };
}

export interface RunReport<T> {
  /** Told the warm-up's result, before the first run. */
  warmUp?: (result: T) => void;
  /** Told each run's result as it ends (index from 0). */
  run?: (result: T, index: number) => void;
}

/**
 * The results of `runs` calls after a warm-up. Keep `call`'s result small (figures, not the
 * output itself): the results are held until the last run ends.
 */
export function repeatRuns<T>(runs: number, call: () => T, report: RunReport<T> = {}): T[] {
  collectGarbage();
  const warm = call();
  report.warmUp?.(warm);
  const results: T[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    results.push(call());
    report.run?.(results[i], i);
  }
  return results;
}

/** timed() for a call that resolves later (a TIER function that returns a promise). */
export async function timedAsync<T>(call: () => Promise<T>): Promise<Timed<T>> {
  const start = performance.now();
  const result = await call();
  return { seconds: (performance.now() - start) / 1000, result };
}

/** repeatRuns() for calls that resolve later, one after another. */
export async function repeatRunsAsync<T>(
  runs: number,
  call: () => Promise<T>,
  report: RunReport<T> = {}
): Promise<T[]> {
  collectGarbage();
  const warm = await call();
  report.warmUp?.(warm);
  const results: T[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    results.push(await call());
    report.run?.(results[i], i);
  }
  return results;
}
