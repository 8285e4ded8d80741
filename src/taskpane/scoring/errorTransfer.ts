// comlink sends a thrown Error as its message, name and stack only, so an InputError from the
// scoring worker reached the pane as the text "missingColumn: {...}". This replaces comlink's
// "throw" handler with one that sends the error as plain data (code, parameters, option path) and
// rebuilds the same class on the other side. Both the worker and the pane install it.
import { transferHandlers, type TransferHandler } from "comlink";
import { errorFromWire, errorToWire, type WireError } from "../../core";

interface Thrown {
  value: unknown;
}

interface SentError {
  wire: WireError;
}

export function keepErrorCodes(): void {
  const builtIn = transferHandlers.get("throw");
  if (!builtIn) throw new Error("comlink has no throw handler to replace");
  const handler: TransferHandler<Thrown, SentError> = {
    // comlink marks a thrown value with a private symbol: its own test is the only way to see it.
    canHandle: (value): value is Thrown => builtIn.canHandle(value),
    serialize: ({ value }) => [{ wire: errorToWire(value) }, []],
    deserialize: ({ wire }) => {
      throw errorFromWire(wire);
    },
  };
  transferHandlers.set("throw", handler as TransferHandler<unknown, unknown>);
}
