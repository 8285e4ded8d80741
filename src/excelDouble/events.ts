// Excel's selection and activation events, as the in-memory workbook raises them. Excel calls an
// add-in's handlers asynchronously, after the change, whoever made it (the user's click, a
// Range.select() or Worksheet.activate() from an add-in):
// https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events
// Workbook.onSelectionChanged (ExcelApi 1.2) carries no address; WorksheetCollection.onActivated
// (1.7) and onSelectionChanged (1.9) name the sheet by id, the latter with the address without
// the sheet name. A handler takes effect at the sync after add(), and remove() likewise.
import type {
  XEventHandler,
  XEventHandlerResult,
  XEvents,
  XSelectionChangedArgs,
  XWorksheetActivatedArgs,
  XWorksheetSelectionChangedArgs,
} from "../excel";
import { formatRect } from "./address";
import type { DoubleContext } from "./context";
import type { RangeRef, SheetEntity } from "./entities";

export type EventKind = "selectionChanged" | "worksheetActivated" | "worksheetSelectionChanged";

interface ArgsOf {
  selectionChanged: XSelectionChangedArgs;
  worksheetActivated: XWorksheetActivatedArgs;
  worksheetSelectionChanged: XWorksheetSelectionChangedArgs;
}

type Handlers = { [K in EventKind]: Set<XEventHandler<ArgsOf[K]>> };

function selectionKey(selection: RangeRef | undefined): string {
  return selection ? `${selection.sheet.id}!${formatRect(selection.rect)}` : "";
}

/** The workbook's registered handlers, and what they last heard of the selection. */
export class EventHub {
  private readonly handlers: Handlers = {
    selectionChanged: new Set(),
    worksheetActivated: new Set(),
    worksheetSelectionChanged: new Set(),
  };
  private lastSheet: SheetEntity | undefined;
  private lastSelection = "";

  /** A new handler hears of changes after now, not of the workbook's seeding before it. */
  add<K extends EventKind>(
    kind: K,
    handler: XEventHandler<ArgsOf[K]>,
    now: { activeSheet: SheetEntity | undefined; selection: RangeRef | undefined }
  ): void {
    (this.handlers[kind] as Set<XEventHandler<ArgsOf[K]>>).add(handler);
    this.lastSheet = now.activeSheet;
    this.lastSelection = selectionKey(now.selection);
  }

  remove<K extends EventKind>(kind: K, handler: XEventHandler<ArgsOf[K]>): void {
    (this.handlers[kind] as Set<XEventHandler<ArgsOf[K]>>).delete(handler);
  }

  /** Number of handlers registered for an event (for tests). */
  count(kind: EventKind): number {
    return this.handlers[kind].size;
  }

  /**
   * Called after every change: raises the events when the active sheet or the selection differs
   * from what was last raised. The handlers run on a later task, as Excel's do.
   */
  observe(activeSheet: SheetEntity | undefined, selection: RangeRef | undefined): void {
    const key = selectionKey(selection);
    const activated = activeSheet !== undefined && activeSheet !== this.lastSheet;
    const selected = key !== this.lastSelection;
    this.lastSheet = activeSheet;
    this.lastSelection = key;
    if (!activated && !selected) return;
    const calls: (() => unknown)[] = [];
    if (activated) {
      const args: XWorksheetActivatedArgs = {
        type: "WorksheetActivated",
        worksheetId: activeSheet.id,
      };
      for (const h of this.handlers.worksheetActivated) calls.push(() => h(args));
    }
    if (selected && selection) {
      const sheetArgs: XWorksheetSelectionChangedArgs = {
        type: "WorksheetSelectionChanged",
        worksheetId: selection.sheet.id,
        address: formatRect(selection.rect),
      };
      const bookArgs: XSelectionChangedArgs = {};
      for (const h of this.handlers.worksheetSelectionChanged) calls.push(() => h(sheetArgs));
      for (const h of this.handlers.selectionChanged) calls.push(() => h(bookArgs));
    }
    setTimeout(() => {
      for (const call of calls) void Promise.resolve().then(call);
    }, 0);
  }
}

/** The `onX` member of a proxy: add() and remove() are commands applied at the next sync. */
export function eventSource<K extends EventKind>(
  context: DoubleContext,
  kind: K,
  owner: string
): XEvents<ArgsOf[K]> {
  return {
    add(handler) {
      context.assertOpen(`${owner}.add`);
      context.enqueue({
        label: `${owner}.add`,
        args: [],
        run: () => context.model.events.add(kind, handler, context.model),
      });
      const result: XEventHandlerResult = {
        remove() {
          context.enqueue({
            label: `${owner}.remove`,
            args: [],
            run: () => context.model.events.remove(kind, handler),
          });
        },
      };
      return result;
    },
  };
}
