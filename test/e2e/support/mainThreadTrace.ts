// What held the page's thread during a browser test, from a Chromium trace (Playwright's
// browser.startTracing): every task the thread ran, not only the Long Tasks API's tasks over 50 ms,
// each split into the workbook's time ("tiers:host" spans: in Excel that work runs in Excel's
// process), garbage collection, and what is left, the add-in's own share.
//
// Why a trace and not the Long Tasks API in the page: a long task is reported only past 50 ms, so an
// add-in task near that line read 0 ms in one run and 60 in the next; GC set off by the double's
// allocations lands in whichever task runs next, often the add-in's; and the page and the pane's
// iframe each have their own clock. The trace has all tasks, the GC inside them and the spans, on
// one clock.
import type { Page } from "playwright-core";

/** The trace events read here (Chrome's Trace Event Format; times in microseconds). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: what the thread spent running, not waiting for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  id2?: { local?: string };
  args?: { data?: { startTime?: number } };
}

export interface Span {
  start: number;
  duration: number;
}

/** A task of the page's thread, in ms on the trace's clock. */
export interface ThreadTask extends Span {
  /** Thread time: on a loaded machine a task waits for a core, and its wall time stretches. */
  cpuMs: number;
  hostMs: number;
  /** GC outside the host spans: V8's, set off by whoever allocated, the double included. */
  gcMs: number;
  /** What is left: the add-in's own time in the task. */
  addinMs: number;
  /** The same share of the task's thread time (its CPU spread evenly over the task). */
  addinCpuMs: number;
}

export const HOST_SPAN = "tiers:host";
// RunTask: one task of a thread (thread time included); MinorGC, MajorGC and V8.GC_*: V8's
// collections and incremental marking steps; user timing: marks and measures.
const CATEGORIES = [
  "disabled-by-default-devtools.timeline",
  "devtools.timeline",
  "blink.user_timing",
];

/** Traces the page's processes while `work` runs. */
export async function traced<T>(
  page: Page,
  work: () => Promise<T>
): Promise<{ result: T; events: TraceEvent[] }> {
  const browser = page.context().browser();
  if (!browser) throw new Error("tracing needs a launched browser");
  await browser.startTracing(page, { categories: CATEGORIES });
  const result = await work().catch(async (error: unknown) => {
    await browser.stopTracing();
    throw error;
  });
  const buffer = await browser.stopTracing();
  const { traceEvents } = JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] };
  return { result, events: traceEvents };
}

const onThread = (e: TraceEvent, thread: TraceEvent): boolean =>
  e.pid === thread.pid && e.tid === thread.tid;

/** A user-timing mark (performance.mark) by name: when, on the trace's and on its page's clock. */
export function markTime(events: TraceEvent[], name: string): { ms: number; pageMs: number } {
  const mark = events.find((e) => e.name === name && (e.ph === "I" || e.ph === "R"));
  const pageMs = mark?.args?.data?.startTime;
  if (!mark || pageMs === undefined) throw new Error(`no mark ${name} in the trace`);
  return { ms: mark.ts / 1000, pageMs };
}

/** performance.measure spans by name: async begin/end pairs, and instants for empty ones. */
function measures(events: TraceEvent[], name: string): { spans: Span[]; thread?: TraceEvent } {
  const begun = new Map<string, TraceEvent>();
  const spans: Span[] = [];
  let thread: TraceEvent | undefined;
  for (const e of events) {
    if (e.name !== name) continue;
    thread ??= e;
    const id = e.id2?.local ?? "";
    if (e.ph === "b") begun.set(id, e);
    else if (e.ph === "n") spans.push({ start: e.ts / 1000, duration: 0 });
    else if (e.ph === "e" && begun.has(id)) {
      const start = (begun.get(id) as TraceEvent).ts / 1000;
      spans.push({ start, duration: e.ts / 1000 - start });
      begun.delete(id);
    }
  }
  return { spans, thread };
}

function completeEvents(
  events: TraceEvent[],
  thread: TraceEvent,
  wanted: (name: string) => boolean
): (Span & { cpuMs: number })[] {
  return events
    .filter((e) => e.ph === "X" && wanted(e.name) && onThread(e, thread))
    .map((e) => ({
      start: e.ts / 1000,
      duration: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? e.dur ?? 0) / 1000,
    }));
}

const isGc = (name: string): boolean =>
  name === "MinorGC" || name === "MajorGC" || name.startsWith("V8.GC_");

/** Time of `task` that `spans` cover, overlaps between the spans counted once. */
function covered(task: Span, spans: Span[]): number {
  const end = task.start + task.duration;
  const cut = spans
    .map((s) => [Math.max(task.start, s.start), Math.min(end, s.start + s.duration)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reached = task.start;
  for (const [a, b] of cut) {
    if (b <= reached) continue;
    total += b - Math.max(a, reached);
    reached = b;
  }
  return total;
}

/**
 * Every task of the thread the host spans were measured on (the preview page's, which the pane's
 * iframe shares), with its share of host work, GC and the add-in's own time.
 */
export function threadTasks(events: TraceEvent[]): { tasks: ThreadTask[]; host: Span[] } {
  const { spans: host, thread } = measures(events, HOST_SPAN);
  if (!thread) return { tasks: [], host };
  const gc = completeEvents(events, thread, isGc);
  const tasks = completeEvents(events, thread, (name) => name === "RunTask").map((task) => {
    const hostMs = covered(task, host);
    const busyMs = covered(task, [...host, ...gc]);
    const addinMs = task.duration - busyMs;
    const addinCpuMs = task.duration > 0 ? (addinMs * task.cpuMs) / task.duration : 0;
    return { ...task, hostMs, gcMs: busyMs - hostMs, addinMs, addinCpuMs };
  });
  return { tasks, host };
}
