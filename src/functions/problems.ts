// Bad input as data: a message key of the core's catalog with its parameters, kept until the
// language of the message is known. A problem with one row shows #VALUE! in that row's results;
// a problem with the whole call is thrown as a FormulaProblem, which guard() turns into one #VALUE!.
import {
  CodedError,
  formatMessage,
  type Language,
  type MessageKey,
  type MessageParams,
  type ReasonMessage,
} from "../core";
import { invalidValue, type FunctionErrorValue } from "./runtime";

export interface Problem {
  key: MessageKey;
  params: MessageParams;
  /** A nested message for the {reason} placeholder, e.g. the core's "reason.badNumber". */
  reason?: ReasonMessage;
}

export function problemMessage(problem: Problem, language: Language): string {
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

/** A problem with the whole call: its code is the catalog key of its message. */
export class FormulaProblem extends CodedError<MessageKey> implements Problem {
  private readonly nested: ReasonMessage | undefined;

  constructor(key: MessageKey, params: MessageParams, reason?: ReasonMessage) {
    super(key, params, "FormulaProblem");
    this.nested = reason;
  }

  get key(): MessageKey {
    return this.code;
  }

  get messageKey(): MessageKey {
    return this.code;
  }

  override get reason(): ReasonMessage | undefined {
    return this.nested;
  }
}
