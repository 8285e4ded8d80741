// Ribbon commands. With the shared runtime they run in the pane's page (manifest: FunctionFile is
// taskpane.html), which registers them once Office is ready.
import { refreshModels } from "../excel/refreshModels";

/** The ribbon's Refresh button: updates every stored model, with the pane open or closed. */
async function refresh(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Excel.run((context) => refreshModels(context));
  } finally {
    event.completed();
  }
}

export function registerCommands(): void {
  Office.actions.associate("refresh", refresh);
}
