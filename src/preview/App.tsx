// The preview page: the in-memory workbook as a grid with its sheet tabs on the left, the real task
// pane in an iframe on the right, and a toolbar to load data and switch language.
import * as React from "react";
import type { Language } from "../core";
import type { InMemoryWorkbook } from "../excelDouble";
import { SheetGrid } from "./grid/SheetGrid";
import { SheetTabs } from "./grid/SheetTabs";
import type { LanguageStore } from "./languageStore";
import { message } from "./messages";
import { Toolbar } from "./Toolbar";
import { useFileLoader } from "./useFileLoader";
import { useWorkbookVersion } from "./useWorkbookVersion";

interface Props {
  workbook: InMemoryWorkbook;
  languages: LanguageStore;
  ready: Promise<void>;
}

function useLanguage(store: LanguageStore): Language {
  const [language, setLanguage] = React.useState(store.get());
  React.useEffect(() => store.subscribe(setLanguage), [store]);
  React.useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return language;
}

function useReady(ready: Promise<void>): { done: boolean; error: string } {
  const [state, setState] = React.useState({ done: false, error: "" });
  React.useEffect(() => {
    ready.then(
      () => setState({ done: true, error: "" }),
      (e: unknown) => setState({ done: true, error: e instanceof Error ? e.message : String(e) })
    );
  }, [ready]);
  return state;
}

async function activate(workbook: InMemoryWorkbook, name: string): Promise<void> {
  await workbook.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

export function App({ workbook, languages, ready }: Props): React.JSX.Element {
  const version = useWorkbookVersion(workbook);
  const language = useLanguage(languages);
  const loaded = useReady(ready);
  const files = useFileLoader(workbook, language);
  const t = (key: Parameters<typeof message>[0], params?: Record<string, string>): string =>
    message(key, language, params);
  const sheet = workbook.model.activeSheet;
  const selection = workbook.selectionAddress();
  return (
    <div className="preview">
      <Toolbar
        language={language}
        busy={files.busy || !loaded.done}
        status={loaded.error || files.status}
        onAddNextMonth={files.addNextMonth}
        onFile={files.loadFile}
        onLanguage={(l) => languages.set(l)}
      />
      <main className="body">
        <section className="sheet-area">
          {sheet ? (
            <SheetGrid
              key={sheet.id}
              workbook={workbook}
              sheet={sheet}
              version={version}
              label={t("grid", { sheet: sheet.name })}
              chartLabel={(title) => t("chart", { title })}
              editLabel={(cell) => t("editCell", { cell })}
              filteredLabel={t("filtered")}
            />
          ) : (
            <div className="grid-scroller" />
          )}
          <footer className="sheet-footer">
            <SheetTabs
              workbook={workbook}
              label={t("sheets")}
              onActivate={(name) => void activate(workbook, name)}
            />
            <output className="selection-address" aria-label={t("selection")}>
              {selection ?? ""}
            </output>
          </footer>
        </section>
        {loaded.done && !loaded.error && (
          <iframe className="pane" src="taskpane.html" title={t("pane")} />
        )}
      </main>
    </div>
  );
}
