// Errors of the Excel side the user can act on. Codes and parameters only: the i18n catalog
// (keys "excel.<problem>") turns them into zh-CN or en-US text through describeError.
import { CodedError, type MessageKey, type MessageParams } from "../core";

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
  | "syncTimeout"
  | "tooManyModels";

export class ExcelRunError extends CodedError<ExcelProblem> {
  constructor(problem: ExcelProblem, params: MessageParams = {}) {
    super(problem, params, "ExcelRunError");
  }

  get problem(): ExcelProblem {
    return this.code;
  }

  get messageKey(): MessageKey {
    return `excel.${this.code}`;
  }
}

/** A stored model whose sheets cannot be proven its own (see ownership.ts): nothing was written. */
export function isNotOurSheet(error: unknown): error is ExcelRunError {
  return error instanceof ExcelRunError && error.problem.startsWith("notOurSheet.");
}
