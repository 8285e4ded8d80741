// The ribbon's Refresh path on 200,000 rows, in the built preview: the same handler the ribbon
// button calls (window.tierRibbon, registered by the page's small first script), scoring in a Web
// Worker like the pane. A Chromium trace of the refresh (support/mainThreadTrace.ts) gives every
// task of the page's thread split into the workbook's work, GC and the add-in's own share; the
// figures go to test-results/e2e/ribbon-longtasks.json and the console. The target for the longest
// task while the worker scores is < 100 ms: a figure, not an assertion, since a loaded machine
// stretches every task (the house rule: speed targets are reported, never timed tests). What is
// asserted is scale-free: the add-in's own thread time in any task stays well under the scoring's
// time, which is what scoring on this thread would hold it for.
import { writeFileSync } from "fs";
import * as path from "path";
import { generateTransactions } from "../../data/generate/generateTransactions";
import { toCsv } from "../../data/generate/toCsv";
import type {} from "../../src/commands/ribbon";
import { startProfiling } from "./support/cpuProfile";
import {
  markTime,
  threadTasks,
  traced,
  type Span,
  type ThreadTask,
} from "./support/mainThreadTrace";
import { previewSession, shot, SHOTS } from "./support/previewPage";

jest.setTimeout(300_000);

const session = previewSession();

it("refreshes 200,000 rows from the ribbon without blocking the runtime's thread", async () => {
  const { page, pane } = await session.open("en-US");
  await page.evaluate(() => window.tierPreview.setLanguage("en-US"));
  const csv = toCsv(generateTransactions(200_000, 11));
  await page.evaluate((text) => window.tierPreview.load(text, "Big"), csv);
  // The pane follows the selection (issue 16): selecting the data is all it takes.
  await page.evaluate(() => window.tierPreview.select("Big!A1"));
  await pane.getByText(/200,000 rows/).waitFor();
  await pane.getByRole("button", { name: "Segment", exact: true }).click();
  await pane.getByText("Done", { exact: true }).waitFor({ timeout: 180_000 });

  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error("no pane frame");
  // TIERS_PROFILE=1: a CPU profile of the refresh, to say what the add-in's longest task was.
  const profiling = process.env.TIERS_PROFILE
    ? await startProfiling(page, () => frame.evaluate(() => performance.now()))
    : null;
  const { result, events } = await traced(page, () =>
    frame.evaluate(async () => {
      performance.clearMarks();
      let completed = false;
      const ribbon = window.tierRibbon;
      if (!ribbon) throw new Error("the first script did not register the ribbon's actions");
      // The event Office passes: the handler only calls completed().
      const event = {
        completed: () => (completed = true),
      } as unknown as Office.AddinCommands.Event;
      performance.mark("tiers:refresh-start");
      await ribbon.refresh(event);
      performance.mark("tiers:refresh-end");
      return { completed };
    })
  );
  const figures = refreshFigures(events);
  if (profiling) {
    const worst = figures.longestAddinTask;
    const hot = worst
      ? await profiling.stopOnTraceClock(worst.start, worst.start + worst.duration)
      : await profiling.stop(figures.scoringWindow.pageFrom, figures.scoringWindow.pageTo);
    writeFileSync(path.join(SHOTS, "ribbon-profile.json"), JSON.stringify(hot, null, 2));
    console.log(`hottest functions in the add-in's longest task: ${JSON.stringify(hot, null, 1)}`);
  }
  const written = { completed: result.completed, ...figures.reported };
  writeFileSync(path.join(SHOTS, "ribbon-longtasks.json"), JSON.stringify(written, null, 2));
  await shot(page, "ribbon-200k-refreshed");
  console.log(`ribbon Refresh, 200,000 rows: ${JSON.stringify(written)}`);
  expect(result.completed).toBe(true);
  expect(figures.reported.scoringMs).toBeGreaterThan(0);
  // The host spans were seen: without them every sync would count as the add-in's.
  expect(figures.reported.hostSyncs).toBeGreaterThan(0);
  // Scoring on this thread would be one task as long as the scoring: the add-in's own thread time
  // in any task stays under half of that (about 40 ms against 1,100 to 2,000 here).
  expect(figures.reported.longestTaskAddinCpuMs).toBeLessThan(figures.reported.scoringMs / 2);
});

const LONG_TASK_MS = 50;
const round = (ms: number): number => Math.round(ms);
const longest = (spans: Span[]): number => round(Math.max(0, ...spans.map((t) => t.duration)));
const inside = (t: Span, from: number, to: number): boolean =>
  t.start >= from && t.start + t.duration <= to;

/** The refresh's figures from its trace: tasks while the worker scored, and the add-in's share. */
function refreshFigures(events: Parameters<typeof threadTasks>[0]) {
  const { tasks: all, host } = threadTasks(events);
  const refresh = [markTime(events, "tiers:refresh-start"), markTime(events, "tiers:refresh-end")];
  const [start, end] = [
    markTime(events, "tiers:scoring-start"),
    markTime(events, "tiers:scoring-end"),
  ];
  const tasks = all.filter((t) => inside(t, refresh[0].ms, refresh[1].ms + 1));
  const long = tasks.filter((t) => t.duration > LONG_TASK_MS);
  const whileScoring = long.filter((t) => inside(t, start.ms, end.ms));
  const addin = [...tasks].sort((a, b) => b.addinMs - a.addinMs);
  const brief = (t: ThreadTask): Record<string, number> => ({
    start: round(t.start - refresh[0].ms),
    duration: round(t.duration),
    cpuMs: round(t.cpuMs),
    hostMs: round(t.hostMs),
    gcMs: round(t.gcMs),
    addinMs: round(t.addinMs),
  });
  return {
    longestAddinTask: addin[0]?.addinMs > 0 ? addin[0] : undefined,
    scoringWindow: { pageFrom: start.pageMs, pageTo: end.pageMs },
    reported: {
      refreshMs: round(refresh[1].ms - refresh[0].ms),
      scoringMs: round(end.ms - start.ms),
      longestTaskWhileScoringMs: longest(whileScoring),
      longTasksWhileScoring: whileScoring.length,
      // Reading and writing run in the preview's in-memory workbook on this same thread; in Excel
      // that work is Excel's, in its own process.
      longestTaskWholeRefreshMs: longest(long),
      longTasksWholeRefresh: long.length,
      hostSyncs: host.length,
      hostMs: round(host.reduce((sum, h) => sum + h.duration, 0)),
      longestHostSpanMs: longest(host),
      // What would hold the runtime's thread in Excel: the task less host work and GC; in wall
      // time, and in thread time, which a loaded machine stretches far less.
      longestTaskAddinShareMs: round(addin[0]?.addinMs ?? 0),
      longestTaskAddinCpuMs: round(Math.max(0, ...tasks.map((t) => t.addinCpuMs))),
      addinTasksOver50Ms: tasks.filter((t) => t.addinMs > LONG_TASK_MS).length,
      gcOutsideHostMs: round(tasks.reduce((sum, t) => sum + t.gcMs, 0)),
      // The add-in's five longest tasks, ms from the start of the refresh.
      addinLongestTasks: addin.slice(0, 5).map(brief),
    },
  };
}
