// Refresh in the pane as a state machine: progress, the report and its overwrite question, the
// answer, the ribbon's outcome, a deleted model and failures.
import type { ModelRefresh, RefreshReport } from "../../src/excel";
import { mergeReports, refreshReducer, type RefreshState } from "../../src/taskpane/refreshState";

// Reports carry models and conflicts the reducer only routes: stand-ins are enough.
const entry = (id: string, status: string, conflicts: unknown[] = []): ModelRefresh =>
  ({ model: { id }, status, conflicts }) as unknown as ModelRefresh;
const report = (...models: ModelRefresh[]): RefreshReport => ({ models, unreadable: [] });

const clean = report(entry("m1", "refreshed"));
const blocked = report(entry("m1", "refreshed"), entry("m2", "conflict", [{ address: "A1" }]));
const idle: RefreshState = { kind: "idle" };

describe("refreshReducer", () => {
  it("shows progress, then the report", () => {
    const running = refreshReducer(idle, { type: "progress", stage: "writing", fraction: 0.4 });
    expect(running).toEqual({ kind: "running", stage: "writing", fraction: 0.4 });
    expect(refreshReducer(running, { type: "reported", report: clean })).toEqual({
      kind: "done",
      report: clean,
      fromRibbon: false,
    });
  });

  it("asks when a model would overwrite cells, and keeps the earlier entries on overwrite", () => {
    const asking = refreshReducer(idle, { type: "reported", report: blocked });
    expect(asking).toEqual({
      kind: "conflict",
      report: blocked,
      conflicts: [{ address: "A1" }],
    });
    expect(refreshReducer(asking, { type: "decline" })).toEqual({
      kind: "done",
      report: blocked,
      fromRibbon: false,
    });
    const again = report(entry("m2", "refreshed"));
    // The second refresh reports progress first: the question is no longer the state.
    const rewriting = refreshReducer(asking, { type: "progress", stage: "writing", fraction: 0 });
    const done = refreshReducer(rewriting, { type: "rewritten", earlier: blocked, later: again });
    expect(done).toEqual({ kind: "done", report: mergeReports(blocked, again), fromRibbon: false });
    expect(done.kind === "done" && done.report.models.map((m) => m.status)).toEqual([
      "refreshed",
      "refreshed",
    ]);
  });

  it("ignores a decline when no question is open", () => {
    expect(refreshReducer(idle, { type: "decline" })).toBe(idle);
  });

  it("shows the ribbon's refresh, forgets a report on a deleted model, fails and clears", () => {
    const ribbon = refreshReducer(idle, { type: "ribbon", report: clean });
    expect(ribbon).toEqual({ kind: "done", report: clean, fromRibbon: true });
    expect(refreshReducer(ribbon, { type: "forget", modelId: "m9" })).toBe(ribbon);
    expect(refreshReducer(ribbon, { type: "forget", modelId: "m1" })).toEqual(idle);
    expect(refreshReducer(ribbon, { type: "failed", message: "Excel is busy." })).toEqual({
      kind: "failed",
      message: "Excel is busy.",
    });
    expect(refreshReducer(ribbon, { type: "clear" })).toEqual(idle);
  });
});
