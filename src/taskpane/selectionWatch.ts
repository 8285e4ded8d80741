// The pane follows the user: Excel tells it when the selection changes or another sheet is
// activated, and the pane looks at the selection again. Registered once per workbook runner, not
// once per render: the App remounts when the language changes, and Excel keeps every handler
// added in an Excel.run until it is removed.
// Workbook.onSelectionChanged (ExcelApi 1.2):
//   https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-onselectionchanged-member
// WorksheetCollection.onActivated (ExcelApi 1.7):
//   https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-onactivated-member
// Selecting the cell that is already selected raises nothing on the web (office-js #4691), so
// Segment reads the selection again when clicked instead of trusting the last event.
import type { ExcelRunner } from "./excelHost";

const listenersByRunner = new WeakMap<ExcelRunner, Set<() => void>>();

/** Calls `listener` after each selection change or sheet activation; returns the unsubscribe. */
export function watchSelection(run: ExcelRunner, listener: () => void): () => void {
  let listeners = listenersByRunner.get(run);
  if (!listeners) {
    const registered = new Set<() => void>();
    listeners = registered;
    listenersByRunner.set(run, registered);
    const fire = async (): Promise<void> => {
      for (const l of [...registered]) l();
    };
    void run(async (context) => {
      context.workbook.onSelectionChanged.add(fire);
      context.workbook.worksheets.onActivated.add(fire);
      await context.sync();
    }).catch(() => {
      // Without events the pane still reads the selection when Segment is clicked.
    });
  }
  listeners.add(listener);
  const own = listeners;
  return () => {
    own.delete(listener);
  };
}
