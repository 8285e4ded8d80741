// Bad input as data: a message key of the core's catalog with its parameters, kept until the
// language of the message is known. A problem with one row shows #VALUE! in that row's results;
// a problem with the whole call is thrown as a FormulaProblem, which guard() turns into one #VALUE!.
import { formatMessage, type Language, type MessageKey, type MessageParams } from "../core";
import { invalidValue, type FunctionErrorValue } from "./runtime";

export interface Problem {
  key: MessageKey;
  params: MessageParams;
  /** A nested message for the {reason} placeholder, e.g. the core's "reason.badNumber". */
  reason?: { key: MessageKey; params: MessageParams };
}

function problemMessage(problem: Problem, language: Language): string {
  const params = problem.reason
    ? {
        ...problem.params,
        reason: formatMessage(problem.reason.key, problem.reason.params, language),
      }
    : problem.params;
  return formatMessage(problem.key, params, language);
}

/** #VALUE! carrying the problem's message. */
export function problemError(problem: Problem, language: Language): FunctionErrorValue {
  return invalidValue(problemMessage(problem, language));
}

export class FormulaProblem extends Error implements Problem {
  readonly reason?: Problem["reason"];

  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams,
    reason?: Problem["reason"]
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = "FormulaProblem";
    if (reason) this.reason = reason;
  }
}
