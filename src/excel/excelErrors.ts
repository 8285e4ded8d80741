// Errors of the Excel side the user can act on. Codes and parameters only: the i18n catalog
// (keys "excel.<problem>") turns them into zh-CN or en-US text.
import type { MessageParams } from "../core";

export type ExcelProblem = "multipleSelection";

export class ExcelRunError extends Error {
  constructor(
    readonly problem: ExcelProblem,
    readonly params: MessageParams = {}
  ) {
    super(`${problem}: ${JSON.stringify(params)}`);
    this.name = "ExcelRunError";
  }
}
