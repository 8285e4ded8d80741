// Ribbon commands. With the shared runtime they run in the pane's page (manifest: FunctionFile is
// taskpane.html), which registers them once Office is ready.
import { refreshModels } from "../excel";
import { exclusive } from "./exclusive";
import { needsAttention, publishRibbonOutcome, type RibbonOutcome } from "./ribbonReports";

/**
 * The ribbon's Refresh button: updates every stored model, with the pane open or closed. What it
 * could not do (a source gone, the user's cells in the way, an error) is shown in the pane,
 * opened for it: a button must never fail silently.
 */
async function refresh(event: Office.AddinCommands.Event): Promise<void> {
  let outcome: RibbonOutcome;
  try {
    const report = await exclusive(() => Excel.run((context) => refreshModels(context)));
    outcome = { kind: "report", report };
  } catch (error) {
    outcome = { kind: "failed", error };
  }
  publishRibbonOutcome(outcome);
  try {
    if (needsAttention(outcome)) await Office.addin.showAsTaskpane();
  } finally {
    event.completed();
  }
}

export function registerCommands(): void {
  Office.actions.associate("refresh", refresh);
}
