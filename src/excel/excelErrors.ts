// Errors of the Excel side the user can act on. Codes and parameters only: the i18n catalog
// (keys "excel.<problem>") turns them into zh-CN or en-US text through describeError.
import { CodedError, type MessageKey, type MessageParams } from "../core";

export type ExcelProblem = "multipleSelection";

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
