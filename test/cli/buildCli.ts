// Builds the CLI to build/ when it is missing or older than its sources, for tests that run
// bin/tiering.js as a real process.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
const BUILT_MAIN = join(ROOT, "build", "cli", "main.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

export function ensureCliBuilt(): void {
  const sources = Math.max(
    newestSource(join(ROOT, "src", "core")),
    newestSource(join(ROOT, "src", "cli"))
  );
  if (existsSync(BUILT_MAIN) && statSync(BUILT_MAIN).mtimeMs >= sources) return;
  const build = spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  if (!existsSync(BUILT_MAIN)) throw new Error(`build:cli failed: ${build.stdout}${build.stderr}`);
}
