// Writes a file through a temporary sibling and a rename, so an error or Ctrl-C never leaves
// a half-written output (nor destroys the previous one).
import { randomBytes } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CancelledError } from "../core";
import { CliError } from "./cliError";

function systemCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/** The temporary path next to target (same folder, so the rename cannot cross devices). */
export function temporaryPath(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
}

/**
 * Calls write(temporaryPath) and renames the result onto target, unless the run was cancelled
 * meanwhile. On any failure the temporary file is removed; file-system errors become a
 * CliError naming target.
 */
export async function writeAtomically(
  target: string,
  write: (path: string) => Promise<void>,
  signal: { readonly aborted: boolean } = { aborted: false }
): Promise<void> {
  const temporary = temporaryPath(target);
  try {
    await write(temporary);
    if (signal.aborted) throw new CancelledError();
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = systemCode(error);
    if (code !== null) throw new CliError("out.unwritable", { file: target, reason: code });
    throw error;
  }
}
