// The pane's run as a pure state machine: what each event of a run (progress, the overwrite
// question, written, failed, cancelled) makes of the state. useSegmentRun does the work and
// dispatches; the UI is a plain function of the state.
import type { SegmentResult } from "../core";
import type { Conflict, ExcelProgress, MigrationSummary, SourceRef, StoredModel } from "../excel";

export type RunStage = ExcelProgress["stage"] | "scoring";

export type RunState =
  | { kind: "idle" }
  | { kind: "running"; stage: RunStage; fraction: number; cancellable: boolean }
  | { kind: "conflict"; conflicts: Conflict[]; result: SegmentResult; source: SourceRef }
  | {
      kind: "done";
      result: SegmentResult;
      model: StoredModel;
      /** Who moved since the last run on this data, when there was one with other tiers. */
      migration: MigrationSummary | null;
      /** Excel is in manual calculation: the user's formulas wait for F9. */
      manualCalculation: boolean;
    }
  | { kind: "cancelled" }
  | { kind: "declined" }
  | { kind: "failed"; message: string };

export type RunEvent =
  | { type: "progress"; stage: RunStage; fraction: number }
  | { type: "conflict"; conflicts: Conflict[]; result: SegmentResult; source: SourceRef }
  | { type: "overwrite" }
  | { type: "decline" }
  | {
      type: "written";
      result: SegmentResult;
      model: StoredModel;
      migration: MigrationSummary | null;
      manualCalculation: boolean;
    }
  | { type: "failed"; message: string }
  | { type: "cancelled" }
  | { type: "clear" };

/** Until writing starts a run can stop cleanly; once it writes, it finishes. */
const CANCELLABLE: ReadonlySet<RunStage> = new Set<RunStage>(["reading", "scoring", "checking"]);

export function runReducer(state: RunState, event: RunEvent): RunState {
  switch (event.type) {
    case "progress":
      return {
        kind: "running",
        stage: event.stage,
        fraction: event.fraction,
        cancellable: CANCELLABLE.has(event.stage),
      };
    case "conflict":
      return {
        kind: "conflict",
        conflicts: event.conflicts,
        result: event.result,
        source: event.source,
      };
    // The answer to the overwrite question only means something while it is asked.
    case "overwrite":
      return state.kind === "conflict"
        ? { kind: "running", stage: "writing", fraction: 0, cancellable: false }
        : state;
    case "decline":
      return state.kind === "conflict" ? { kind: "declined" } : state;
    case "written":
      return {
        kind: "done",
        result: event.result,
        model: event.model,
        migration: event.migration,
        manualCalculation: event.manualCalculation,
      };
    case "failed":
      return { kind: "failed", message: event.message };
    case "cancelled":
      return { kind: "cancelled" };
    case "clear":
      return { kind: "idle" };
  }
}
