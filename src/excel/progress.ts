// Progress of the Excel side of a run: what the pane's progress bar shows between the core's stages.
import { CancelledError } from "../core";

export type ExcelStage = "reading" | "checking" | "writing" | "charts";

export interface ExcelProgress {
  stage: ExcelStage;
  done: number;
  total: number;
}

export interface ExcelHooks {
  onProgress?: (p: ExcelProgress) => void;
  signal?: { readonly aborted: boolean };
}

/** Reports progress and stops the run between two syncs when the user cancelled. */
export function step(hooks: ExcelHooks, stage: ExcelStage, done: number, total: number): void {
  if (hooks.signal?.aborted) throw new CancelledError();
  hooks.onProgress?.({ stage, done, total });
}
