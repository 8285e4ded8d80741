// Temporary folders of this process (DuckDB's spill folder, a transcoded CSV), in the system's
// temporary folder under names that carry the process id. They are removed when the run ends,
// on exit and on a fatal signal (removeTemporaryFolders); a process killed outright (SIGKILL,
// the machine's out-of-memory killer) cannot clean up, so each new folder first sweeps the
// folders of processes that no longer run: DuckDB's spill files can be gigabytes.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const live = new Set<string>();
let hooked = false;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as { code?: string }).code === "EPERM";
  }
}

/** Removes the folders `prefix<pid>-*` whose process has ended. */
function sweep(prefix: string): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(/^(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid))
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/** Removes every folder this process still has, synchronously (exit and signal handlers). */
export function removeTemporaryFolders(): void {
  for (const dir of live) rmSync(dir, { recursive: true, force: true });
  live.clear();
}

/** A new empty folder `prefix<pid>-XXXXXX` and the function that removes it. */
export function temporaryFolder(prefix: string): { dir: string; remove: () => void } {
  sweep(prefix);
  const dir = mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`));
  live.add(dir);
  if (!hooked) {
    hooked = true;
    process.on("exit", removeTemporaryFolders);
  }
  return {
    dir,
    remove: () => {
      live.delete(dir);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
