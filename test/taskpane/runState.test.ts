// The pane's run as a state machine: each event of a run and what it makes of the state.
import type { SegmentResult } from "../../src/core";
import type { Conflict, SourceRef, StoredModel } from "../../src/excel";
import { runReducer, type RunState } from "../../src/taskpane/runState";

// The reducer passes these through untouched: stand-ins are enough to follow them.
const result = { customers: { n: 3 } } as unknown as SegmentResult;
const model = { id: "m1" } as unknown as StoredModel;
const source = { sheetId: "s1" } as unknown as SourceRef;
const conflicts = [{ address: "Sheet1!F2" }] as unknown as Conflict[];

const idle: RunState = { kind: "idle" };
const asking: RunState = { kind: "conflict", conflicts, result, source };

describe("runReducer", () => {
  it("can cancel while reading, scoring and checking, not while writing", () => {
    for (const stage of ["reading", "scoring", "checking"] as const)
      expect(runReducer(idle, { type: "progress", stage, fraction: 0.5 })).toEqual({
        kind: "running",
        stage,
        fraction: 0.5,
        cancellable: true,
      });
    expect(runReducer(idle, { type: "progress", stage: "writing", fraction: 0.1 })).toMatchObject({
      kind: "running",
      cancellable: false,
    });
  });

  it("asks before overwriting, then writes or declines", () => {
    const asked = runReducer(idle, { type: "conflict", conflicts, result, source });
    expect(asked).toEqual(asking);
    expect(runReducer(asked, { type: "overwrite" })).toEqual({
      kind: "running",
      stage: "writing",
      fraction: 0,
      cancellable: false,
    });
    expect(runReducer(asked, { type: "decline" })).toEqual({ kind: "declined" });
  });

  it("ignores an answer when no question is open", () => {
    const done: RunState = {
      kind: "done",
      result,
      model,
      migration: null,
      manualCalculation: false,
    };
    expect(runReducer(done, { type: "overwrite" })).toBe(done);
    expect(runReducer(idle, { type: "decline" })).toBe(idle);
  });

  it("ends written, failed or cancelled, and clears to idle", () => {
    const running = runReducer(idle, { type: "progress", stage: "scoring", fraction: 0 });
    const written = { type: "written", result, model, migration: null } as const;
    expect(runReducer(running, { ...written, manualCalculation: false })).toEqual({
      kind: "done",
      result,
      model,
      migration: null,
      manualCalculation: false,
    });
    // Excel in manual calculation: the pane says the user's formulas wait for F9.
    expect(runReducer(running, { ...written, manualCalculation: true })).toMatchObject({
      kind: "done",
      manualCalculation: true,
    });
    expect(runReducer(running, { type: "failed", message: "No rows." })).toEqual({
      kind: "failed",
      message: "No rows.",
    });
    expect(runReducer(running, { type: "cancelled" })).toEqual({ kind: "cancelled" });
    expect(runReducer(asking, { type: "clear" })).toEqual(idle);
  });
});
