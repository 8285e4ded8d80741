// What the pane in the iframe gets instead of Excel: batches run against the page's in-memory
// workbook, and the page's language stands in for Office's display language.
import type { InMemoryWorkbook } from "../excelDouble";
import type { PreviewHost } from "../taskpane/excelHost";
import type { LanguageStore } from "./languageStore";

export function previewHost(workbook: InMemoryWorkbook, language: LanguageStore): PreviewHost {
  return {
    run: (batch) => workbook.run(batch),
    displayLanguage: () => language.get(),
    onLanguageChange: (listener) => language.subscribe(listener),
  };
}
