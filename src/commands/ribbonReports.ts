// The ribbon's Refresh runs with the pane closed, in the same shared runtime as the pane. Its
// outcome waits here, so the pane shows it when it opens (or at once, if it is open).
import type { RefreshReport } from "../excel";

export type RibbonOutcome =
  { kind: "report"; report: RefreshReport } | { kind: "failed"; error: unknown };

type Listener = (outcome: RibbonOutcome) => void;

let latest: RibbonOutcome | null = null;
const listeners = new Set<Listener>();

export function publishRibbonOutcome(outcome: RibbonOutcome): void {
  latest = outcome;
  listeners.forEach((listener) => listener(outcome));
}

/** Calls the listener with the last outcome, if any, and with every later one. */
export function onRibbonOutcome(listener: Listener): () => void {
  listeners.add(listener);
  if (latest) listener(latest);
  return () => listeners.delete(listener);
}

/**
 * Whether the outcome needs the user: a failure, nothing to refresh at all, a source gone, a
 * question, a model unreadable, or a tier history that could not be read.
 */
export function needsAttention(outcome: RibbonOutcome): boolean {
  if (outcome.kind === "failed") return true;
  const { report } = outcome;
  return (
    report.models.length === 0 ||
    report.unreadable.length > 0 ||
    report.models.some((m) => m.status !== "refreshed" || m.outcome.historyProblem !== null)
  );
}
