// A Chromium CPU profile (CDP Profiler domain) of a page while something runs, summarised as the
// functions that took the most self time within a window of the page's performance timeline:
// what a long task was made of, when the Long Tasks API only says that it was long.
import type { Page } from "playwright-core";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  selfMs: number;
  /** The heaviest call path ending in it, outermost first: "name file:line:column". */
  stack: string[];
}

export interface Profiling {
  /** The functions with most self time, between two performance.now() readings of the page. */
  stop(from: number, to: number, top?: number): Promise<HotFunction[]>;
  /**
   * The same between two times of a Chromium trace (ms): the profile's timestamps are on the
   * trace's clock, so this window is exact where stop()'s is within a few ms.
   */
  stopOnTraceClock(from: number, to: number, top?: number): Promise<HotFunction[]>;
}

/**
 * `now` reads the clock the window is given in (performance.now() of a frame); it is read right
 * after the profiler starts, which puts the profile's start on that clock to within a few ms.
 */
export async function startProfiling(page: Page, now: () => Promise<number>): Promise<Profiling> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const origin = await now();
  const stopped = async (): Promise<Profile> => {
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: Profile };
    await cdp.detach();
    return profile;
  };
  return {
    stop: async (from, to, top = 15) => hottest(await stopped(), origin, from, to, top),
    async stopOnTraceClock(from, to, top = 15) {
      const profile = await stopped();
      return hottest(profile, profile.startTime / 1000, from, to, top);
    },
  };
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url.split("/").pop() ?? "";
  return `${functionName || "(anonymous)"} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
}

function hottest(profile: Profile, started: number, from: number, to: number, top: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const pathOf = (id: number): string[] => {
    const path: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node && node.callFrame.functionName !== "(root)") path.unshift(frameName(node));
    }
    return path;
  };
  const self = new Map<string, { ms: number; stacks: Map<number, number> }>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    // Profile times are microseconds from its own origin: shifted onto the frame's clock.
    const at = started + (t - profile.startTime) / 1000;
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] / 1000 : 0;
    if (at < from || at > to) continue;
    const node = byId.get(profile.samples[i]);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    const name = `${functionName || "(anonymous)"} ${url.split("/").pop() ?? ""}:${lineNumber + 1}`;
    const entry = self.get(name) ?? { ms: 0, stacks: new Map<number, number>() };
    entry.ms += next;
    entry.stacks.set(node.id, (entry.stacks.get(node.id) ?? 0) + next);
    self.set(name, entry);
  }
  return [...self]
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([name, { ms, stacks }]) => {
      const heaviest = [...stacks].sort((a, b) => b[1] - a[1])[0]?.[0];
      return {
        name,
        selfMs: Math.round(ms),
        stack: heaviest === undefined ? [] : pathOf(heaviest),
      };
    });
}
