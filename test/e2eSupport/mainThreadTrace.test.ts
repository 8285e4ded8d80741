// The ribbon e2e's attribution of the page thread's tasks (test/e2e/support/mainThreadTrace.ts),
// on a hand-made trace: the workbook's spans and GC are taken out of a task, the rest is the
// add-in's, and a task with nothing else in it is the add-in's whole.
import { HOST_SPAN, markTime, threadTasks, type TraceEvent } from "../e2e/support/mainThreadTrace";

const PAGE = { pid: 1, tid: 1 };
const WORKER = { pid: 1, tid: 2 };
const us = (ms: number): number => ms * 1000;

function task(start: number, duration: number, cpu = duration, on = PAGE): TraceEvent {
  return { name: "RunTask", ph: "X", ts: us(start), dur: us(duration), tdur: us(cpu), ...on };
}
function gc(name: string, start: number, duration: number, on = PAGE): TraceEvent {
  return { name, ph: "X", ts: us(start), dur: us(duration), ...on };
}
function host(id: string, start: number, end: number): TraceEvent[] {
  return [
    { name: HOST_SPAN, ph: "b", ts: us(start), id2: { local: id }, ...PAGE },
    { name: HOST_SPAN, ph: "e", ts: us(end), id2: { local: id }, ...PAGE },
  ];
}

it("takes the workbook's spans and GC out of each task, counting an overlap once", () => {
  const events = [
    task(0, 100),
    ...host("0x1", 5, 95),
    task(200, 100, 50),
    gc("MinorGC", 210, 20),
    gc("V8.GC_SCAVENGER", 212, 10), // inside the MinorGC: not counted twice
    gc("V8.GC_MC_INCREMENTAL", 250, 10),
    task(400, 80),
    gc("MajorGC", 400, 500, WORKER), // another thread's
    task(500, 300, 300, WORKER),
    { name: HOST_SPAN, ph: "n", ts: us(900), ...PAGE },
  ];
  const { tasks, host: spans } = threadTasks(events);
  expect(spans).toEqual([
    { start: 5, duration: 90 },
    { start: 900, duration: 0 },
  ]);
  expect(tasks.map((t) => [t.start, t.hostMs, t.gcMs, t.addinMs])).toEqual([
    [0, 90, 0, 10],
    [200, 0, 30, 70],
    [400, 0, 0, 80],
  ]);
  // Half the task's wall time was thread time: so is half its add-in share.
  expect(tasks[1].addinCpuMs).toBe(35);
});

it("finds no tasks when the page measured no host spans", () => {
  expect(threadTasks([task(0, 100)]).tasks).toEqual([]);
});

it("reads a mark on the trace's clock and on its page's", () => {
  const mark: TraceEvent = {
    name: "tiers:scoring-start",
    ph: "I",
    ts: us(5000),
    args: { data: { startTime: 120 } },
    ...PAGE,
  };
  expect(markTime([mark], "tiers:scoring-start")).toEqual({ ms: 5000, pageMs: 120 });
  expect(() => markTime([mark], "tiers:scoring-end")).toThrow("no mark tiers:scoring-end");
});
