// Errors as plain data, to cross a thread boundary (the pane's scoring worker) and be rebuilt on
// the other side as the same class with the same code and parameters. A structured clone of an
// Error keeps only its message (and comlink's default keeps name and stack), so an InputError
// would otherwise arrive as the text "missingColumn: {...}".
import {
  CancelledError,
  InputError,
  type InputProblem,
  OptionError,
  type OptionProblem,
} from "./errors";
import type { MessageParams } from "./types";

export interface WireError {
  name: string;
  message: string;
  stack?: string;
  /** A coded error's code, or an office.js error's. */
  code?: string;
  params?: MessageParams;
  /** An OptionError's option path. */
  path?: string;
}

export function errorToWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const wire: WireError = { name: error.name, message: error.message, stack: error.stack };
  const e = error as { code?: unknown; params?: unknown; path?: unknown };
  if (typeof e.code === "string") wire.code = e.code;
  if (typeof e.params === "object" && e.params !== null) wire.params = e.params as MessageParams;
  if (typeof e.path === "string") wire.path = e.path;
  return wire;
}

/** The classes rebuilt as themselves; any other error comes back as an Error with its fields. */
const REBUILD: Record<string, (w: WireError) => Error> = {
  OptionError: (w) => new OptionError(w.code as OptionProblem, w.path ?? "", w.params),
  InputError: (w) => new InputError(w.code as InputProblem, w.params),
  CancelledError: () => new CancelledError(),
};

export function errorFromWire(wire: WireError): Error {
  const rebuild = REBUILD[wire.name];
  const error: Error = rebuild
    ? rebuild(wire)
    : Object.assign(new Error(wire.message), {
        name: wire.name,
        ...(wire.code === undefined ? {} : { code: wire.code }),
        ...(wire.params === undefined ? {} : { params: wire.params }),
      });
  if (wire.stack !== undefined) error.stack = wire.stack;
  return error;
}
