// The pane's words in its language, given once at the pane's root: a component asks for them with
// useStrings() instead of every parent handing `t` and `language` down. The keys stay typed: `t`
// takes only keys of the pane's catalog (uiText.ts), `label` only keys of the core's.
import * as React from "react";
import { label as coreLabel, type Language, type MessageKey } from "../core";
import { translator, type Translate } from "./uiText";

export interface PaneStrings {
  language: Language;
  /** One of the pane's own sentences (uiText.ts), its numbers formatted for the language. */
  t: Translate;
  /** One of the core's catalog entries (role, shape and fit names...). */
  label(key: MessageKey): string;
}

const StringsContext = React.createContext<PaneStrings | null>(null);

export function paneStrings(language: Language): PaneStrings {
  return { language, t: translator(language), label: (key) => coreLabel(key, language) };
}

export function StringsProvider(props: {
  language: Language;
  children: React.ReactNode;
}): React.JSX.Element {
  const value = React.useMemo(() => paneStrings(props.language), [props.language]);
  return <StringsContext.Provider value={value}>{props.children}</StringsContext.Provider>;
}

/** The pane's strings; a component rendered outside StringsProvider is a programming error. */
export function useStrings(): PaneStrings {
  const strings = React.useContext(StringsContext);
  if (strings === null) throw new Error("useStrings() needs a StringsProvider above it");
  return strings;
}
