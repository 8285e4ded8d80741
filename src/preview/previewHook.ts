/**
 * window.tierPreview: a small, stable hook on the browser preview page (preview.html) for tests
 * and for anyone driving the add-in from outside (Playwright, the devtools console).
 *
 *   await tierPreview.ready                     resolves once the bundled sample sheet 订单 is loaded
 *   await tierPreview.load(csvText, sheetName?) CSV text into a NEW sheet, written through the Excel
 *                                               API so typed text converts as in Excel (numbers,
 *                                               ISO dates...); the name is made unique ("Name (2)");
 *                                               the sheet is activated and A1 selected
 *   tierPreview.select("订单!A1:E3430")          selects a range (and activates its sheet), as a click
 *   tierPreview.snapshot()                      the whole workbook as JSON (WorkbookSnapshot of
 *                                               src/excelDouble): cells, formats, tables, charts,
 *                                               conditional formats, settings, selection
 *   tierPreview.setLanguage("en-US")            switches the page and the pane ("zh-CN" | "en-US")
 *   tierPreview.protectSheet("订单", true)        protects a sheet as Review > Protect Sheet would
 *   tierPreview.reopenWithSheetIds("fresh")      sheet ids all new ("shuffle": swapped), as after
 *                                               another program saved the file
 *                                               (the add-in must refuse in words, writing nothing)
 *
 * The pane reads and writes only through Excel.run-style batches, so what these calls change is
 * what the add-in would see in Excel.
 */
import type { Language } from "../core";
import type { InMemoryWorkbook, WorkbookSnapshot } from "../excelDouble";
import type { LanguageStore } from "./languageStore";
import { loadCsvText } from "./load/loadCsv";

export interface TierPreviewHook {
  ready: Promise<void>;
  load(csvText: string, sheetName?: string): Promise<void>;
  select(address: string): void;
  snapshot(): WorkbookSnapshot;
  setLanguage(language: Language): void;
  protectSheet(name: string, on?: boolean): void;
  /** As if the file came back from another program: sheet ids shuffled, or all new. */
  reopenWithSheetIds(mode: "shuffle" | "fresh"): void;
}

declare global {
  interface Window {
    /** Set by preview.html only (tests use it without a check); undefined in the pane and in Excel. */
    tierPreview: TierPreviewHook;
  }
}

export function previewHook(
  workbook: InMemoryWorkbook,
  language: LanguageStore,
  ready: Promise<void>
): TierPreviewHook {
  return {
    ready,
    load: async (csvText, sheetName) => {
      await loadCsvText(workbook, csvText, sheetName);
    },
    select: (address) => workbook.select(address),
    snapshot: () => workbook.toSnapshot(),
    setLanguage: (lang) => language.set(lang),
    protectSheet: (name, on = true) => workbook.protectSheet(name, on),
    reopenWithSheetIds: (mode) => workbook.reloadWithSheetIds(mode),
  };
}
