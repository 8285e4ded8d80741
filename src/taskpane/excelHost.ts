// Where the pane's Excel batches run: in Excel, office.js's Excel.run; in the browser preview, the
// in-memory workbook the preview page holds (the pane is the same bundle in an iframe beside it).
import { excelRunner, type ExcelRunner } from "../commands/excelRunner";
import { type Language, languageOfTag } from "../core";

export type { ExcelRunner } from "../commands/excelRunner";

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

/** Excel.run with the add-in's options, queue and sync timeout (commands/excelRunner.ts). */
export const officeRunner: ExcelRunner = excelRunner((batch, options) =>
  Excel.run(options, (context) => batch(context))
);

/** The language of Office's display language, en-US for any language the add-in does not speak. */
export function languageOf(displayLanguage: string | undefined): Language {
  return languageOfTag(displayLanguage ?? "") ?? "en-US";
}

/**
 * Decided once Office.onReady has said which host we are in; null outside Excel and outside the
 * preview (the page opened on its own in a browser), where the pane says so instead.
 */
export function excelHost(host: Office.HostType | null | undefined): ExcelHost | null {
  if (host === Office.HostType.Excel) {
    return {
      run: officeRunner,
      language: languageOf(Office.context.displayLanguage),
      inExcel: true,
      preview: null,
    };
  }
  const preview = previewHost();
  if (!preview) return null;
  return { run: preview.run, language: preview.displayLanguage(), inExcel: false, preview };
}

function previewHost(): PreviewHost | null {
  try {
    return window.parent?.tierPreviewHost ?? window.tierPreviewHost ?? null;
  } catch {
    // A parent page of another origin (a browser frame of someone else's site): no preview.
    return null;
  }
}
