// The selection as the pane sees it, kept current: looked at on open, after every selection
// change or sheet activation Excel reports (a short pause lets a drag or a burst settle), and on
// demand (Segment looks again at the moment of the click).
import { useCallback, useEffect, useRef, useState } from "react";
import type { Language } from "../core";
import { inspectSelection } from "../excel";
import type { ExcelHost } from "./excelHost";
import { failureMessage } from "./runMessages";
import { viewOf, type Mapping, type SelectionView } from "./selectionView";
import { watchSelection } from "./selectionWatch";
import { translator } from "./uiText";

export type SelectionState =
  | { kind: "inspecting" }
  | { kind: "ready"; view: SelectionView }
  /** Nothing to score: an empty selection (message null), one of our sheets, or Excel could not read it. */
  | { kind: "noData"; message: string | null };

export interface Selection {
  state: SelectionState;
  /** Looks at the selection now; its view, or null when there is nothing to score. */
  inspect(): Promise<SelectionView | null>;
}

const SETTLE_MS = 150;

export function useSelection(host: ExcelHost, mapping: Mapping | null, paused: boolean): Selection {
  const [state, setState] = useState<SelectionState>({ kind: "inspecting" });
  const language: Language = host.language;
  const mappingRef = useRef<Mapping>(mapping ?? {});
  mappingRef.current = mapping ?? {};
  // Only the latest look may set the state: an older one can finish after a newer one.
  const generation = useRef(0);

  const inspect = useCallback(async (): Promise<SelectionView | null> => {
    const mine = ++generation.current;
    try {
      const peek = await host.run((context) => inspectSelection(context));
      // Our own summary or customer sheet is never data: no columns guessed from its titles.
      const view = peek.ownOutput ? null : viewOf(peek, mappingRef.current);
      const message = peek.ownOutput
        ? translator(language)("ownOutputSheet", { sheet: peek.source.sheetName })
        : null;
      if (mine === generation.current)
        setState(view ? { kind: "ready", view } : { kind: "noData", message });
      return view;
    } catch (error) {
      if (mine === generation.current)
        setState({ kind: "noData", message: failureMessage(error, language) });
      return null;
    }
  }, [host, language]);

  // A changed mapping is applied to the same selection at once.
  useEffect(() => {
    if (mapping !== null) void inspect();
  }, [mapping, inspect]);

  // Following the user: paused while a run reads and writes, caught up when it ends.
  const pending = useRef(false);
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchSelection(host.run, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (pausedRef.current) pending.current = true;
        else void inspect();
      }, SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [host.run, inspect]);
  useEffect(() => {
    if (!paused && pending.current) {
      pending.current = false;
      void inspect();
    }
  }, [paused, inspect]);

  return { state, inspect };
}
