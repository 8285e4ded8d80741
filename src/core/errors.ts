// Errors the core throws on purpose. Each carries a code and parameters, never display text:
// the i18n catalog turns them into zh-CN or en-US messages.
import type { MessageParams } from "./types";

export type OptionProblem =
  | "unknownOption"
  | "badType"
  | "badEnum"
  | "outOfRange"
  | "badOrder"
  | "badDate"
  | "badThresholds"
  | "badScheme"
  | "unknownColumn"
  | "columnOutOfRange"
  | "duplicateColumn"
  | "missingRequiredColumn";

/** A bad option or mapping: the run stops before computing anything. */
export class OptionError extends Error {
  constructor(
    readonly problem: OptionProblem,
    readonly path: string,
    readonly params: MessageParams = {}
  ) {
    super(`${problem} at ${path}: ${JSON.stringify(params)}`);
    this.name = "OptionError";
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

export class InputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly params: MessageParams = {}
  ) {
    super(`${problem}: ${JSON.stringify(params)}`);
    this.name = "InputError";
  }
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}
