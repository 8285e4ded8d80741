// Errors of the Excel side the user can act on. Codes and parameters only: the i18n catalog
// (keys "excel.<problem>") turns them into zh-CN or en-US text.
import type { MessageParams } from "../core/types";

export type ExcelProblem =
  | "multipleSelection"
  | "notOurSheet.idElsewhere"
  | "notOurSheet.anchorMissing"
  | "notOurSheet.idMissing"
  | "notOurSheet.contentMissing"
  | "relinkNeedsData"
  | "sheetProtected"
  | "workbookProtected"
  | "mergedCells"
  | "syncTimeout";

export class ExcelRunError extends Error {
  constructor(
    readonly problem: ExcelProblem,
    readonly params: MessageParams = {}
  ) {
    super(`${problem}: ${JSON.stringify(params)}`);
    this.name = "ExcelRunError";
  }
}

/** A stored model whose sheets cannot be proven its own (see ownership.ts): nothing was written. */
export function isNotOurSheet(error: unknown): error is ExcelRunError {
  return error instanceof ExcelRunError && error.problem.startsWith("notOurSheet.");
}
