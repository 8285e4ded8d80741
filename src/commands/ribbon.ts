// The first script of the pane's page (also the shared runtime's page): it registers the ribbon's
// actions as soon as office.js is ready, before the heavy bundle (React, Fluent UI, the scoring
// core) has even loaded. With FunctionFile = Taskpane.Url a first click can otherwise reach a page
// that has not associated its actions yet and do nothing (office-js#5176, #3378). Clicks that come
// early wait here for the handlers the heavy bundle provides (commands.ts).

export interface RibbonHandlers {
  refresh(event: Office.AddinCommands.Event): Promise<void>;
}

export interface RibbonRegistry {
  /** Called by the heavy bundle once its handlers exist. */
  provide(handlers: RibbonHandlers): void;
  /** What the ribbon's Refresh button calls (and what the e2e calls in the preview). */
  refresh(event: Office.AddinCommands.Event): Promise<void>;
}

declare global {
  interface Window {
    tierRibbon?: RibbonRegistry;
  }
}

let provide: (handlers: RibbonHandlers) => void = () => undefined;
const handlers = new Promise<RibbonHandlers>((resolve) => (provide = resolve));

window.tierRibbon = {
  provide,
  refresh: (event) => handlers.then((h) => h.refresh(event)),
};

if (typeof Office !== "undefined")
  void Office.onReady(() => {
    // Outside Office (the preview) office.js has no add-in commands to associate.
    if (typeof Office.actions?.associate !== "function") return;
    Office.actions.associate("refresh", (event: Office.AddinCommands.Event) =>
      window.tierRibbon?.refresh(event)
    );
  });

export {};
