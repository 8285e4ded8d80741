// A problem the user can fix (a bad file or flag): one localized line and exit code 2.
import type { MessageParams } from "../core";
import type { CliMessageKey } from "./messages";

export class CliError extends Error {
  constructor(
    readonly key: CliMessageKey,
    readonly params: MessageParams = {}
  ) {
    super(`${key}: ${JSON.stringify(params)}`);
    this.name = "CliError";
  }
}
