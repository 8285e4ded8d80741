// Where the pane's Excel batches run: in Excel, office.js's Excel.run; in the browser preview, the
// in-memory workbook the preview page holds (the pane is the same bundle in an iframe beside it).
import { exclusive } from "../commands/exclusive";
import { type Language, languageOfTag } from "../core";
import type { XRequestContext } from "../excel";

export type ExcelRunner = <T>(batch: (context: XRequestContext) => Promise<T>) => Promise<T>;

/** What the preview page offers the pane in its iframe (window.parent.tierPreviewHost). */
export interface PreviewHost {
  run: ExcelRunner;
  /** The preview's stand-in for Office's display language. */
  displayLanguage(): Language;
  /** Called when the preview switches language; returns an unsubscribe function. */
  onLanguageChange(listener: (language: Language) => void): () => void;
}

declare global {
  interface Window {
    tierPreviewHost?: PreviewHost;
  }
}

export interface ExcelHost {
  run: ExcelRunner;
  language: Language;
  inExcel: boolean;
  preview: PreviewHost | null;
}

/** The language of Office's display language, en-US for any language the add-in does not speak. */
export function languageOf(displayLanguage: string | undefined): Language {
  return languageOfTag(displayLanguage ?? "") ?? "en-US";
}

/** Decided once Office.onReady has said which host we are in. */
export function excelHost(host: Office.HostType | null | undefined): ExcelHost {
  if (host === Office.HostType.Excel) {
    return {
      run: (batch) => exclusive(() => Excel.run((context) => batch(context))),
      language: languageOf(Office.context.displayLanguage),
      inExcel: true,
      preview: null,
    };
  }
  const preview = window.parent?.tierPreviewHost ?? window.tierPreviewHost ?? null;
  if (!preview) throw new Error("Not in Excel and no preview workbook: open preview.html instead.");
  return { run: preview.run, language: preview.displayLanguage(), inExcel: false, preview };
}
