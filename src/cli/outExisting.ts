// --out never replaces a file of the user's without being told to (the house rule: never
// overwrite a user's non-empty file without asking). A command line cannot ask mid-run, so it
// refuses before reading anything and names the flag that says yes.
import { stat } from "node:fs/promises";
import { CliError } from "./cliError";
import type { OutTarget } from "./options";

/** The size of what `path` names, or null when nothing is there. */
async function sizeOrNull(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

/**
 * Throws CliError "out.exists" when `out` names a non-empty file and --overwrite was not given.
 * An empty file (one a script made ready with `touch`) holds nothing to lose.
 */
export async function refuseOutOverExisting(out: OutTarget): Promise<void> {
  if (out.overwrite) return;
  const size = await sizeOrNull(out.path);
  if (size !== null && size > 0) throw new CliError("out.exists", { file: out.path });
}
