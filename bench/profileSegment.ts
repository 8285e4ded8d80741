// Where segment() spends its time: the V8 sampling profiler around a few warm calls, summed by
// function (self time), so a miss of the target points at a file and a function.
import { Session } from "inspector";
import * as path from "path";
import { segment } from "../src/core/segment";
import type { SheetInput } from "../src/core/types";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const REPO = path.resolve(__dirname, "../../..");

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) => {
    session.post(method, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

/** "function file:line", with the compiled path mapped back to the source file it came from. */
function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^file:\/\//, "")
    .replace(path.join(REPO, "build", "bench") + path.sep, "");
  const where = file === "" ? "" : ` ${file.replace(/\.js$/, ".ts")}:${lineNumber + 1}`;
  return `${functionName || "(anonymous)"}${where}`;
}

/** Self time per function over `runs` calls, largest first: [name, ms per call]. */
export async function profileSegment(sheet: SheetInput, runs: number): Promise<[string, number][]> {
  const session = new Session();
  session.connect();
  await post(session, "Profiler.enable");
  await post(session, "Profiler.start");
  for (let i = 0; i < runs; i++) segment(sheet);
  const { profile } = await post<{ profile: Profile }>(session, "Profiler.stop");
  session.disconnect();

  const names = new Map(profile.nodes.map((n) => [n.id, frameName(n)]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const name = names.get(id) ?? "?";
    self.set(name, (self.get(name) ?? 0) + profile.timeDeltas[i] / 1000 / runs);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}
