// A problem the user can fix (a bad file or flag): one localised line and exit code 2. Like the
// core's errors it carries a code and parameters, never display text; its sentences are the
// catalog's `cli.*` entries (src/core/i18n), so describeError words it in either language.
import { CodedError, type MessageKey, type MessageParams } from "../core";

/** Every problem the command line reports; each needs `cli.<problem>` in both catalogs. */
export const CLI_PROBLEMS = [
  "file.notFound",
  "file.isFolder",
  "file.unreadable",
  "file.empty",
  "file.notTable",
  "file.oldXls",
  "file.encrypted",
  "file.badXlsx",
  "file.fakeXlsx",
  "file.unknownSheet",
  "file.noSheets",
  "file.emptySheet",
  "file.rowsLost",
  "file.textAfterQuote",
  "file.unknownEncoding",
  "file.notUtf8",
  "file.parquetNeedsDuckdb",
  "file.duckdbFailed",
  "file.gunzipFailed",
  "file.gunzipNoRoom",
  "file.copyNoRoom",
  "file.copyFailed",
  "engine.disagree",
  "engine.duckdbStopped",
  "flag.badEnum",
  "flag.badNumber",
  "flag.badWholeNumber",
  "flag.needsProbabilistic",
  "flag.badDate",
  "flag.badColumn",
  "flag.columnOutside",
  "flag.badScheme",
  "flag.badSchemeFile",
  "flag.badOut",
  "flag.overwriteNeedsOut",
  "flag.unknownOption",
  "flag.missingValue",
  "flag.missingFile",
  "flag.missingClvFile",
  "flag.unknownCommand",
  "flag.extraArgument",
  "flag.usage",
  "out.unwritable",
  "out.stdoutFailed",
  "out.isInput",
  "out.exists",
  "out.tooManyRows",
  "clv.calibrationNeedsDates",
  "clv.calibrationOutside",
] as const;

export type CliProblem = (typeof CLI_PROBLEMS)[number];

export class CliError extends CodedError<CliProblem> {
  constructor(problem: CliProblem, params: MessageParams = {}) {
    super(problem, params, "CliError");
  }

  get problem(): CliProblem {
    return this.code;
  }

  /** `cli.${problem}` must be a catalog key: a problem without its sentence fails the type check. */
  get messageKey(): MessageKey {
    return `cli.${this.code}`;
  }
}
