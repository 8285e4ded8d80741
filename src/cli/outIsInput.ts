// --out must never name the file being read: writing there would replace the user's data (for
// an XLSX, every other sheet too) with the customer table.
import { realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { CliError } from "./cliError";

async function realOrNull(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch {
    return null;
  }
}

async function identity(path: string): Promise<{ dev: number; ino: number } | null> {
  try {
    const s = await stat(path);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/**
 * True when `out` is `input` by any route: the same path, a symbolic link to it (or to a folder
 * holding it), or a hard link (same device and inode).
 */
export async function sameFile(input: string, out: string): Promise<boolean> {
  if (resolve(input) === resolve(out)) return true;
  const [realIn, realOut] = await Promise.all([realOrNull(input), realOrNull(out)]);
  if (realIn !== null && realIn === realOut) return true;
  const [a, b] = await Promise.all([identity(input), identity(out)]);
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/** Throws CliError "out.isInput" when `out` resolves to `input`. */
export async function refuseOutOverInput(input: string, out: string): Promise<void> {
  if (await sameFile(input, out)) throw new CliError("out.isInput", { file: out, input });
}
