// Errors raised on purpose. Each carries a code and parameters, never display text: describeError
// (src/core/i18n/describeError.ts) turns them into zh-CN or en-US sentences through the catalog.
import type { MessageKey } from "./i18n/en-US";
import type { MessageParams, RejectedRow } from "./types";

/** A nested message that fills a {reason} placeholder, e.g. the core's "reason.badNumber". */
export interface ReasonMessage {
  key: MessageKey;
  params: MessageParams;
}

/**
 * The base of every error the product raises on purpose: the core's, the Excel adapter's and the
 * custom functions'. `code` names the problem; `messageKey` and `messageParams` say which sentence
 * of the catalog tells the user, and with what. The fields are plain data, so the error can cross
 * the scoring worker's boundary and be rebuilt there (see errorToWire / errorFromWire).
 */
export abstract class CodedError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly params: MessageParams,
    name: string
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    // Set by hand: a minified bundle renames classes, and the name must survive (it is the wire tag).
    this.name = name;
  }

  /** The catalog key of the sentence for this error. */
  abstract get messageKey(): MessageKey;

  /** The parameters of that sentence (the error's own, plus what the subclass adds). */
  get messageParams(): MessageParams {
    return this.params;
  }

  /** A nested message for the sentence's {reason}, when there is one. */
  get reason(): ReasonMessage | undefined {
    return undefined;
  }
}

export type OptionProblem =
  | "unknownOption"
  | "badType"
  | "badEnum"
  | "outOfRange"
  | "notPositive"
  | "badOrder"
  | "aboveOther"
  | "badDate"
  | "badThresholds"
  | "badScheme"
  | "unknownColumn"
  | "columnOutOfRange"
  | "duplicateColumn"
  | "missingRequiredColumn";

/** A bad option or mapping: the run stops before computing anything. */
export class OptionError extends CodedError<OptionProblem> {
  constructor(
    problem: OptionProblem,
    readonly path: string,
    params: MessageParams = {}
  ) {
    super(problem, params, "OptionError");
    this.message = `${problem} at ${path}: ${JSON.stringify(params)}`;
  }

  get problem(): OptionProblem {
    return this.code;
  }

  get messageKey(): MessageKey {
    return `option.${this.code}`;
  }

  override get messageParams(): MessageParams {
    return { path: this.path, ...this.params };
  }
}

/** The input cannot be segmented at all (no data rows, no customer column...). */
export type InputProblem =
  | "noRows"
  | "tooManyRows"
  | "missingColumn"
  | "noUsableRows"
  | "backtestNeedsTransactions"
  | "backtestNoRowsBefore";

export class InputError extends CodedError<InputProblem> {
  constructor(
    problem: InputProblem,
    params: MessageParams = {},
    /** For "noUsableRows": why each row was rejected, so a face can show them (not sent over the worker's wire). */
    readonly rejected: RejectedRow[] = []
  ) {
    super(problem, params, "InputError");
  }

  get problem(): InputProblem {
    return this.code;
  }

  get messageKey(): MessageKey {
    return `input.${this.code}`;
  }
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}
