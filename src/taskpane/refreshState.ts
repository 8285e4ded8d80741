// Refresh in the pane as a pure state machine: progress, the report (with the overwrite question
// when a model would overwrite the user's cells), the answer, the ribbon's outcome and failures.
import type { Conflict, ModelRefresh, RefreshReport } from "../excel";
import type { RunStage } from "./runState";

export type RefreshState =
  | { kind: "idle" }
  | { kind: "running"; stage: RunStage; fraction: number }
  | { kind: "conflict"; report: RefreshReport; conflicts: Conflict[] }
  | { kind: "done"; report: RefreshReport; fromRibbon: boolean }
  | { kind: "failed"; message: string };

export type RefreshEvent =
  | { type: "progress"; stage: RunStage; fraction: number }
  /** The pane's refresh ended: a question if some model would overwrite cells, else done. */
  | { type: "reported"; report: RefreshReport }
  /** The ribbon's Refresh ran in the same runtime. */
  | { type: "ribbon"; report: RefreshReport }
  | { type: "decline" }
  /**
   * The models in conflict were refreshed again, overwriting. It carries the first report: by
   * now the state is the second refresh's progress, not the question.
   */
  | { type: "rewritten"; earlier: RefreshReport; later: RefreshReport }
  | { type: "failed"; message: string }
  /** A model was deleted: a report about it would point at sheets that are gone. */
  | { type: "forget"; modelId: string }
  | { type: "clear" };

/** The first report with the models of the second put in place of their earlier entries. */
export function mergeReports(earlier: RefreshReport, later: RefreshReport): RefreshReport {
  const byId = new Map<string, ModelRefresh>(earlier.models.map((m) => [m.model.id, m]));
  later.models.forEach((m) => byId.set(m.model.id, m));
  return { models: [...byId.values()], unreadable: later.unreadable };
}

export function refreshReducer(state: RefreshState, event: RefreshEvent): RefreshState {
  switch (event.type) {
    case "progress":
      return { kind: "running", stage: event.stage, fraction: event.fraction };
    case "reported": {
      const { report } = event;
      const conflicts = report.models.flatMap((m) => (m.status === "conflict" ? m.conflicts : []));
      return conflicts.length > 0
        ? { kind: "conflict", report, conflicts }
        : { kind: "done", report, fromRibbon: false };
    }
    case "ribbon":
      return { kind: "done", report: event.report, fromRibbon: true };
    // Answers only mean something while the question is open.
    case "decline":
      return state.kind === "conflict"
        ? { kind: "done", report: state.report, fromRibbon: false }
        : state;
    case "rewritten":
      return { kind: "done", report: mergeReports(event.earlier, event.later), fromRibbon: false };
    case "failed":
      return { kind: "failed", message: event.message };
    case "forget":
      return state.kind === "done" && state.report.models.some((m) => m.model.id === event.modelId)
        ? { kind: "idle" }
        : state;
    case "clear":
      return { kind: "idle" };
  }
}
