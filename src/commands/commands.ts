// Ribbon commands. With the shared runtime they run in the pane's page (manifest: FunctionFile is
// taskpane.html). The small first script (ribbon.ts) associates them at once; this heavy-bundle
// side provides what they do, with the pane's runner (one batch queue for both, delayForCellEdit,
// the sync timeout) and the pane's Web Worker scorer: scoring never runs on the runtime's thread,
// which the pane and every TIER.* function share.
import type { ExcelRunner } from "./excelRunner";
import { refreshModels, type Scorer } from "../excel";
import { needsAttention, publishRibbonOutcome, type RibbonOutcome } from "./ribbonReports";
import type { RibbonHandlers } from "./ribbon";

/**
 * The ribbon's Refresh button: updates every stored model, with the pane open or closed. What it
 * could not do (a source gone, the user's cells in the way, an error) is shown in the pane,
 * opened for it: a button must never fail silently.
 */
async function refresh(
  event: Office.AddinCommands.Event,
  run: ExcelRunner,
  scorer: () => Scorer
): Promise<void> {
  let outcome: RibbonOutcome;
  try {
    const report = await run((context) => refreshModels(context, { score: scorer() }));
    outcome = { kind: "report", report };
  } catch (error) {
    outcome = { kind: "failed", error };
  }
  publishRibbonOutcome(outcome);
  try {
    // Outside Office (the preview) there is no task pane to show: the pane is always open there.
    if (needsAttention(outcome) && typeof Office.addin?.showAsTaskpane === "function")
      await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

/** Hands the ribbon's handlers to the first script, which associated them with the buttons. */
export function provideCommands(run: ExcelRunner, scorer: () => Scorer): void {
  const handlers: RibbonHandlers = { refresh: (event) => refresh(event, run, scorer) };
  if (window.tierRibbon) window.tierRibbon.provide(handlers);
  else if (typeof Office.actions?.associate === "function")
    Office.actions.associate("refresh", handlers.refresh);
}
