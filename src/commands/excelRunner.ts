// How every Excel batch of the add-in runs, from the pane and from the ribbon: one at a time
// (exclusive.ts), waiting while the user edits a cell instead of failing, and never holding the
// queue for ever behind a sync Excel does not answer.
import { ExcelRunError, type XRequestContext } from "../excel";
import { exclusive } from "./exclusive";

/**
 * A sync unanswered this long is reported and the queue released: a hung batch otherwise holds
 * every later one, the ribbon's and the pane's (office-js#6678; office-js#1046 for a big write).
 */
export const SYNC_TIMEOUT_MS = 60_000;

export type ExcelRunner = <T>(batch: (context: XRequestContext) => Promise<T>) => Promise<T>;

/** Excel.run, or the double's run: a batch and the run options. */
export type RawRun = <T>(
  batch: (context: XRequestContext) => Promise<T>,
  options: { delayForCellEdit: boolean }
) => Promise<T>;

export function excelRunner(run: RawRun, timeoutMs = SYNC_TIMEOUT_MS): ExcelRunner {
  return (batch) => exclusive(() => runTimed(run, batch, timeoutMs));
}

function runTimed<T>(
  run: RawRun,
  batch: (context: XRequestContext) => Promise<T>,
  timeoutMs: number
): Promise<T> {
  let expire: (error: Error) => void = () => undefined;
  // Rejects as soon as one sync times out, even if Excel.run itself never settles afterwards.
  const expired = new Promise<never>((_, reject) => (expire = reject));
  const timed = (context: XRequestContext): XRequestContext => ({
    workbook: context.workbook,
    sync: () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = new ExcelRunError("syncTimeout", { seconds: Math.round(timeoutMs / 1000) });
          expire(error);
          reject(error);
        }, timeoutMs);
      });
      return Promise.race([context.sync(), timeout]).finally(() => clearTimeout(timer));
    },
  });
  // delayForCellEdit: while the user edits a cell, Excel holds the batch until they finish
  // instead of failing it with InvalidOperationInCellEditMode (Excel.RunOptions, ExcelApi 1.11;
  // learn.microsoft.com/javascript/api/excel/excel.runoptions).
  return Promise.race([
    run((context) => batch(timed(context)), { delayForCellEdit: true }),
    expired,
  ]);
}
