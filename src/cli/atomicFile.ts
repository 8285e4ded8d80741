// Writes a file through a temporary sibling and a rename, so an error, Ctrl-C or a kill never
// leaves a half-written output (nor destroys the previous one). The new file keeps the old one's
// permissions, and a symbolic link is written through to the file it points at.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { chmod, lstat, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { CancelledError } from "../core";
import { CliError } from "./cliError";
import { removeTemporaryFolders } from "./tempFolders";

function systemCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : null;
}

/** Temporary files being written now, removed by removeTemporaryFiles on a fatal signal. */
const live = new Set<string>();

/**
 * Removes every temporary file still being written, synchronously: called from signal handlers
 * (SIGTERM, SIGHUP, a second Ctrl-C) just before the process dies.
 */
export function removeTemporaryFiles(): void {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
  removeTemporaryFolders();
}

/** The temporary path next to target (same folder, so the rename cannot cross devices). */
export function temporaryPath(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`
  );
}

/**
 * Where the bytes go: a symbolic link's target (a rename onto the link would replace the link
 * with a regular file), else the path itself.
 */
async function realTarget(target: string): Promise<string> {
  try {
    if ((await lstat(target)).isSymbolicLink()) return await realpath(target);
  } catch {
    // No such file (or a dangling link): the path itself is written.
  }
  return target;
}

/** The permission bits of an existing target, or null for a new file. */
async function modeOf(target: string): Promise<number | null> {
  try {
    return (await stat(target)).mode & 0o7777;
  } catch {
    return null;
  }
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
  const destination = await realTarget(target);
  const temporary = temporaryPath(destination);
  live.add(temporary);
  try {
    const mode = await modeOf(destination);
    await write(temporary);
    if (signal.aborted) throw new CancelledError();
    if (mode !== null) await chmod(temporary, mode);
    await rename(temporary, destination);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = systemCode(error);
    if (code !== null) throw new CliError("out.unwritable", { file: target, reason: code });
    throw error;
  } finally {
    live.delete(temporary);
  }
}
