// Loading the user's files and the next month's sample, with a status line in the page language.
import * as React from "react";
import type { Language } from "../core";
import type { InMemoryWorkbook } from "../excelDouble";
import { loadCsvFile } from "./load/loadCsv";
import { message } from "./messages";
import { SAMPLE_SHEET, appendNextMonth } from "./samples";

export interface FileLoader {
  busy: boolean;
  status: string;
  loadFile(file: File): void;
  addNextMonth(): void;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useFileLoader(workbook: InMemoryWorkbook, language: Language): FileLoader {
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState("");
  const t = (
    key: Parameters<typeof message>[0],
    params?: Record<string, string | number>
  ): string => message(key, language, params);

  const run = (task: () => Promise<string>, file: string): void => {
    setBusy(true);
    setStatus(t("loading"));
    task()
      .then(setStatus)
      .catch((error: unknown) => setStatus(t("loadFailed", { file, reason: reason(error) })))
      .finally(() => setBusy(false));
  };

  const loadFile = (file: File): void =>
    run(async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const lower = file.name.toLowerCase();
      if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx"))
        throw new Error(t("unsupportedFile"));
      let loaded;
      if (lower.endsWith(".xlsx")) {
        // Only now: the XLSX reader (saxes, fflate) is a chunk the preview needs only for an .xlsx.
        const { loadXlsxFile } = await import("./load/loadXlsx");
        loaded = await loadXlsxFile(workbook, file.name, bytes);
      } else {
        loaded = await loadCsvFile(workbook, file.name, bytes);
      }
      if (loaded.rows === 0) throw new Error(t("emptyFile"));
      return t("loaded", { rows: loaded.rows, sheet: loaded.sheetName });
    }, file.name);

  const addNextMonth = (): void =>
    run(async () => {
      const added = await appendNextMonth(workbook);
      if (!added) throw new Error(t("noSampleSheet", { sheet: SAMPLE_SHEET }));
      return t("appended", { rows: added.rows, sheet: SAMPLE_SHEET });
    }, "new-orders-zh.csv");

  return { busy, status, loadFile, addNextMonth };
}
